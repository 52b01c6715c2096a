import type { OperationDefinition } from '../../../shared/operations/types';

export const getCategories: OperationDefinition = {
	value: 'getCategories',
	name: 'Get Categories',
	action: 'Get blog categories',
	description: 'List the categories blog posts can be filed under',
	endpoints: ['GET /blogs/categories'],
	list: {
		style: 'skip',
		pageParam: 'offset',
		sizeParam: 'limit',
		records: 'categories',
		maxPageSize: 100,
	},
	request: (p) => ({
		method: 'GET',
		path: '/blogs/categories',
		qs: { locationId: p.locationId() },
	}),
};
