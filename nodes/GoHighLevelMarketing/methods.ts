import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { listPicker } from '../shared/methods/listPicker';
import { pickerLocation } from '../shared/methods/location';
import { ghlRequest } from '../shared/transport';
import { asList } from './actions/funnel/getMany.operation';
import { templatesOf } from './actions/emailTemplate/getMany.operation';

/** Pickers of the Marketing node: media files and folders, blogs, funnels, redirects, email templates. */

const media = (type: 'file' | 'folder') =>
	listPicker({
		request: (locationId, filter) => ({
			method: 'GET',
			path: '/medias/files',
			qs: {
				altId: locationId,
				altType: 'location',
				type,
				sortBy: 'createdAt',
				sortOrder: 'desc',
				limit: '100',
				offset: '0',
				...(filter ? { query: filter } : {}),
			},
		}),
		records: 'files',
		label: (r) => String(r.name ?? r._id),
	});

export const searchMedia = media('file');
export const searchMediaFolders = media('folder');

export const searchBlogs = listPicker({
	request: (locationId, filter) => ({
		method: 'GET',
		path: '/blogs/site/all',
		qs: { locationId, skip: 0, limit: 100, ...(filter ? { searchTerm: filter } : {}) },
	}),
	records: 'data',
	label: (r) => String(r.name ?? r._id),
});

export const searchRedirects = listPicker({
	request: (locationId, filter) => ({
		method: 'GET',
		path: '/funnels/lookup/redirect/list',
		qs: { locationId, limit: 100, offset: 0, ...(filter ? { search: filter } : {}) },
	}),
	records: 'data.data',
	label: (r) => `${String(r.domain ?? '')}${String(r.path ?? '')} → ${String(r.target ?? '')}`,
});

export async function searchFunnels(this: ILoadOptionsFunctions, filter?: string) {
	const { account, locationId } = await pickerLocation(this);
	const { body } = await ghlRequest.call(
		this,
		{
			method: 'GET',
			path: '/funnels/funnel/list',
			qs: { locationId, limit: '100', offset: '0', ...(filter ? { name: filter } : {}) },
			locationId,
		},
		0,
		account,
	);
	return {
		results: asList(body.funnels).map((f) => ({
			name: `${String(f.name ?? f._id)} (${String(f.type ?? 'funnel')})`,
			value: String(f._id),
		})),
	};
}

export async function searchEmailTemplates(this: ILoadOptionsFunctions, filter?: string) {
	const { account, locationId } = await pickerLocation(this);
	const { body } = await ghlRequest.call(
		this,
		{
			method: 'GET',
			path: '/emails/builder',
			qs: { locationId, limit: '100', offset: '0', ...(filter ? { search: filter } : {}) },
			locationId,
		},
		0,
		account,
	);
	return {
		results: templatesOf(body).map((t) => ({ name: String(t.name ?? t.id), value: String(t.id) })),
	};
}

async function blogList(
	ctx: ILoadOptionsFunctions,
	path: string,
	key: string,
): Promise<IDataObject[]> {
	const { account, locationId } = await pickerLocation(ctx);
	const { body } = await ghlRequest.call(
		ctx,
		{ method: 'GET', path, qs: { locationId, limit: 100, offset: 0 }, locationId },
		0,
		account,
	);
	return (body[key] as IDataObject[] | undefined) ?? [];
}

export async function getBlogAuthors(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return (await blogList(this, '/blogs/authors', 'authors')).map((a) => ({
		name: String(a.name ?? a._id),
		value: String(a._id),
	}));
}

export async function getBlogCategories(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	return (await blogList(this, '/blogs/categories', 'categories')).map((c) => ({
		name: String(c.label ?? c._id),
		value: String(c._id),
	}));
}
