import type { OperationDefinition } from '../../../shared/operations/types';
import { priceLocator, productLocator } from '../fields';

export const remove: OperationDefinition = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a price',
	description: 'Delete a price of a product',
	endpoints: ['DELETE /products/{productId}/price/{priceId}'],
	properties: [productLocator, priceLocator],
	request: (p) => ({
		method: 'DELETE',
		path: `/products/${p.id('productId')}/price/${p.id('priceId')}`,
		qs: { locationId: p.locationId() },
	}),
	output: (body, p) => ({ id: p.id('priceId'), deleted: body.status !== false }),
};
