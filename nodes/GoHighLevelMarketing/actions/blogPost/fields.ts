import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { Params } from '../../../shared/operations/params';

export const POST_STATUSES = [
	{ name: 'Draft', value: 'DRAFT' },
	{ name: 'Published', value: 'PUBLISHED' },
	{ name: 'Scheduled', value: 'SCHEDULED' },
	{ name: 'Archived', value: 'ARCHIVED' },
];

export const postFields: INodeProperties[] = [
	{
		displayName: 'Summary',
		name: 'description',
		type: 'string',
		typeOptions: { rows: 2 },
		default: '',
		description: 'Short description shown in lists and search results',
	},
	{
		displayName: 'URL Slug',
		name: 'urlSlug',
		type: 'string',
		default: '',
		description: 'Made from the title when empty',
	},
	{ displayName: 'Image URL', name: 'imageUrl', type: 'string', default: '' },
	{ displayName: 'Image Alt Text', name: 'imageAltText', type: 'string', default: '' },
	{
		displayName: 'Author Name or ID',
		name: 'author',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getBlogAuthors' },
		default: '',
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	},
	{
		displayName: 'Category Names or IDs',
		name: 'categories',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getBlogCategories' },
		default: [],
		description:
			'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	},
	{
		displayName: 'Tags',
		name: 'tags',
		type: 'string',
		default: '',
		description: 'Comma-separated',
	},
	{
		displayName: 'Publish Date',
		name: 'publishedAt',
		type: 'dateTime',
		default: '',
		description: 'When the post is (or was) published; now when empty',
	},
	{ displayName: 'Canonical Link', name: 'canonicalLink', type: 'string', default: '' },
];

export function slugOf(title: string): string {
	return title
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[^\w\s-]/g, '')
		.trim()
		.replace(/[\s_]+/g, '-')
		.replace(/-+/g, '-');
}

/** The post fields the user filled in, as GHL's body fields. */
export function postFieldsBody(p: Params, fields: IDataObject): IDataObject {
	const body: IDataObject = {};
	for (const [key, value] of Object.entries(fields)) {
		if (value === '' || value === undefined || (Array.isArray(value) && !value.length)) continue;
		if (key === 'tags')
			body.tags = String(value)
				.split(',')
				.map((t) => t.trim())
				.filter(Boolean);
		else if (key === 'publishedAt') body.publishedAt = p.isoDate(value, 'Publish Date');
		else body[key] = value;
	}
	return body;
}
