import type { OperationDefinition } from '../../../shared/operations/types';
import { filterQuery, paymentFilters } from '../fields';

export const getMany: OperationDefinition = {
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many subscriptions',
	description: 'List the recurring payments of the sub-account, optionally filtered',
	endpoints: ['GET /payments/subscriptions'],
	properties: [
		paymentFilters([
			{
				displayName: 'Source Type',
				name: 'entitySourceType',
				type: 'string',
				default: '',
				description: 'Where the subscription came from, e.g. funnel, invoice, membership',
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
		path: '/payments/subscriptions',
		qs: { altId: p.locationId(), altType: 'location', ...filterQuery(p) },
	}),
};
