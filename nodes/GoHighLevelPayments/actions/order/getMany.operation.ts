import type { OperationDefinition } from '../../../shared/operations/types';
import { filterQuery, paymentFilters } from '../fields';

export const getMany: OperationDefinition = {
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many orders',
	description: 'List the orders of the sub-account, newest first, optionally filtered',
	endpoints: ['GET /payments/orders'],
	properties: [
		paymentFilters([
			{
				displayName: 'Payment Status',
				name: 'paymentStatus',
				type: 'options',
				options: [
					{ name: 'Paid', value: 'paid' },
					{ name: 'Unpaid', value: 'unpaid' },
					{ name: 'Partially Paid', value: 'partially_paid' },
					{ name: 'Refunded', value: 'refunded' },
				],
				default: 'paid',
			},
			{
				displayName: 'Status',
				name: 'status',
				type: 'string',
				default: '',
				description: 'Order status as GHL names it, e.g. completed',
			},
		]),
	],
	list: {
		style: 'skip',
		pageParam: 'offset',
		sizeParam: 'limit',
		records: 'data',
		total: 'totalCount',
		maxPageSize: 100,
	},
	// The orders API names the sub-account `altId` without `altType`.
	request: (p) => ({
		method: 'GET',
		path: '/payments/orders',
		qs: { altId: p.locationId(), ...filterQuery(p) },
	}),
};
