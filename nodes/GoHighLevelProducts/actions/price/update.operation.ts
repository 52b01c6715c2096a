import type { IDataObject } from 'n8n-workflow';

import { pick } from '../../../shared/altLocation';
import type { OperationDefinition } from '../../../shared/operations/types';
import { PRICE_TYPES, priceLocator, priceOptionFields, productLocator } from '../fields';
import { checkAmount } from './body';

const KEPT = [
	'name',
	'type',
	'currency',
	'amount',
	'recurring',
	'description',
	'compareAtPrice',
	'trackInventory',
	'availableQuantity',
	'allowOutOfStockPurchases',
	'sku',
	'trialPeriod',
];

export const update: OperationDefinition = {
	value: 'update',
	name: 'Update',
	action: 'Update a price',
	description: 'Change a price of a product; fields left out keep their values',
	endpoints: [
		'GET /products/{productId}/price/{priceId}',
		'PUT /products/{productId}/price/{priceId}',
	],
	properties: [
		productLocator,
		priceLocator,
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{ displayName: 'Name', name: 'name', type: 'string', default: '' },
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
				},
				{ displayName: 'Currency', name: 'currency', type: 'string', default: 'USD' },
				...priceOptionFields,
			],
		},
	],
	run: async (p, api) => {
		const path = `/products/${p.id('productId')}/price/${p.id('priceId')}`;
		const fields = p.collection('updateFields');
		if (!Object.keys(fields).length)
			p.fail('Nothing to update', 'Add at least one field under "Update Fields".');
		const locationId = p.locationId();
		// PUT replaces the price and requires name, type, currency and amount: unchanged ones come from the price.
		const current = await api.request({ method: 'GET', path, qs: { locationId } });
		const body: IDataObject = { ...pick(current, KEPT), ...fields, locationId };
		if (fields.currency) body.currency = String(fields.currency).toUpperCase();
		checkAmount(p, Number(body.amount));
		if (body.type === 'one_time') delete body.recurring;
		return await api.request({ method: 'PUT', path, body });
	},
};
