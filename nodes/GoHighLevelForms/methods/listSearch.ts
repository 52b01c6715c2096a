import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { listPicker } from '../../shared/methods/listPicker';
import { matchesFilter, pickerLocation } from '../../shared/methods/location';
import { ghlRequest } from '../../shared/transport';

async function list(
	ctx: ILoadOptionsFunctions,
	path: string,
	key: string,
	qs: IDataObject = {},
): Promise<IDataObject[]> {
	const { account, locationId } = await pickerLocation(ctx);
	const { body } = await ghlRequest.call(
		ctx,
		{ method: 'GET', path, qs: { locationId, ...qs }, locationId },
		0,
		account,
	);
	return (body[key] as IDataObject[]) ?? [];
}

const named = (records: IDataObject[], filter?: string) => ({
	results: records
		.filter((r) => matchesFilter(filter, String(r.name ?? ''), String(r.id)))
		.map((r) => ({ name: String(r.name ?? r.id), value: String(r.id) })),
});

export async function searchForms(
	this: ILoadOptionsFunctions,
	filter?: string,
	token?: string,
): Promise<INodeListSearchResult> {
	const skip = token ? Number(token) : 0;
	const forms = await list(this, '/forms/', 'forms', { skip, limit: 50 });
	return {
		...named(forms, filter),
		paginationToken: forms.length === 50 ? String(skip + 50) : undefined,
	};
}

export async function searchSurveys(
	this: ILoadOptionsFunctions,
	filter?: string,
	token?: string,
): Promise<INodeListSearchResult> {
	const skip = token ? Number(token) : 0;
	const surveys = await list(this, '/surveys/', 'surveys', { skip, limit: 50 });
	return {
		...named(surveys, filter),
		paginationToken: surveys.length === 50 ? String(skip + 50) : undefined,
	};
}

/** Trigger links: GET /links/ returns them all at once, so the shared one-request picker fits. */
export const searchTriggerLinks = listPicker({
	request: (locationId) => ({ method: 'GET', path: '/links/', qs: { locationId } }),
	records: 'links',
	label: (link) => String(link.name ?? link.id),
});
