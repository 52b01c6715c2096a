import type { OperationDefinition } from '../../../shared/operations/types';
import { productLocator } from '../fields';

export const get: OperationDefinition = {
	value: 'get',
	name: 'Get',
	action: 'Get a product',
	description: 'Get a product',
	endpoints: ['GET /products/{productId}'],
	properties: [productLocator],
	request: (p) => ({
		method: 'GET',
		path: `/products/${p.id('productId')}`,
		qs: { locationId: p.locationId() },
	}),
};
