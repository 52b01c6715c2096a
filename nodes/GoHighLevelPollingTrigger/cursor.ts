import type { IDataObject } from 'n8n-workflow';

/**
 * Where a poll stopped: the newest timestamp it saw (epoch ms, GHL's clock) and the ids of the records that
 * carry exactly that timestamp. The next poll asks GHL for records at or after `time` and drops those ids, so
 * records sharing a timestamp are neither lost (the query includes the boundary) nor emitted twice.
 */
export interface TimeCursor {
	time: number;
	ids: string[];
}

/** Epoch ms of a GHL date field (ISO string, with or without offset, or epoch ms); NaN when absent or unreadable. */
export function timeOf(value: unknown): number {
	if (typeof value === 'number') return value;
	if (typeof value !== 'string' || value === '') return NaN;
	return /^\d+$/.test(value) ? Number(value) : Date.parse(value);
}

export function idOf(record: IDataObject): string {
	return String(record.id ?? '');
}

/** Oldest first; records of the same millisecond by id, so the order is the same on every poll. */
export function chronological(
	records: IDataObject[],
	time: (r: IDataObject) => number,
): IDataObject[] {
	const at = (r: IDataObject) => (Number.isFinite(time(r)) ? time(r) : -Infinity);
	const compare = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
	return [...records].sort((a, b) => compare(at(a), at(b)) || compare(idOf(a), idOf(b)));
}

/** Whether a record lies after the cursor; with no cursor (nothing existed at the first poll) every record does. */
export function isAfter(cursor: TimeCursor | undefined, time: number, id: string): boolean {
	if (!Number.isFinite(time)) return false;
	if (!cursor) return true;
	return time > cursor.time || (time === cursor.time && !cursor.ids.includes(id));
}

/** The cursor after these records were seen; records without a readable time do not move it. */
export function advance(
	cursor: TimeCursor | undefined,
	records: IDataObject[],
	time: (r: IDataObject) => number,
	key: (r: IDataObject) => string = idOf,
): TimeCursor | undefined {
	let next = cursor ? { time: cursor.time, ids: [...cursor.ids] } : undefined;
	for (const record of records) {
		const t = time(record);
		if (!Number.isFinite(t)) continue;
		const id = key(record);
		if (!next || t > next.time) next = { time: t, ids: [id] };
		else if (t === next.time && !next.ids.includes(id)) next.ids.push(id);
	}
	return next;
}
