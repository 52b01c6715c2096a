import type { OperationDefinition } from '../../../shared/operations/types';
import { filterQuery, paymentFilters } from '../fields';

export const getMany: OperationDefinition = {
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many transactions',
	description: 'List the payments received by the sub-account, optionally filtered',
	endpoints: ['GET /payments/transactions'],
	properties: [
		paymentFilters([
			{ displayName: 'Subscription ID', name: 'subscriptionId', type: 'string', default: '' },
			{
				displayName: 'Source Type',
				name: 'entitySourceType',
				type: 'string',
				default: '',
				description: 'Where the payment came from, e.g. invoice, funnel, payment_link',
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
	request: (p) => ({
		method: 'GET',
		path: '/payments/transactions',
		qs: { altId: p.locationId(), altType: 'location', ...filterQuery(p) },
	}),
};
