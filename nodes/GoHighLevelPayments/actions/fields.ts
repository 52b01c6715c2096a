import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { recordLocator } from '../../shared/descriptions';
import type { Params } from '../../shared/operations/params';

export const orderLocator = recordLocator('orderId', 'Order', 'searchOrders', {
	placeholder: '653f6b2a9bbd3e1a7c7ab1f2',
});
export const transactionLocator = recordLocator(
	'transactionId',
	'Transaction',
	'searchTransactions',
	{ placeholder: '653f6b2a9bbd3e1a7c7ab1f2' },
);
export const subscriptionLocator = recordLocator(
	'subscriptionId',
	'Subscription',
	'searchSubscriptions',
	{ placeholder: '653f6b2a9bbd3e1a7c7ab1f2' },
);
export const couponLocator = recordLocator('couponId', 'Coupon', 'searchCoupons', {
	placeholder: '653f6b2a9bbd3e1a7c7ab1f2',
});

/** Filters the order, transaction and subscription lists share. */
export function paymentFilters(extra: INodeProperties[] = []): INodeProperties {
	return {
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{ displayName: 'Contact ID', name: 'contactId', type: 'string', default: '' },
			{ displayName: 'Created After', name: 'startAt', type: 'dateTime', default: '' },
			{ displayName: 'Created Before', name: 'endAt', type: 'dateTime', default: '' },
			{
				displayName: 'Payment Mode',
				name: 'paymentMode',
				type: 'options',
				options: [
					{ name: 'Live', value: 'live' },
					{ name: 'Test', value: 'test' },
				],
				default: 'live',
			},
			{
				displayName: 'Search',
				name: 'search',
				type: 'string',
				default: '',
				description: 'Text GHL searches for (name, email, ...)',
			},
			...extra,
		],
	};
}

/** The Filters collection as query parameters; dates as GHL's YYYY-MM-DD. */
export function filterQuery(p: Params): IDataObject {
	const filters = p.collection('filters');
	const qs: IDataObject = {};
	for (const [key, value] of Object.entries(filters)) {
		if (value === '' || value === undefined || value === null) continue;
		qs[key] =
			key === 'startAt' || key === 'endAt'
				? p.isoDate(value, key === 'startAt' ? 'Created After' : 'Created Before').slice(0, 10)
				: value;
	}
	return qs;
}
