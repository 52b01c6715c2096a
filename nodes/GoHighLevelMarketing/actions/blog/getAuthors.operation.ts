import type { OperationDefinition } from '../../../shared/operations/types';

export const getAuthors: OperationDefinition = {
	value: 'getAuthors',
	name: 'Get Authors',
	action: 'Get blog authors',
	description: 'List the authors blog posts can be credited to',
	endpoints: ['GET /blogs/authors'],
	list: {
		style: 'skip',
		pageParam: 'offset',
		sizeParam: 'limit',
		records: 'authors',
		maxPageSize: 100,
	},
	request: (p) => ({ method: 'GET', path: '/blogs/authors', qs: { locationId: p.locationId() } }),
};
