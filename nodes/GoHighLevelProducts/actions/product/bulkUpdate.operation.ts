import type { IDataObject } from 'n8n-workflow';

import { altOf } from '../../../shared/altLocation';
import type { Params } from '../../../shared/operations/params';
import type { OperationDefinition } from '../../../shared/operations/types';
import { productLocator } from '../fields';

/** Products per request: GHL documents no maximum for this endpoint; 100 keeps each request modest. */
const MAX_PRODUCTS_PER_REQUEST = 100;

const CHANGES = [
	{ name: 'Show or Hide in Store', value: 'bulk-update-availability' },
	{ name: 'Change Price', value: 'bulk-update-price' },
	{ name: 'Add to Collections', value: 'bulk-update-product-collection' },
	{ name: 'Change Currency', value: 'bulk-update-currency' },
	{ name: 'Delete', value: 'bulk-delete-products' },
];

const PRICE_CHANGES = [
	{ name: 'Set New Price', value: 'SET_NEW_PRICE' },
	{ name: 'Increase by Amount', value: 'INCREASE_BY_AMOUNT' },
	{ name: 'Reduce by Amount', value: 'REDUCE_BY_AMOUNT' },
	{ name: 'Increase by Percentage', value: 'INCREASE_BY_PERCENTAGE' },
	{ name: 'Reduce by Percentage', value: 'REDUCE_BY_PERCENTAGE' },
];

/** What the change sets, the same for every product of a request. */
function changeOf(p: Params): IDataObject {
	const type = p.string('change');
	switch (type) {
		case 'bulk-update-availability':
			return { type, availability: p.boolean('availableInStore', true) };
		case 'bulk-update-price': {
			const value = p.number('priceValue');
			if (value < 0) p.fail('"Value" must be 0 or more');
			return {
				type,
				price: { type: p.string('priceChange'), value, roundToWhole: p.boolean('roundToWhole') },
			};
		}
		case 'bulk-update-product-collection': {
			const ids = p
				.string('collectionIds')
				.split(',')
				.map((s) => s.trim())
				.filter(Boolean);
			return { type, collectionIds: ids };
		}
		case 'bulk-update-currency':
			return { type, currency: p.string('currency').toUpperCase() };
		default:
			return { type };
	}
}

export const bulkUpdate: OperationDefinition = {
	value: 'bulkUpdate',
	name: 'Bulk Update',
	action: 'Bulk update products',
	description:
		'Apply one change (store visibility, price, collections, currency, delete) to the product of every input item, 100 products per request',
	endpoints: ['POST /products/bulk-update'],
	properties: [
		productLocator,
		{
			displayName: 'Change',
			name: 'change',
			type: 'options',
			options: CHANGES,
			default: 'bulk-update-availability',
		},
		{
			displayName: 'Available in Store',
			name: 'availableInStore',
			type: 'boolean',
			default: true,
			description: 'Whether the products are listed in the store',
			displayOptions: { show: { change: ['bulk-update-availability'] } },
		},
		{
			displayName: 'Price Change',
			name: 'priceChange',
			type: 'options',
			options: PRICE_CHANGES,
			default: 'SET_NEW_PRICE',
			displayOptions: { show: { change: ['bulk-update-price'] } },
		},
		{
			displayName: 'Value',
			name: 'priceValue',
			type: 'number',
			default: 0,
			description: 'Amount or percentage',
			displayOptions: { show: { change: ['bulk-update-price'] } },
		},
		{
			displayName: 'Round to Whole Number',
			name: 'roundToWhole',
			type: 'boolean',
			default: false,
			description: 'Whether new prices are rounded',
			displayOptions: { show: { change: ['bulk-update-price'] } },
		},
		{
			displayName: 'Collection IDs',
			name: 'collectionIds',
			type: 'string',
			default: '',
			description: 'Comma-separated',
			displayOptions: { show: { change: ['bulk-update-product-collection'] } },
		},
		{
			displayName: 'Currency',
			name: 'currency',
			type: 'string',
			default: 'USD',
			displayOptions: { show: { change: ['bulk-update-currency'] } },
		},
	],
	batch: {
		maxItems: MAX_PRODUCTS_PER_REQUEST,
		// Items with different changes (or sub-accounts) cannot share a request.
		groupKey: (p) => {
			p.id('productId'); // checked per item, so one bad item fails alone
			return JSON.stringify([p.locationId(), changeOf(p)]);
		},
		request: (batch) => ({
			method: 'POST',
			path: '/products/bulk-update',
			body: {
				...altOf(batch[0]),
				...changeOf(batch[0]),
				productIds: batch.map((p) => p.id('productId')),
			},
		}),
		output: (body, batch) =>
			batch.map((p) => ({
				productId: p.id('productId'),
				change: p.string('change'),
				updated: body.status !== false,
				message: body.message ?? null,
			})),
	},
};
