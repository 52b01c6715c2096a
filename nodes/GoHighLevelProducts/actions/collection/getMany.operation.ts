import { altOf } from '../../../shared/altLocation';
import { compact } from '../../../shared/operations/params';
import type { OperationDefinition } from '../../../shared/operations/types';

export const getMany: OperationDefinition = {
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many collections',
	description: 'List the product collections of the sub-account',
	endpoints: ['GET /products/collections'],
	properties: [
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			default: '',
			description: 'Only collections with this name',
		},
	],
	list: {
		style: 'skip',
		pageParam: 'offset',
		sizeParam: 'limit',
		records: 'data',
		total: 'total',
		maxPageSize: 100,
	},
	request: (p) => ({
		method: 'GET',
		path: '/products/collections',
		qs: compact({ ...altOf(p), name: p.optionalString('name') }),
	}),
};
