import { altOf } from '../../../shared/altLocation';
import { compact } from '../../../shared/operations/params';
import type { OperationDefinition } from '../../../shared/operations/types';

export const getMany: OperationDefinition = {
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many coupons',
	description: 'List the coupons of the sub-account',
	endpoints: ['GET /payments/coupon/list'],
	properties: [
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
					options: [
						{ name: 'Active', value: 'active' },
						{ name: 'Scheduled', value: 'scheduled' },
						{ name: 'Expired', value: 'expired' },
					],
					default: 'active',
				},
				{
					displayName: 'Search',
					name: 'search',
					type: 'string',
					default: '',
					description: 'Text in the name or code',
				},
			],
		},
	],
	list: {
		style: 'skip',
		pageParam: 'offset',
		sizeParam: 'limit',
		records: 'data',
		total: 'totalCount',
		maxPageSize: 100,
	},
	request: (p) => {
		const filters = p.collection('filters');
		return {
			method: 'GET',
			path: '/payments/coupon/list',
			qs: compact({
				...altOf(p),
				status: filters.status as string,
				search: filters.search as string,
			}),
		};
	},
};
