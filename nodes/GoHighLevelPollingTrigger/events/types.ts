import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import type { GhlAccount } from '../../shared/transport';
import { chronological, idOf, timeOf, type TimeCursor } from '../cursor';

/** What the node's parameters say for this poll. */
export interface EventSettings {
	/** Appointments: one calendar, or every calendar of the sub-account when undefined. */
	calendarId?: string;
	/** Opportunities: one pipeline, or all when undefined. */
	pipelineId?: string;
	/** Opportunities: GHL's status filter (`all`, `open`, `won`, `lost`, `abandoned`). */
	status: string;
	/** Appointments: how far ahead of now an appointment may start and still be seen. */
	lookAheadDays: number;
}

/** One poll: the context to call GHL with, the sub-account, the settings and n8n's clock. */
export interface PollRun {
	ctx: IPollFunctions;
	account: GhlAccount;
	locationId: string;
	settings: EventSettings;
	/** n8n's clock: used only for windows GHL's query parameters need, never as the cursor. */
	now: number;
}

/** What an event keeps in the workflow's static data between polls (JSON). */
export type EventState = IDataObject;

export interface PollEvent {
	/** GHL's name for the event, as its webhooks call it; also the `event` field of every item. */
	value: string;
	name: string;
	description: string;
	/** Spec endpoints it calls (`METHOD /path/{param}`), checked against the spec by the tests. */
	endpoints: string[];
	/** The newest `count` records, newest first: "Fetch Test Event" and "Emit Existing". */
	newest(run: PollRun, count: number): Promise<IDataObject[]>;
	/** First poll: where to start from, and the newest `existing` records (newest first) when asked for. */
	start(run: PollRun, existing: number): Promise<{ state: EventState; existing: IDataObject[] }>;
	/** Later polls: what happened since `state`, oldest first, and the state to keep. */
	poll(run: PollRun, state: EventState): Promise<{ records: IDataObject[]; state: EventState }>;
}

export const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A list GHL can narrow to "at or after a time" on one timestamp field. `since` may return older records too
 * (some filters are by day); they are dropped here.
 */
export interface TimeCursorSource {
	time(record: IDataObject): number;
	/** What makes a record one event (default: its id). */
	key?(record: IDataObject): string;
	/** Every record whose time is at or after `time` (all records when undefined), in any order. */
	since(run: PollRun, time: number | undefined): Promise<IDataObject[]>;
	/** The newest `count` records, newest first. */
	newest(run: PollRun, count: number): Promise<IDataObject[]>;
}

/**
 * How far back every poll looks again. GHL's searches show some records only after newer ones (search indexing
 * lags behind writes), so a poll that asked only for records after the newest one seen would skip those for good.
 */
export const OVERLAP_MS = 10 * 60_000;

/**
 * Where a time-cursor event stands: records from `since` on were all seen, and `seen` names them (key@time). Each
 * poll asks again from `since`, emits what `seen` lacks, and moves `since` to OVERLAP_MS before the newest time
 * seen, dropping older keys: the state holds the records of one overlap window, however many there are in all.
 */
interface WindowState {
	/** undefined: nothing existed at the first poll, so every record found is new. */
	since?: number;
	seen: Record<string, number>;
}

function windowState(state: EventState): WindowState {
	if (state.seen && typeof state.seen === 'object') {
		return {
			since: typeof state.since === 'number' ? state.since : undefined,
			seen: { ...(state.seen as Record<string, number>) },
		};
	}
	// Saved by an earlier version: the newest time and the ids carrying it.
	const legacy = state.cursor as unknown as TimeCursor | undefined;
	if (!legacy) return { seen: {} };
	return {
		since: legacy.time,
		seen: Object.fromEntries(legacy.ids.map((id) => [`${id}@${legacy.time}`, legacy.time])),
	};
}

/** The state after these records were seen: `since` moves up to the window below the newest, never down. */
function nextWindow(previous: WindowState, seenNow: Array<[string, number]>): WindowState {
	const seen = { ...previous.seen };
	for (const [key, time] of seenNow) seen[key] = time;
	const times = Object.values(seen);
	if (!times.length) return previous;
	const since = Math.max(previous.since ?? -Infinity, Math.max(...times) - OVERLAP_MS);
	for (const [key, time] of Object.entries(seen)) if (time < since) delete seen[key];
	return { since, seen };
}

export function timeCursorEvent(
	meta: Pick<PollEvent, 'value' | 'name' | 'description' | 'endpoints'>,
	source: TimeCursorSource,
): PollEvent {
	const key = source.key ?? idOf;
	const seenKey = (r: IDataObject) => `${key(r)}@${source.time(r)}`;
	const dated = (records: IDataObject[]) => records.filter((r) => Number.isFinite(source.time(r)));
	return {
		...meta,
		newest: async (run, count) => await source.newest(run, count),

		async start(run, existing) {
			const newest = await source.newest(run, Math.max(existing, 1));
			const times = dated(newest).map((r) => source.time(r));
			if (!times.length) {
				// Nothing exists yet: everything the next poll finds is new.
				return { state: { seen: {} } as unknown as EventState, existing: [] };
			}
			// Everything in the overlap window below the newest record existed at the start: it is not new later.
			const since = Math.max(...times) - OVERLAP_MS;
			const window = dated(await source.since(run, since)).filter((r) => source.time(r) >= since);
			const state = nextWindow(
				{ since, seen: {} },
				[...window, ...dated(newest)].map((r) => [seenKey(r), source.time(r)]),
			);
			return { state: state as unknown as EventState, existing: newest.slice(0, existing) };
		},

		async poll(run, saved) {
			const previous = windowState(saved);
			const found = dated(await source.since(run, previous.since));
			const fresh = chronological(
				dedupe(found, seenKey).filter(
					(r) =>
						(previous.since === undefined || source.time(r) >= previous.since) &&
						previous.seen[seenKey(r)] === undefined,
				),
				source.time,
			);
			const state = nextWindow(
				previous,
				fresh.map((r) => [seenKey(r), source.time(r)]),
			);
			return { records: fresh, state: state as unknown as EventState };
		},
	};
}

/** A record can come twice when lists shift under a paging cursor; keep its first copy. */
export function dedupe(
	records: IDataObject[],
	key: (r: IDataObject) => string = idOf,
): IDataObject[] {
	const seen = new Set<string>();
	return records.filter((r) => {
		const id = key(r);
		if (seen.has(id)) return false;
		seen.add(id);
		return true;
	});
}

/** Newest first by a date field, ties by id (the reverse of `chronological`). */
export function newestFirst(
	records: IDataObject[],
	time: (r: IDataObject) => number,
): IDataObject[] {
	return chronological(records, time).reverse();
}

export { timeOf };
