import type { IDataObject } from 'n8n-workflow';

import { altOf } from '../../../shared/altLocation';
import type { OperationDefinition } from '../../../shared/operations/types';
import { orderLocator } from '../fields';

export const getFulfillments: OperationDefinition = {
	value: 'getFulfillments',
	name: 'Get Fulfillments',
	action: 'Get the fulfillments of an order',
	description: 'List the shipments recorded for an order, one item each',
	endpoints: ['GET /payments/orders/{orderId}/fulfillments'],
	properties: [orderLocator],
	request: (p) => ({
		method: 'GET',
		path: `/payments/orders/${p.id('orderId')}/fulfillments`,
		qs: altOf(p),
	}),
	output: (body) => (body.data as IDataObject[]) ?? [],
};
