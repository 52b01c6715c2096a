import type { IDataObject } from 'n8n-workflow';

import { altOf, pick } from '../../../shared/altLocation';
import type { OperationDefinition } from '../../../shared/operations/types';
import { couponLocator } from '../fields';
import {
	checkDiscount,
	couponOptions,
	couponOptionsBody,
	DISCOUNT_TYPES,
} from './create.operation';
import { findCoupon } from './find';

export const update: OperationDefinition = {
	value: 'update',
	name: 'Update',
	action: 'Update a coupon',
	description: 'Change a coupon: name, code, discount, dates or limits',
	endpoints: ['GET /payments/coupon/list', 'PUT /payments/coupon'],
	properties: [
		couponLocator,
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{ displayName: 'Code', name: 'code', type: 'string', default: '' },
				{
					displayName: 'Discount Type',
					name: 'discountType',
					type: 'options',
					options: DISCOUNT_TYPES,
					default: 'percentage',
				},
				{ displayName: 'Discount Value', name: 'discountValue', type: 'number', default: 10 },
				{ displayName: 'Name', name: 'name', type: 'string', default: '' },
				{ displayName: 'Start Date', name: 'startDate', type: 'dateTime', default: '' },
				...couponOptions,
			],
		},
	],
	run: async (p, api) => {
		const fields = p.collection('updateFields');
		if (!Object.keys(fields).length)
			p.fail('Nothing to update', 'Add at least one field under "Update Fields".');
		// PUT replaces the coupon: every required field comes from the coupon, changed where the user says.
		const current = await findCoupon(p, api);
		const body: IDataObject = {
			...pick(current, [
				'name',
				'code',
				'discountType',
				'discountValue',
				'startDate',
				'endDate',
				'usageLimit',
				'applyToFuturePayments',
			]),
			...altOf(p),
			id: String(current._id),
			...(fields.name ? { name: fields.name } : {}),
			...(fields.code ? { code: fields.code } : {}),
			...(fields.discountType ? { discountType: fields.discountType } : {}),
			...(fields.discountValue !== undefined
				? { discountValue: Number(fields.discountValue) }
				: {}),
			...(fields.startDate ? { startDate: p.isoDate(fields.startDate, 'Start Date') } : {}),
			...couponOptionsBody(p, fields),
		};
		checkDiscount(p, String(body.discountType), Number(body.discountValue));
		return await api.request({ method: 'PUT', path: '/payments/coupon', body });
	},
};
