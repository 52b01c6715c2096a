import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchResult,
	INodePropertyOptions,
} from 'n8n-workflow';

import { listPicker } from '../shared/methods/listPicker';
import { pickerLocation } from '../shared/methods/location';
import { ghlRequest } from '../shared/transport';

/** Pickers of the Social Planner node: connected accounts, categories, tags, and recent or upcoming posts. */

const DAY_MS = 86_400_000;

async function plannerGet(
	ctx: ILoadOptionsFunctions,
	rest: string,
	qs?: IDataObject,
): Promise<IDataObject> {
	const { account, locationId } = await pickerLocation(ctx);
	const { body } = await ghlRequest.call(
		ctx,
		{ method: 'GET', path: `/social-media-posting/${locationId}${rest}`, qs, locationId },
		0,
		account,
	);
	return (body.results as IDataObject | undefined) ?? {};
}

export async function getSocialAccounts(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	const results = await plannerGet(this, '/accounts');
	return ((results.accounts as IDataObject[] | undefined) ?? []).map((a) => ({
		name: `${String(a.name ?? a.id)} (${String(a.platform ?? '')}${a.isExpired ? ', expired' : ''})`,
		value: String(a.id),
	}));
}

export async function getSocialCategories(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	const results = await plannerGet(this, '/categories', { limit: '100', skip: '0' });
	return ((results.categories as IDataObject[] | undefined) ?? []).map((c) => ({
		name: String(c.name ?? c._id),
		value: String(c._id),
	}));
}

export async function getSocialTags(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const results = await plannerGet(this, '/tags', { limit: '100', skip: '0' });
	return ((results.tags as IDataObject[] | undefined) ?? []).map((t) => ({
		name: String(t.tag ?? t._id),
		value: String(t._id),
	}));
}

export const searchCategories = listPicker({
	request: (locationId, filter) => ({
		method: 'GET',
		path: `/social-media-posting/${locationId}/categories`,
		qs: { limit: '100', skip: '0', ...(filter ? { searchText: filter } : {}) },
	}),
	records: 'results.categories',
	label: (r) => String(r.name ?? r._id),
});

/** Posts of the last and next 30 days. */
export async function searchPosts(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const now = Date.now();
	const picker = listPicker({
		request: (locationId) => ({
			method: 'POST',
			path: `/social-media-posting/${locationId}/posts/list`,
			body: {
				skip: '0',
				limit: '100',
				fromDate: new Date(now - 30 * DAY_MS).toISOString(),
				toDate: new Date(now + 30 * DAY_MS).toISOString(),
				includeUsers: 'false',
			},
		}),
		records: 'results.posts',
		label: (r) => {
			const text =
				String(r.summary ?? '')
					.replace(/\s+/g, ' ')
					.slice(0, 60) || '(no text)';
			return `${text} · ${String(r.status ?? '')} ${String(r.displayDate ?? r.scheduleDate ?? '').slice(0, 16)}`.trim();
		},
	});
	return await picker.call(this, filter);
}
