import type { IDataObject } from 'n8n-workflow';

import { altOf } from '../../../shared/altLocation';
import { compact } from '../../../shared/operations/params';
import type { OperationDefinition } from '../../../shared/operations/types';
import { orderLocator } from '../fields';

export const fulfill: OperationDefinition = {
	value: 'fulfill',
	name: 'Create Fulfillment',
	action: 'Create a fulfillment for an order',
	description:
		'Record that items of an order were shipped, with tracking, and optionally notify the customer',
	endpoints: ['POST /payments/orders/{orderId}/fulfillments'],
	properties: [
		orderLocator,
		{
			displayName: 'Items',
			name: 'items',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Item',
			default: {},
			required: true,
			options: [
				{
					displayName: 'Item',
					name: 'item',
					values: [
						{
							displayName: 'Price ID',
							name: 'priceId',
							type: 'string',
							default: '',
							required: true,
							description: 'The price (of a product) the order line was bought at',
						},
						{
							displayName: 'Quantity',
							name: 'qty',
							type: 'number',
							typeOptions: { minValue: 1 },
							default: 1,
						},
					],
				},
			],
		},
		{ displayName: 'Tracking Number', name: 'trackingNumber', type: 'string', default: '' },
		{
			displayName: 'Shipping Carrier',
			name: 'shippingCarrier',
			type: 'string',
			default: '',
			placeholder: 'e.g. UPS',
		},
		{ displayName: 'Tracking URL', name: 'trackingUrl', type: 'string', default: '' },
		{
			displayName: 'Notify Customer',
			name: 'notifyCustomer',
			type: 'boolean',
			default: true,
			description: 'Whether GHL emails the customer about the shipment',
		},
	],
	request: (p) => {
		const rows = (p.collection('items').item as IDataObject[] | undefined) ?? [];
		if (!rows.length)
			p.fail(
				'"Items" needs at least one item',
				'Add the price ID and quantity of each shipped order line.',
			);
		const items = rows.map((row, i) => {
			const priceId = String(row.priceId ?? '').trim();
			if (!priceId) p.fail(`"Item ${i + 1}: Price ID" is required`);
			const qty = Number(row.qty ?? 1);
			if (!Number.isInteger(qty) || qty < 1)
				p.fail(`"Item ${i + 1}: Quantity" must be a whole number of 1 or more`);
			return { priceId, qty };
		});
		const tracking = compact({
			trackingNumber: p.optionalString('trackingNumber'),
			shippingCarrier: p.optionalString('shippingCarrier'),
			trackingUrl: p.optionalString('trackingUrl'),
		});
		return {
			method: 'POST',
			path: `/payments/orders/${p.id('orderId')}/fulfillments`,
			body: {
				...altOf(p),
				trackings: Object.keys(tracking).length ? [tracking] : [],
				items,
				notifyCustomer: p.boolean('notifyCustomer', true),
			},
		};
	},
	output: (body) => (body.data as IDataObject) ?? body,
};
