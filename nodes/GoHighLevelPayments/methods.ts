import type { IDataObject } from 'n8n-workflow';

import { listPicker } from '../shared/methods/listPicker';

/** Pickers of the Payments node: recent orders, transactions, subscriptions and the coupons of the sub-account. */

const money = (r: IDataObject) =>
	r.amount !== undefined ? `${r.amount} ${String(r.currency ?? '').toUpperCase()}`.trim() : '';
const when = (r: IDataObject) => String(r.createdAt ?? '').slice(0, 10);
const label = (...parts: unknown[]) =>
	parts.filter((x) => x !== undefined && x !== null && x !== '').join(' · ');

export const searchOrders = listPicker({
	request: (locationId, filter) => ({
		method: 'GET',
		path: '/payments/orders',
		qs: { altId: locationId, limit: 100, offset: 0, ...(filter ? { search: filter } : {}) },
	}),
	records: 'data',
	label: (r) => label(r.contactName ?? r.contactEmail, money(r), r.status, when(r)),
});

export const searchTransactions = listPicker({
	request: (locationId, filter) => ({
		method: 'GET',
		path: '/payments/transactions',
		qs: {
			altId: locationId,
			altType: 'location',
			limit: 100,
			offset: 0,
			...(filter ? { search: filter } : {}),
		},
	}),
	records: 'data',
	label: (r) =>
		label(
			r.contactName ?? r.contactEmail,
			money(r),
			typeof r.status === 'string' ? r.status : '',
			when(r),
		),
});

export const searchSubscriptions = listPicker({
	request: (locationId, filter) => ({
		method: 'GET',
		path: '/payments/subscriptions',
		qs: {
			altId: locationId,
			altType: 'location',
			limit: 100,
			offset: 0,
			...(filter ? { search: filter } : {}),
		},
	}),
	records: 'data',
	label: (r) => label(r.contactName ?? r.contactEmail, money(r), r.entitySourceName, when(r)),
});

export const searchCoupons = listPicker({
	request: (locationId, filter) => ({
		method: 'GET',
		path: '/payments/coupon/list',
		qs: {
			altId: locationId,
			altType: 'location',
			limit: 100,
			offset: 0,
			...(filter ? { search: filter } : {}),
		},
	}),
	records: 'data',
	label: (r) => label(r.code, r.name, r.status),
});
