import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

/**
 * Replay memory of the trigger: which webhookIds already started the workflow, each until its replay window ends.
 *
 * n8n offers a webhook method no shared, atomic store (static data is reloaded per request, saved whole and, from
 * the second delivery on, not saved at all after the webhook; the deduplication and data table helpers exist only
 * in execute contexts). So the memory has three layers:
 * - this process's memory (below): checked and written in one synchronous step, so copies arriving one after
 *   another or at the same moment at one n8n process start one execution;
 * - the node's static data, written by the trigger's `execute` in the execution it started (n8n saves an
 *   execution's changed static data when it ends) and read on every request, so the memory outlives a restart and
 *   is seen by other processes once that execution has ended;
 * - n8n's deduplication store (its database, shared by every process), checked and written by the trigger's
 *   `execute` as the execution starts: a copy that got past the first two layers (another process, n8n 1.x after a
 *   restart) starts an execution that ends at the trigger without items, so later nodes run once.
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

/**
 * Per trigger (mode, workflow, node): webhookId → until, and the same entries as one array that the static data
 * of every execution refers to (not a copy), so whichever execution n8n saves last saves all the process knows.
 */
interface Memory {
	until: Map<string, number>;
	entries: SeenWebhook[];
}

const processMemory = new Map<string, Memory>();

function memoryOf(scope: string, now: number, forgotten?: Set<string>): Memory {
	let memory = processMemory.get(scope);
	if (!memory) {
		memory = { until: new Map(), entries: [] };
		processMemory.set(scope, memory);
	}
	if (memory.entries.some((e) => e.until < now)) {
		for (const [id, until] of memory.until) {
			if (until >= now) continue;
			memory.until.delete(id);
			forgotten?.add(id);
		}
		// In place: executions' static data refer to this very array.
		memory.entries.splice(
			0,
			memory.entries.length,
			...memory.entries.filter((e) => e.until >= now),
		);
	}
	return memory;
}

function learn(memory: Memory, id: string, until: number): void {
	const known = memory.until.get(id);
	if (known !== undefined && known >= until) return;
	memory.until.set(id, until);
	const entry = memory.entries.find((e) => e.id === id);
	if (entry) entry.until = until;
	else memory.entries.push({ id, until });
}

/**
 * Whether this delivery may start the workflow: false when the id is remembered (here or in the saved state),
 * else it is remembered from now on. Synchronous on purpose: no other request runs between check and write.
 */
export function claimDelivery(
	scope: string,
	webhookId: string,
	until: number,
	now: number,
	saved: ReplayState,
): boolean {
	const memory = memoryOf(scope, now);
	for (const entry of savedEntries(saved))
		if (entry.until >= now) learn(memory, entry.id, entry.until);
	if (memory.until.has(webhookId)) return false;
	learn(memory, webhookId, until);
	return true;
}

function savedEntries(state: ReplayState): SeenWebhook[] {
	const entries = Array.isArray(state.seenWebhooks) ? state.seenWebhooks : [];
	return entries.filter(
		(e): e is SeenWebhook => !!e && typeof e.id === 'string' && typeof e.until === 'number',
	);
}

/**
 * Makes the state's list this process's memory (ids still in their window, with those the state held). n8n
 * serialises static data when it saves it, at the end of the execution, so even an execution that ends after a
 * later one saves every id claimed until then. Assigning marks the static data changed, so n8n saves it.
 * Returns the ids whose window has ended (from the state and this process's memory): the caller forgets them in
 * the shared store too.
 */
export function persistMemory(scope: string, state: ReplayState, now: number): string[] {
	const forgotten = new Set<string>();
	const memory = memoryOf(scope, now, forgotten);
	for (const entry of savedEntries(state)) {
		if (entry.until >= now) learn(memory, entry.id, entry.until);
		else forgotten.add(entry.id);
	}
	state.seenWebhooks = memory.entries;
	for (const id of memory.until.keys()) forgotten.delete(id);
	return [...forgotten];
}

/**
 * Whether an execution of this process may pass this delivery on: false when an earlier execution here already
 * did. Kept apart from the webhook method's memory (which claimed the id before the execution started), for copies
 * that other processes let through and that reach one worker together. Synchronous, bounded by the window.
 */
export function claimExecution(
	scope: string,
	webhookId: string,
	until: number,
	now: number,
): boolean {
	const memory = memoryOf(`execution:${scope}`, now);
	if (memory.until.has(webhookId)) return false;
	learn(memory, webhookId, until);
	return true;
}

/**
 * A backstop only: ids leave the shared store when their window ends (see `claimInSharedStore`); an id whose end
 * no execution saw (its static data lost to a concurrent save) is pushed out by newer ones after this many.
 */
export const SHARED_STORE_MAX_ENTRIES = 10_000;

const SHARED_STORE = { mode: 'entries', maxEntries: SHARED_STORE_MAX_ENTRIES } as const;

/**
 * Records the ids in n8n's deduplication store (its database, shared by every n8n process) and returns those it
 * did not hold yet: the deliveries this execution may pass on. Ids whose window ended are removed first.
 * n8n's store reads and writes in two steps, so two executions recording one id within the same few milliseconds
 * (on two workers) can both see it as new. When the store fails (its row created by another process between the
 * two steps), it is asked once more; if it fails again the deliveries pass, since dropping a GHL event is worse
 * than running it twice, and the failure is logged.
 */
export async function claimInSharedStore(
	ctx: IExecuteFunctions,
	ids: string[],
	forgotten: string[],
): Promise<Set<string>> {
	for (let attempt = 1; ; attempt++) {
		try {
			if (forgotten.length) await ctx.helpers.removeProcessed(forgotten, 'node', SHARED_STORE);
			if (!ids.length) return new Set();
			const { new: unseen } = await ctx.helpers.checkProcessedAndRecord(ids, 'node', SHARED_STORE);
			return new Set(unseen.map(String));
		} catch (error) {
			if (attempt < 2) continue;
			ctx.logger.warn(
				`GoHighLevel Trigger: n8n's deduplication store could not be used (${(error as Error).message}); the event is passed on`,
			);
			return new Set(ids);
		}
	}
}

/** Forgets this process's memory (tests: what an n8n restart does). */
export function forgetProcessMemory(): void {
	processMemory.clear();
}

/** The body's `timestamp` in ms: ISO text, or epoch seconds/ms as number or digits. */
export function timestampMillis(value: unknown): number | undefined {
	const asNumber =
		typeof value === 'number'
			? value
			: typeof value === 'string' && /^\d+$/.test(value.trim())
				? Number(value)
				: undefined;
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
