import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import type { GhlAccount } from '../../shared/transport';
import { advance, chronological, idOf, isAfter, timeOf, type TimeCursor } from '../cursor';

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

export function timeCursorEvent(
	meta: Pick<PollEvent, 'value' | 'name' | 'description' | 'endpoints'>,
	source: TimeCursorSource,
): PollEvent {
	return {
		...meta,
		newest: async (run, count) => await source.newest(run, count),

		async start(run, existing) {
			const key = source.key ?? idOf;
			const newest = await source.newest(run, Math.max(existing, 1));
			const times = newest.map((r) => source.time(r)).filter(Number.isFinite);
			if (!times.length) {
				// Nothing exists yet: no cursor, so everything the next poll finds is new.
				return { state: {}, existing: [] };
			}
			const top = Math.max(...times);
			// Other records may share the newest timestamp beyond the page that was read; the cursor must list them all.
			const atTop = (await source.since(run, top)).filter((r) => source.time(r) === top);
			const cursor = advance(undefined, [...newest.filter((r) => source.time(r) === top), ...atTop], source.time, key);
			return { state: { cursor } as unknown as EventState, existing: newest.slice(0, existing) };
		},

		async poll(run, state) {
			const key = source.key ?? idOf;
			const cursor = state.cursor as unknown as TimeCursor | undefined;
			const found = await source.since(run, cursor?.time);
			const fresh = chronological(
				dedupe(found, key).filter((r) => isAfter(cursor, source.time(r), key(r))),
				source.time,
			);
			return { records: fresh, state: { cursor: advance(cursor, fresh, source.time, key) } as unknown as EventState };
		},
	};
}

/** A record can come twice when lists shift under a paging cursor; keep its first copy. */
export function dedupe(records: IDataObject[], key: (r: IDataObject) => string = idOf): IDataObject[] {
	const seen = new Set<string>();
	return records.filter((r) => {
		const id = key(r);
		if (seen.has(id)) return false;
		seen.add(id);
		return true;
	});
}

/** Newest first by a date field, ties by id (the reverse of `chronological`). */
export function newestFirst(records: IDataObject[], time: (r: IDataObject) => number): IDataObject[] {
	return chronological(records, time).reverse();
}

export { timeOf };
