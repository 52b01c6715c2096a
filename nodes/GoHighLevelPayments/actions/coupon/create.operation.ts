import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { altOf } from '../../../shared/altLocation';
import type { Params } from '../../../shared/operations/params';
import type { OperationDefinition } from '../../../shared/operations/types';

export const couponOptions: INodeProperties[] = [
	{ displayName: 'End Date', name: 'endDate', type: 'dateTime', default: '' },
	{
		displayName: 'Usage Limit',
		name: 'usageLimit',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 100,
		description: 'How many times the coupon can be used in total',
	},
	{
		displayName: 'Once per Customer',
		name: 'limitPerCustomer',
		type: 'boolean',
		default: false,
		description: 'Whether each customer can use the coupon only once',
	},
	{
		displayName: 'Product IDs',
		name: 'productIds',
		type: 'string',
		default: '',
		description: 'Comma-separated products the coupon applies to; all when empty',
	},
];

export const DISCOUNT_TYPES = [
	{ name: 'Percentage', value: 'percentage' },
	{ name: 'Amount', value: 'amount' },
];

/** The optional coupon fields as GHL's body fields. */
export function couponOptionsBody(p: Params, options: IDataObject): IDataObject {
	const body: IDataObject = {};
	if (options.endDate) body.endDate = p.isoDate(options.endDate, 'End Date');
	if (options.usageLimit) body.usageLimit = Number(options.usageLimit);
	if (options.limitPerCustomer !== undefined)
		body.limitPerCustomer = Boolean(options.limitPerCustomer);
	if (options.productIds)
		body.productIds = String(options.productIds)
			.split(',')
			.map((s) => s.trim())
			.filter(Boolean);
	return body;
}

export function checkDiscount(p: Params, type: string, value: number): void {
	if (!(value > 0)) p.fail('"Discount Value" must be more than 0');
	if (type === 'percentage' && value > 100)
		p.fail('"Discount Value" cannot be more than 100 for a percentage');
}

export const create: OperationDefinition = {
	value: 'create',
	name: 'Create',
	action: 'Create a coupon',
	description: 'Create a discount code for checkouts and invoices',
	endpoints: ['POST /payments/coupon'],
	properties: [
		{ displayName: 'Name', name: 'name', type: 'string', default: '', required: true },
		{
			displayName: 'Code',
			name: 'code',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. SPRING20',
			description: 'What customers type at checkout',
		},
		{
			displayName: 'Discount Type',
			name: 'discountType',
			type: 'options',
			options: DISCOUNT_TYPES,
			default: 'percentage',
		},
		{ displayName: 'Discount Value', name: 'discountValue', type: 'number', default: 10 },
		{
			displayName: 'Start Date',
			name: 'startDate',
			type: 'dateTime',
			default: '',
			description: 'Defaults to now',
		},
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: couponOptions,
		},
	],
	request: (p) => {
		const discountType = p.string('discountType');
		const discountValue = p.number('discountValue');
		checkDiscount(p, discountType, discountValue);
		const code = p.string('code');
		if (/\s/.test(code)) p.fail(`"Code" cannot contain spaces: "${code}"`);
		return {
			method: 'POST',
			path: '/payments/coupon',
			body: {
				...altOf(p),
				name: p.string('name'),
				code,
				discountType,
				discountValue,
				startDate: p.isoDate(p.raw('startDate', '') || new Date().toISOString(), 'Start Date'),
				...couponOptionsBody(p, p.collection('options')),
			},
		};
	},
};
