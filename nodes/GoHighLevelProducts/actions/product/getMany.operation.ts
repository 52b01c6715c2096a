import { compact } from '../../../shared/operations/params';
import type { OperationDefinition } from '../../../shared/operations/types';

export const getMany: OperationDefinition = {
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many products',
	description: 'List the products of the sub-account',
	endpoints: ['GET /products/'],
	properties: [
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Search',
					name: 'search',
					type: 'string',
					default: '',
					description: 'Text in the product name',
				},
				{
					displayName: 'Collection IDs',
					name: 'collectionIds',
					type: 'string',
					default: '',
					description: 'Comma-separated: only products in these collections',
				},
				{
					displayName: 'Available in Store',
					name: 'availableInStore',
					type: 'boolean',
					default: true,
					description: 'Whether to list only products shown (or only those hidden) in the store',
				},
			],
		},
	],
	list: {
		style: 'skip',
		pageParam: 'offset',
		sizeParam: 'limit',
		records: 'products',
		total: 'total.0.total',
		maxPageSize: 100,
	},
	request: (p) => {
		const filters = p.collection('filters');
		return {
			method: 'GET',
			path: '/products/',
			qs: compact({
				locationId: p.locationId(),
				search: filters.search as string,
				collectionIds: filters.collectionIds as string,
				availableInStore: filters.availableInStore as boolean | undefined,
			}),
		};
	},
};
