import type { OperationDefinition } from '../../../shared/operations/types';
import { productLocator } from '../fields';

export const getMany: OperationDefinition = {
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many prices',
	description: 'List the prices of a product',
	endpoints: ['GET /products/{productId}/price'],
	properties: [productLocator],
	list: {
		style: 'skip',
		pageParam: 'offset',
		sizeParam: 'limit',
		records: 'prices',
		total: 'total',
		maxPageSize: 100,
	},
	request: (p) => ({
		method: 'GET',
		path: `/products/${p.id('productId')}/price`,
		qs: { locationId: p.locationId() },
	}),
};
