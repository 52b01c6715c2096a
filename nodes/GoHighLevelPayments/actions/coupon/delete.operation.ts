import { altOf } from '../../../shared/altLocation';
import type { OperationDefinition } from '../../../shared/operations/types';
import { couponLocator } from '../fields';

export const remove: OperationDefinition = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a coupon',
	description: 'Delete a coupon',
	endpoints: ['DELETE /payments/coupon'],
	properties: [couponLocator],
	request: (p) => ({
		method: 'DELETE',
		path: '/payments/coupon',
		body: { ...altOf(p), id: p.id('couponId') },
	}),
	output: (body, p) => ({ id: p.id('couponId'), deleted: body.success !== false }),
};
