import type { OperationDefinition } from '../../../shared/operations/types';
import { productLocator } from '../fields';

export const remove: OperationDefinition = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a product',
	description: 'Delete a product and its prices',
	endpoints: ['DELETE /products/{productId}'],
	properties: [productLocator],
	request: (p) => ({
		method: 'DELETE',
		path: `/products/${p.id('productId')}`,
		qs: { locationId: p.locationId() },
	}),
	output: (body, p) => ({ id: p.id('productId'), deleted: body.status !== false }),
};
