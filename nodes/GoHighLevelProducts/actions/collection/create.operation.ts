import type { IDataObject } from 'n8n-workflow';

import { altOf } from '../../../shared/altLocation';
import { compact } from '../../../shared/operations/params';
import type { OperationDefinition } from '../../../shared/operations/types';

export function slugOf(name: string): string {
	return name
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[^\w\s-]/g, '')
		.trim()
		.replace(/[\s_]+/g, '-')
		.replace(/-+/g, '-');
}

export const create: OperationDefinition = {
	value: 'create',
	name: 'Create',
	action: 'Create a collection',
	description: 'Create a product collection for the store',
	endpoints: ['POST /products/collections'],
	properties: [
		{ displayName: 'Name', name: 'name', type: 'string', default: '', required: true },
		{
			displayName: 'URL Slug',
			name: 'slug',
			type: 'string',
			default: '',
			description: 'Made from the name when empty',
		},
		{ displayName: 'Image URL', name: 'image', type: 'string', default: '' },
	],
	request: (p) => {
		const name = p.string('name');
		const slug = p.optionalString('slug') ?? slugOf(name);
		if (!slug) p.fail('"URL Slug" is required when the name has no letters or digits');
		return {
			method: 'POST',
			path: '/products/collections',
			body: compact({ ...altOf(p), name, slug, image: p.optionalString('image') }),
		};
	},
	output: (body) => (body.data as IDataObject) ?? body,
};
