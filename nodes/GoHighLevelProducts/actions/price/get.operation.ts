import type { OperationDefinition } from '../../../shared/operations/types';
import { priceLocator, productLocator } from '../fields';

export const get: OperationDefinition = {
	value: 'get',
	name: 'Get',
	action: 'Get a price',
	description: 'Get a price of a product',
	endpoints: ['GET /products/{productId}/price/{priceId}'],
	properties: [productLocator, priceLocator],
	request: (p) => ({
		method: 'GET',
		path: `/products/${p.id('productId')}/price/${p.id('priceId')}`,
		qs: { locationId: p.locationId() },
	}),
};
