import { altOf } from '../../../shared/altLocation';
import { compact } from '../../../shared/operations/params';
import type { OperationDefinition } from '../../../shared/operations/types';

export const getMany: OperationDefinition = {
	value: 'getMany',
	name: 'Get Many',
	action: 'Get stock levels',
	description: 'List the stock of every price that tracks inventory',
	endpoints: ['GET /products/inventory'],
	properties: [
		{
			displayName: 'Search',
			name: 'search',
			type: 'string',
			default: '',
			description: 'Text in the product or price name, or the SKU',
		},
	],
	list: {
		style: 'skip',
		pageParam: 'offset',
		sizeParam: 'limit',
		records: 'inventory',
		maxPageSize: 100,
	},
	request: (p) => ({
		method: 'GET',
		path: '/products/inventory',
		qs: compact({ ...altOf(p), search: p.optionalString('search') }),
	}),
};
