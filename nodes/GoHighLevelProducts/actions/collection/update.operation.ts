import { altOf } from '../../../shared/altLocation';
import { compact } from '../../../shared/operations/params';
import type { OperationDefinition } from '../../../shared/operations/types';
import { collectionLocator } from '../fields';

export const update: OperationDefinition = {
	value: 'update',
	name: 'Update',
	action: 'Update a collection',
	description: 'Rename a collection or change its slug or image',
	endpoints: ['PUT /products/collections/{collectionId}'],
	properties: [
		collectionLocator,
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{ displayName: 'Name', name: 'name', type: 'string', default: '' },
				{ displayName: 'URL Slug', name: 'slug', type: 'string', default: '' },
				{ displayName: 'Image URL', name: 'image', type: 'string', default: '' },
			],
		},
	],
	request: (p) => {
		const fields = compact(p.collection('updateFields'));
		if (!Object.keys(fields).length)
			p.fail('Nothing to update', 'Add at least one field under "Update Fields".');
		return {
			method: 'PUT',
			path: `/products/collections/${p.id('collectionId')}`,
			body: { ...altOf(p), ...fields },
		};
	},
	output: (body, p) => ({ id: p.id('collectionId'), updated: body.status !== false }),
};
