import { compact } from '../../../shared/operations/params';
import type { OperationDefinition } from '../../../shared/operations/types';
import { blogLocator } from '../fields';
import { POST_STATUSES } from './fields';

export const getMany: OperationDefinition = {
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many blog posts',
	description: 'List the posts of a blog',
	endpoints: ['GET /blogs/posts/all'],
	properties: [
		blogLocator,
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Status',
					name: 'status',
					type: 'options',
					options: POST_STATUSES,
					default: 'PUBLISHED',
				},
				{ displayName: 'Search', name: 'searchTerm', type: 'string', default: '' },
			],
		},
	],
	list: {
		style: 'skip',
		pageParam: 'offset',
		sizeParam: 'limit',
		records: 'blogs',
		maxPageSize: 100,
	},
	request: (p) => {
		const filters = p.collection('filters');
		return {
			method: 'GET',
			path: '/blogs/posts/all',
			qs: compact({
				locationId: p.locationId(),
				blogId: p.id('blogId'),
				status: filters.status as string,
				searchTerm: filters.searchTerm as string,
			}),
		};
	},
};
