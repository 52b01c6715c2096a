import type { IDataObject } from 'n8n-workflow';

import type { Params } from './operations/params';

/**
 * The billing, product and media APIs name the sub-account as `altId` + `altType: location` instead of
 * `locationId`: one place builds that pair.
 */
export function altOf(p: Params): { altId: string; altType: 'location' } {
	return { altId: p.locationId(), altType: 'location' };
}

/** Keeps only `keys` of a record GHL returned, so a full-body update sends back only what the endpoint accepts. */
export function pick(record: IDataObject, keys: string[]): IDataObject {
	const result: IDataObject = {};
	for (const key of keys)
		if (record[key] !== undefined && record[key] !== null) result[key] = record[key];
	return result;
}

/** A date parameter as GHL's `YYYY-MM-DD` (invoices, estimates). */
export function ymd(p: Params, value: unknown, field: string): string {
	return p.isoDate(value, field).slice(0, 10);
}
