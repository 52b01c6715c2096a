import { altOf } from '../../../shared/altLocation';
import type { OperationDefinition } from '../../../shared/operations/types';
import { couponLocator } from '../fields';
import { findCoupon } from './find';

export const get: OperationDefinition = {
	value: 'get',
	name: 'Get',
	action: 'Get a coupon',
	description: 'Get a coupon with its usage count and status',
	endpoints: ['GET /payments/coupon/list', 'GET /payments/coupon'],
	properties: [couponLocator],
	run: async (p, api) => {
		const coupon = await findCoupon(p, api);
		return await api.request({
			method: 'GET',
			path: '/payments/coupon',
			qs: { ...altOf(p), id: String(coupon._id), code: String(coupon.code) },
		});
	},
};
