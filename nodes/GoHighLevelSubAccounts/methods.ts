import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchResult,
	INodePropertyOptions,
} from 'n8n-workflow';

import { matchesFilter, pickerLocation } from '../shared/methods/location';
import { ghlRequest } from '../shared/transport';
import { accountOf } from '../shared/transport/account';

/** Lists from GET /locations/{locationId}/<segment> of the chosen sub-account, filtered by name. */
async function listOf(
	ctx: ILoadOptionsFunctions,
	segment: string,
	key: string,
	filter: string | undefined,
	qs?: (locationId: string) => IDataObject,
): Promise<INodeListSearchResult> {
	const { account, locationId } = await pickerLocation(ctx);
	const { body } = await ghlRequest.call(
		ctx,
		{
			method: 'GET',
			path: `/locations/${locationId}/${segment}`,
			qs: qs?.(locationId),
			locationId,
		},
		0,
		account,
	);
	return {
		results: ((body[key] as IDataObject[]) ?? [])
			.filter((r) => matchesFilter(filter, String(r.name ?? ''), String(r.fieldKey ?? '')))
			.map((r) => ({ name: String(r.name ?? r.id), value: String(r.id) }))
			.sort((a, b) => a.name.localeCompare(b.name)),
	};
}

export async function searchCustomFields(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	return await listOf(this, 'customFields', 'customFields', filter, () => ({ model: 'all' }));
}

export async function searchCustomValues(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	return await listOf(this, 'customValues', 'customValues', filter);
}

export async function searchTags(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	return await listOf(this, 'tags', 'tags', filter);
}

export async function searchTemplates(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	return await listOf(this, 'templates', 'templates', filter, (locationId) => ({
		originId: locationId,
		limit: 100,
	}));
}

/** The agency's snapshots, to load into a sub-account. */
export async function getSnapshots(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const account = await accountOf(this);
	if (account.kind !== 'agency' || !account.companyId) return [];
	const { body } = await ghlRequest.call(
		this,
		{ method: 'GET', path: '/snapshots/', qs: { companyId: account.companyId } },
		0,
		account,
	);
	const snapshots = ((body.snapshots as IDataObject[]) ?? []).map((s) => ({
		name: String(s.name ?? s.id),
		value: String(s.id),
		description: s.type ? String(s.type) : undefined,
	}));
	return [
		{ name: '- None -', value: '' },
		...snapshots.sort((a, b) => a.name.localeCompare(b.name)),
	];
}
