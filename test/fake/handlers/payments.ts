import { FakeHttpError } from '../errors';
import { altLocation, answer, missing, nowIso, paged } from '../conform';
import type { FakeContext, FakeHandler } from '../server';
import { newId, type LocationState } from '../store';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Rec = Record<string, any>;

export const orders = (l: LocationState) => l.collection<Rec>('orders');
export const fulfillments = (l: LocationState) => l.collection<Rec[]>('fulfillments');
export const transactions = (l: LocationState) => l.collection<Rec>('transactions');
export const subscriptions = (l: LocationState) => l.collection<Rec>('subscriptions');
export const coupons = (l: LocationState) => l.collection<Rec>('coupons');

/** A paid order with its transaction, as a funnel checkout leaves them. */
export function addPaidOrder(
	location: LocationState,
	contact: { id: string; name: string; email: string },
	amount: number,
	item = 'Whitening kit',
): Rec {
	const order = {
		_id: newId(),
		altId: location.id,
		altType: 'location',
		contactId: contact.id,
		contactName: contact.name,
		contactEmail: contact.email,
		currency: 'USD',
		amount,
		subtotal: amount,
		status: 'completed',
		paymentStatus: 'paid',
		liveMode: true,
		totalProducts: 1,
		sourceType: 'funnel',
		sourceName: 'Whitening offer',
		fulfillmentStatus: 'unfulfilled',
		items: [
			{
				_id: newId(),
				name: item,
				qty: 1,
				price: { _id: 'price_whitening', amount },
				product: { _id: 'prod_whitening', name: 'Whitening kit', productType: 'PHYSICAL' },
			},
		],
		createdAt: nowIso(),
		updatedAt: nowIso(),
	};
	orders(location).set(order._id, order);
	const transaction = {
		_id: newId(),
		altId: location.id,
		altType: 'location',
		contactId: contact.id,
		contactName: contact.name,
		contactEmail: contact.email,
		currency: 'USD',
		amount,
		status: 'succeeded',
		liveMode: true,
		entityType: 'order',
		entityId: order._id,
		entitySourceType: 'funnel',
		createdAt: nowIso(),
		updatedAt: nowIso(),
		fulfilledAt: nowIso(),
	};
	transactions(location).set(transaction._id, transaction);
	return order;
}

function filtered(ctx: FakeContext, records: Rec[]): Rec[] {
	const q = ctx.req.query;
	return records
		.filter((r) => !q.contactId || r.contactId === q.contactId)
		.filter((r) => !q.paymentStatus || r.paymentStatus === q.paymentStatus)
		.filter((r) => !q.status || r.status === q.status)
		.filter((r) => !q.subscriptionId || r.subscriptionId === q.subscriptionId)
		.filter(
			(r) =>
				!q.search ||
				JSON.stringify([r.contactName, r.contactEmail, r.name, r.code])
					.toLowerCase()
					.includes(String(q.search).toLowerCase()),
		)
		.sort((a, b) => String(b.createdAt).localeCompare(String(a.createdAt)));
}

function get(
	ctx: FakeContext,
	collection: (l: LocationState) => Map<string, Rec>,
	param: string,
	what: string,
): { location: LocationState; record: Rec } {
	const location = altLocation(ctx);
	const record = collection(location).get(ctx.req.params[param]);
	if (!record) missing(what);
	return { location, record };
}

function couponOf(ctx: FakeContext, id: string): { location: LocationState; coupon: Rec } {
	const location = altLocation(ctx);
	const coupon = coupons(location).get(id);
	if (!coupon) missing('Coupon');
	return { location, coupon };
}

export const handlers: Record<string, FakeHandler> = {
	'list-orders': (ctx) => {
		const all = filtered(ctx, [...orders(altLocation(ctx)).values()]);
		return answer(ctx, { data: paged(ctx, all), totalCount: all.length });
	},
	'get-order-by-id': (ctx) => answer(ctx, get(ctx, orders, 'orderId', 'Order').record),
	'list-order-fulfillment': (ctx) => {
		const { location, record } = get(ctx, orders, 'orderId', 'Order');
		return answer(ctx, { status: true, data: fulfillments(location).get(record._id) ?? [] });
	},
	'create-order-fulfillment': (ctx) => {
		const { location, record } = get(ctx, orders, 'orderId', 'Order');
		const known = new Set((record.items ?? []).map((i: Rec) => i.price?._id));
		for (const item of ctx.req.body.items)
			if (!known.has(item.priceId))
				throw new FakeHttpError(400, `Price ${item.priceId} is not part of this order`);
		const fulfillment = {
			_id: newId(),
			altId: location.id,
			altType: 'location',
			trackings: ctx.req.body.trackings,
			items: ctx.req.body.items.map((i: Rec) => ({
				_id: newId(),
				name: record.items.find((o: Rec) => o.price?._id === i.priceId)?.name,
				price: {
					_id: i.priceId,
					name: 'Default',
					type: 'one_time',
					currency: record.currency,
					amount: record.amount,
				},
				product: {
					_id: 'prod_whitening',
					name: 'Whitening kit',
					locationId: location.id,
					productType: 'PHYSICAL',
					createdAt: nowIso(),
					updatedAt: nowIso(),
				},
				qty: i.qty,
			})),
			createdAt: nowIso(),
			updatedAt: nowIso(),
		};
		fulfillments(location).set(record._id, [
			...(fulfillments(location).get(record._id) ?? []),
			fulfillment,
		]);
		record.fulfillmentStatus = 'fulfilled';
		return answer(ctx, { status: true, data: fulfillment }, 200);
	},
	'list-transactions': (ctx) => {
		const all = filtered(ctx, [...transactions(altLocation(ctx)).values()]);
		return answer(ctx, { data: paged(ctx, all), totalCount: all.length });
	},
	'get-transaction-by-id': (ctx) =>
		answer(ctx, get(ctx, transactions, 'transactionId', 'Transaction').record),
	'list-subscriptions': (ctx) => {
		const all = filtered(ctx, [...subscriptions(altLocation(ctx)).values()]);
		return answer(ctx, { data: paged(ctx, all), totalCount: all.length });
	},
	'get-subscription-by-id': (ctx) =>
		answer(ctx, get(ctx, subscriptions, 'subscriptionId', 'Subscription').record),

	'create-coupon': (ctx) => {
		const location = altLocation(ctx);
		const body = ctx.req.body;
		if ([...coupons(location).values()].some((c) => c.code === body.code))
			throw new FakeHttpError(400, `Coupon code ${body.code} already exists`);
		const coupon = {
			_id: newId(),
			usageCount: 0,
			...body,
			limitPerCustomer: body.limitPerCustomer ? 1 : 0,
			status: 'active',
			applyToFuturePayments: body.applyToFuturePayments ?? false,
			applyToFuturePaymentsConfig: { type: 'forever' },
			createdAt: nowIso(),
			updatedAt: nowIso(),
		};
		coupons(location).set(coupon._id, coupon);
		return answer(ctx, { ...coupon, traceId: newId() });
	},
	'list-coupons': (ctx) => {
		const q = ctx.req.query;
		const all = [...coupons(altLocation(ctx)).values()]
			.filter((c) => !q.status || c.status === q.status)
			.filter(
				(c) =>
					!q.search || `${c.name} ${c.code}`.toLowerCase().includes(String(q.search).toLowerCase()),
			);
		return answer(ctx, { data: paged(ctx, all), totalCount: all.length, traceId: newId() });
	},
	'get-coupon': (ctx) => {
		const { coupon } = couponOf(ctx, String(ctx.req.query.id));
		if (coupon.code !== ctx.req.query.code) throw new FakeHttpError(404, 'Coupon not found');
		return answer(ctx, { ...coupon, traceId: newId() });
	},
	'update-coupon': (ctx) => {
		const { coupon } = couponOf(ctx, ctx.req.body.id);
		const { id: _id, ...changes } = ctx.req.body;
		Object.assign(coupon, changes, {
			limitPerCustomer: changes.limitPerCustomer ? 1 : coupon.limitPerCustomer,
			updatedAt: nowIso(),
		});
		return answer(ctx, { ...coupon, traceId: newId() });
	},
	'delete-coupon': (ctx) => {
		const { location, coupon } = couponOf(ctx, ctx.req.body.id);
		coupons(location).delete(coupon._id);
		return answer(ctx, { success: true, traceId: newId() });
	},
};
