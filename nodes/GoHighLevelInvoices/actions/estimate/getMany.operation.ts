import { altOf } from '../../../shared/altLocation';
import { compact } from '../../../shared/operations/params';
import type { OperationDefinition } from '../../../shared/operations/types';

const STATUSES = ['all', 'draft', 'sent', 'accepted', 'declined', 'invoiced', 'viewed'].map(
	(value) => ({
		name: value[0].toUpperCase() + value.slice(1),
		value,
	}),
);

export const getMany: OperationDefinition = {
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many estimates',
	description: 'List the estimates of the sub-account',
	endpoints: ['GET /invoices/estimate/list'],
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
					options: STATUSES,
					default: 'all',
				},
				{ displayName: 'Contact ID', name: 'contactId', type: 'string', default: '' },
				{ displayName: 'Search', name: 'search', type: 'string', default: '' },
			],
		},
	],
	list: {
		style: 'skip',
		pageParam: 'offset',
		sizeParam: 'limit',
		records: 'estimates',
		total: 'total',
		maxPageSize: 100,
	},
	request: (p) => {
		const filters = p.collection('filters');
		return {
			method: 'GET',
			path: '/invoices/estimate/list',
			qs: compact({
				...altOf(p),
				status: filters.status as string,
				contactId: filters.contactId as string,
				search: filters.search as string,
			}),
		};
	},
};
