import type { IDataObject } from 'n8n-workflow';

import type { GhlAccount, GhlContext } from './account';
import { ghlRequest, type GhlRequest } from './index';

/**
 * GHL pages its lists in several ways; each list operation names its style and where the records are.
 * - startAfter: cursor `meta.startAfter` + `meta.startAfterId` sent back as query parameters
 * - page: a 1-based page number beside the page size (query or body)
 * - skip: an offset beside the page size
 * - searchAfter: the last record's `searchAfter` value sent back in the body
 * - cursor: `nextCursor` (or `meta.nextCursor`) sent back as `cursor`
 * - lastMessageId: `lastMessageId` + `nextPage` of conversation messages
 */
export interface Pagination {
	style: 'startAfter' | 'page' | 'skip' | 'searchAfter' | 'cursor' | 'lastMessageId';
	/** Dot path of the record array in the response, e.g. `contacts` or `messages.messages`. */
	records: string;
	/** Largest page GHL serves for the endpoint. */
	maxPageSize: number;
	/** Name of the page-size parameter (`limit`, `pageLimit`, ...). */
	sizeParam: string;
	/** Where the paging parameters go. */
	in?: 'query' | 'body';
	/** Dot path of the total count, when GHL reports it: saves the request for an empty last page. */
	total?: string;
	/** Name of the page / offset / cursor parameter, where it is not the style's usual one. */
	pageParam?: string;
}

/** The response holds something other than a list where the records should be (the spec and GHL disagree). */
export class RecordsNotAListError extends Error {
	constructor(readonly records: string) {
		super(`GoHighLevel's response has no list at "${records}"`);
	}
}

export function valueAt(source: unknown, dotPath: string): unknown {
	if (dotPath === '') return source; // the body itself (records at its top level)
	let current = source;
	for (const key of dotPath.split('.')) {
		if (current === null || typeof current !== 'object') return undefined;
		current = (current as Record<string, unknown>)[key];
	}
	return current;
}

/**
 * Fetches records page by page until there are no more or `limit` is reached. With a limit no larger than one
 * page, exactly one request is sent, sized to the limit.
 */
export async function ghlRequestAllItems(
	this: GhlContext,
	request: GhlRequest,
	pagination: Pagination,
	limit: number | undefined,
	itemIndex = 0,
	account?: GhlAccount,
): Promise<IDataObject[]> {
	const inBody = (pagination.in ?? 'query') === 'body';
	const results: IDataObject[] = [];
	let pageNumber = 1;
	let cursor: Record<string, unknown> = {};

	for (;;) {
		const wanted =
			limit === undefined
				? pagination.maxPageSize
				: Math.min(limit - results.length, pagination.maxPageSize);
		const paging: Record<string, unknown> = { [pagination.sizeParam]: wanted, ...cursor };
		if (pagination.style === 'page') paging[pagination.pageParam ?? 'page'] = pageNumber;
		if (pagination.style === 'skip') paging[pagination.pageParam ?? 'skip'] = results.length;
		const pageRequest: GhlRequest = inBody
			? { ...request, body: { ...(request.body as IDataObject), ...(paging as IDataObject) } }
			: { ...request, qs: { ...request.qs, ...(paging as IDataObject) } };

		const { body } = await ghlRequest.call(this, pageRequest, itemIndex, account);
		const found = valueAt(body, pagination.records);
		if (found !== undefined && found !== null && !Array.isArray(found))
			throw new RecordsNotAListError(pagination.records);
		const page = (found as IDataObject[] | undefined) ?? [];
		for (const record of page) {
			results.push(record);
			if (limit !== undefined && results.length >= limit) return results;
		}

		const total = pagination.total ? Number(valueAt(body, pagination.total)) : NaN;
		if (page.length < wanted || page.length === 0) return results;
		if (Number.isFinite(total) && results.length >= total) return results;

		const next = nextCursor(pagination, body, page);
		if (next === null) return results;
		cursor = next;
		pageNumber++;
	}
}

/** What to send for the next page; null when the response says there is none. */
function nextCursor(
	pagination: Pagination,
	body: IDataObject,
	page: IDataObject[],
): Record<string, unknown> | null {
	switch (pagination.style) {
		case 'page':
		case 'skip':
			return {};
		case 'startAfter': {
			const meta = (body.meta ?? {}) as IDataObject;
			if (meta.startAfterId === undefined || meta.startAfterId === null) return null;
			return { startAfter: meta.startAfter, startAfterId: meta.startAfterId };
		}
		case 'searchAfter': {
			const last = page[page.length - 1];
			return last?.searchAfter ? { searchAfter: last.searchAfter } : null;
		}
		case 'cursor': {
			const next = body.nextCursor ?? (body.meta as IDataObject | undefined)?.nextCursor;
			return next ? { [pagination.pageParam ?? 'cursor']: next } : null;
		}
		case 'lastMessageId': {
			const container = valueAt(body, pagination.records.split('.').slice(0, -1).join('.')) as
				| IDataObject
				| undefined;
			if (!container?.nextPage || !container.lastMessageId) return null;
			return { lastMessageId: container.lastMessageId };
		}
	}
}
