import { altOf } from '../../../shared/altLocation';
import type { OperationDefinition } from '../../../shared/operations/types';
import { collectionLocator } from '../fields';

export const remove: OperationDefinition = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a collection',
	description: 'Delete a product collection (its products stay)',
	endpoints: ['DELETE /products/collections/{collectionId}'],
	properties: [collectionLocator],
	request: (p) => ({
		method: 'DELETE',
		path: `/products/collections/${p.id('collectionId')}`,
		qs: altOf(p),
	}),
	output: (body, p) => ({ id: p.id('collectionId'), deleted: body.status !== false }),
};
