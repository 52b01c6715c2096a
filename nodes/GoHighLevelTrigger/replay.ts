import type { IDataObject } from 'n8n-workflow';

/**
 * Replay memory of the trigger: which webhookIds already started the workflow, each until its replay window ends.
 *
 * n8n offers a webhook method no shared, atomic store (static data is reloaded per request, saved whole and, from
 * the second delivery on, not saved at all after the webhook; the deduplication and data table helpers exist only
 * in execute contexts). So the memory is two layers:
 * - this process's memory (below): checked and written in one synchronous step, so copies arriving one after
 *   another or at the same moment at one n8n process start one execution;
 * - the node's static data, written by the trigger's `execute` in the execution it started (n8n saves an
 *   execution's changed static data when it ends) and read on every request, so the memory outlives a restart and
 *   is seen by other processes once that execution has ended.
 * Each id is kept until its window ends, not up to a count: memory is bounded by the replay window.
 */

export interface SeenWebhook {
	id: string;
	/** Until when a copy is refused (ms since epoch): the window after the later of its timestamp and its arrival. */
	until: number;
}

/** The node's static data (saved by n8n with the workflow). */
export interface ReplayState extends IDataObject {
	seenWebhooks?: SeenWebhook[];
}

/** Per trigger (mode, workflow, node): webhookId → until. Lives as long as the n8n process. */
const processMemory = new Map<string, Map<string, number>>();

function memoryOf(scope: string, now: number): Map<string, number> {
	let seen = processMemory.get(scope);
	if (!seen) {
		seen = new Map();
		processMemory.set(scope, seen);
	}
	for (const [id, until] of seen) if (until < now) seen.delete(id);
	return seen;
}

/**
 * Whether this delivery may start the workflow: false when the id is remembered (here or in the saved state),
 * else it is remembered from now on. Synchronous on purpose: no other request runs between check and write.
 */
export function claimDelivery(scope: string, webhookId: string, until: number, now: number, saved: ReplayState): boolean {
	const seen = memoryOf(scope, now);
	for (const entry of savedEntries(saved)) {
		if (entry.until >= now && (seen.get(entry.id) ?? 0) < entry.until) seen.set(entry.id, entry.until);
	}
	if (seen.has(webhookId)) return false;
	seen.set(webhookId, until);
	return true;
}

function savedEntries(state: ReplayState): SeenWebhook[] {
	const entries = Array.isArray(state.seenWebhooks) ? state.seenWebhooks : [];
	return entries.filter((e): e is SeenWebhook => !!e && typeof e.id === 'string' && typeof e.until === 'number');
}

/**
 * Writes every id this process and the saved state remember, still in their window, into the state. A new array,
 * so n8n's observable static data marks itself changed and the execution saves it.
 */
export function persistMemory(scope: string, state: ReplayState, now: number): void {
	const merged = new Map(memoryOf(scope, now));
	for (const entry of savedEntries(state)) {
		if (entry.until >= now && (merged.get(entry.id) ?? 0) < entry.until) merged.set(entry.id, entry.until);
	}
	state.seenWebhooks = [...merged].map(([id, until]) => ({ id, until })).sort((a, b) => a.until - b.until);
}

/** Forgets this process's memory (tests: what an n8n restart does). */
export function forgetProcessMemory(): void {
	processMemory.clear();
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

/** The body's webhookId as text, when it has one. */
export function webhookIdOf(body: IDataObject): string | undefined {
	const id = body.webhookId;
	return (typeof id === 'string' && id) || typeof id === 'number' ? String(id) : undefined;
}
