import type { IDataObject } from 'n8n-workflow';

import type { OperationDefinition } from '../../../shared/operations/types';
import { blogLocator } from '../fields';
import { POST_STATUSES, postFields, postFieldsBody, slugOf } from './fields';

export const create: OperationDefinition = {
	value: 'create',
	name: 'Create',
	action: 'Create a blog post',
	description: 'Write a blog post (HTML), as a draft or published',
	endpoints: ['POST /blogs/posts'],
	properties: [
		blogLocator,
		{ displayName: 'Title', name: 'title', type: 'string', default: '', required: true },
		{
			displayName: 'Content (HTML)',
			name: 'rawHTML',
			type: 'string',
			typeOptions: { rows: 8 },
			default: '',
			required: true,
		},
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			options: POST_STATUSES,
			default: 'DRAFT',
		},
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: postFields,
		},
	],
	request: (p) => {
		const title = p.string('title');
		const fields = postFieldsBody(p, p.collection('options'));
		const urlSlug = String(fields.urlSlug ?? slugOf(title));
		if (!urlSlug) p.fail('"URL Slug" is required when the title has no letters or digits');
		// GHL requires every field of a post; those left empty go as empty values.
		const body: IDataObject = {
			title,
			locationId: p.locationId(),
			blogId: p.id('blogId'),
			rawHTML: p.string('rawHTML'),
			status: p.string('status'),
			description: '',
			imageUrl: '',
			imageAltText: '',
			author: '',
			categories: [],
			publishedAt: new Date().toISOString(),
			...fields,
			urlSlug,
		};
		return { method: 'POST', path: '/blogs/posts', body };
	},
	output: (body) => (body.data as IDataObject) ?? body,
};
