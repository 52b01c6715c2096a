import type { IDataObject } from 'n8n-workflow';

/** How many delivered webhookIds the node remembers: enough for GHL's retries, small enough for static data. */
export const REMEMBERED_WEBHOOKS = 1000;

export interface SeenWebhook {
	id: string;
	/** When it started the workflow (ms since epoch). */
	at: number;
}

/** The node's static data, which n8n saves with the workflow, so it outlives a restart. */
export interface ReplayState extends IDataObject {
	seenWebhooks?: SeenWebhook[];
}

/** The body's `timestamp` in ms: ISO text, or epoch seconds/ms as number or digits. */
export function timestampMillis(value: unknown): number | undefined {
	const asNumber = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : undefined;
	if (asNumber !== undefined) {
		if (!Number.isFinite(asNumber)) return undefined;
		// Epoch seconds have 10 digits until the year 2286; anything below 1e12 is seconds.
		return asNumber < 1e12 ? asNumber * 1000 : asNumber;
	}
	if (typeof value !== 'string') return undefined;
	const parsed = Date.parse(value);
	return Number.isNaN(parsed) ? undefined : parsed;
}

export function isWithinWindow(timestamp: number, now: number, windowMinutes: number): boolean {
	return Math.abs(now - timestamp) <= windowMinutes * 60_000;
}

export function alreadySeen(state: ReplayState, webhookId: string): boolean {
	return (state.seenWebhooks ?? []).some((seen) => seen.id === webhookId);
}

/** Adds the id; the oldest go once more than REMEMBERED_WEBHOOKS are kept. */
export function remember(state: ReplayState, webhookId: string, now: number): void {
	// A new array (not push) so n8n's observable static data marks itself changed and gets saved.
	state.seenWebhooks = [...(state.seenWebhooks ?? []), { id: webhookId, at: now }].slice(-REMEMBERED_WEBHOOKS);
}
