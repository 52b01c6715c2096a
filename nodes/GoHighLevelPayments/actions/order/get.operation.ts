import type { OperationDefinition } from '../../../shared/operations/types';
import { orderLocator } from '../fields';

export const get: OperationDefinition = {
	value: 'get',
	name: 'Get',
	action: 'Get an order',
	description: 'Get an order with its items, amounts and source',
	endpoints: ['GET /payments/orders/{orderId}'],
	properties: [orderLocator],
	request: (p) => ({
		method: 'GET',
		path: `/payments/orders/${p.id('orderId')}`,
		qs: { altId: p.locationId() },
	}),
};
