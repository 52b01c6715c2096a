import type { IDataObject } from 'n8n-workflow';

import { altOf } from '../../../shared/altLocation';
import type { OperationApi } from '../../../shared/operations/api';
import type { Params } from '../../../shared/operations/params';

/**
 * GET /payments/coupon wants both the coupon's id and its code, and PUT wants every field: the coupon is first
 * looked up in the sub-account's list by its id.
 */
export async function findCoupon(p: Params, api: OperationApi): Promise<IDataObject> {
	const couponId = p.id('couponId');
	for (let offset = 0; ; offset += 100) {
		const body = await api.request({
			method: 'GET',
			path: '/payments/coupon/list',
			qs: { ...altOf(p), limit: 100, offset },
		});
		const page = (body.data as IDataObject[] | undefined) ?? [];
		const coupon = page.find((c) => c._id === couponId);
		if (coupon) return coupon;
		if (page.length < 100) return p.fail(`Coupon "${couponId}" was not found in this sub-account`);
	}
}
