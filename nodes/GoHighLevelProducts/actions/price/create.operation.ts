import type { OperationDefinition } from '../../../shared/operations/types';
import { PRICE_TYPES, priceOptionFields, productLocator, RECURRING_INTERVALS } from '../fields';
import { checkAmount, priceBody } from './body';

export const create: OperationDefinition = {
	value: 'create',
	name: 'Create',
	action: 'Create a price',
	description: 'Add a one-time or recurring price to a product',
	endpoints: ['POST /products/{productId}/price'],
	properties: [
		productLocator,
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. Monthly plan',
		},
		{
			displayName: 'Type',
			name: 'type',
			type: 'options',
			options: PRICE_TYPES,
			default: 'one_time',
		},
		{
			displayName: 'Amount',
			name: 'amount',
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 2 },
			default: 0,
			required: true,
		},
		{ displayName: 'Currency', name: 'currency', type: 'string', default: 'USD', required: true },
		{
			displayName: 'Billing Interval',
			name: 'interval',
			type: 'options',
			options: RECURRING_INTERVALS,
			default: 'month',
			displayOptions: { show: { type: ['recurring'] } },
		},
		{
			displayName: 'Every',
			name: 'intervalCount',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 1,
			description: 'E.g. 3 with Month bills quarterly.',
			displayOptions: { show: { type: ['recurring'] } },
		},
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: priceOptionFields,
		},
	],
	request: (p) => {
		const type = p.string('type');
		return {
			method: 'POST',
			path: `/products/${p.id('productId')}/price`,
			body: {
				name: p.string('name'),
				type,
				currency: p.string('currency').toUpperCase(),
				amount: checkAmount(p, p.number('amount')),
				locationId: p.locationId(),
				...priceBody(p, type, p.collection('options')),
			},
		};
	},
};
