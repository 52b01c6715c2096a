import type { INodeProperties } from 'n8n-workflow';

import { recordLocator } from '../../shared/descriptions';

export const productLocator = recordLocator('productId', 'Product', 'searchProducts', {
	placeholder: '6578278e879ad2646715ba9c',
});
export const priceLocator = recordLocator('priceId', 'Price', 'searchPrices', {
	placeholder: '6578278e879ad2646715ba9c',
	description: 'The price, picked from the prices of the product above or given by ID',
});
export const collectionLocator = recordLocator('collectionId', 'Collection', 'searchCollections', {
	placeholder: '6578278e879ad2646715ba9c',
});

export const PRODUCT_TYPES = [
	{ name: 'Digital', value: 'DIGITAL' },
	{ name: 'Physical', value: 'PHYSICAL' },
	{ name: 'Physical and Digital', value: 'PHYSICAL/DIGITAL' },
	{ name: 'Service', value: 'SERVICE' },
];

export const productFields: INodeProperties[] = [
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
	},
	{ displayName: 'Image URL', name: 'image', type: 'string', default: '' },
	{
		displayName: 'Available in Store',
		name: 'availableInStore',
		type: 'boolean',
		default: true,
		description: 'Whether the product is listed in the online store',
	},
	{
		displayName: 'Statement Descriptor',
		name: 'statementDescriptor',
		type: 'string',
		default: '',
		description: "Text on the customer's card statement",
	},
	{ displayName: 'URL Slug', name: 'slug', type: 'string', default: '' },
	{
		displayName: 'Collection IDs',
		name: 'collectionIds',
		type: 'string',
		default: '',
		description: 'Comma-separated collections the product belongs to',
	},
];

export const PRICE_TYPES = [
	{ name: 'One Time', value: 'one_time' },
	{ name: 'Recurring', value: 'recurring' },
];

export const RECURRING_INTERVALS = [
	{ name: 'Day', value: 'day' },
	{ name: 'Week', value: 'week' },
	{ name: 'Month', value: 'month' },
	{ name: 'Year', value: 'year' },
];

export const priceOptionFields: INodeProperties[] = [
	{ displayName: 'Description', name: 'description', type: 'string', default: '' },
	{
		displayName: 'Compare-At Price',
		name: 'compareAtPrice',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 2 },
		default: 0,
		description: 'The crossed-out "was" price',
	},
	{ displayName: 'SKU', name: 'sku', type: 'string', default: '' },
	{
		displayName: 'Track Inventory',
		name: 'trackInventory',
		type: 'boolean',
		default: false,
		description: 'Whether stock is counted for this price',
	},
	{
		displayName: 'Available Quantity',
		name: 'availableQuantity',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
	},
	{
		displayName: 'Trial Days',
		name: 'trialPeriod',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description: 'Free days before the first charge of a recurring price',
	},
];
