import type { IDataObject } from 'n8n-workflow';

import { addPaidOrder, coupons } from '../fake/handlers/payments';
import { prices, products } from '../fake/handlers/products';
import { useGhl } from '../harness/ghl';

const rl = (value: string) => ({ __rl: true, mode: 'id', value });

describe('GoHighLevel Payments and Products', () => {
	const ghl = useGhl();
	const location = () => ghl.fake.store.location('loc_main')!;
	const run = (type: string, parameters: IDataObject, items: object[] = [{}]) =>
		ghl.harness.runNode({ type, parameters, credentialId: ghl.pit }, items);
	const payments = (parameters: IDataObject, items?: object[]) =>
		run('goHighLevelPayments', parameters, items);
	const catalog = (parameters: IDataObject, items?: object[]) =>
		run('goHighLevelProducts', parameters, items);

	test('orders: filtered list (altId only, as the spec has it), get, fulfil with tracking', async () => {
		const order = addPaidOrder(
			location(),
			{ id: 'c_ada', name: 'Ada Lovelace', email: 'ada@example.com' },
			149,
		);
		addPaidOrder(location(), { id: 'c_alan', name: 'Alan Turing', email: 'alan@example.com' }, 20);
		const listed = await payments({
			resource: 'order',
			operation: 'getMany',
			returnAll: true,
			filters: { contactId: 'c_ada', paymentStatus: 'paid' },
		});
		expect(ghl.fake.requests[0].query).toEqual({
			altId: 'loc_main',
			contactId: 'c_ada',
			paymentStatus: 'paid',
			limit: '100',
			offset: '0',
		});
		expect(listed.items.map((i) => i.json._id)).toEqual([order._id]);

		const got = await payments({ resource: 'order', operation: 'get', orderId: rl(order._id) });
		expect(got.items[0].json).toMatchObject({ _id: order._id, amount: 149, status: 'completed' });

		const fulfilled = await payments({
			resource: 'order',
			operation: 'fulfill',
			orderId: rl(order._id),
			items: { item: [{ priceId: 'price_whitening', qty: 1 }] },
			trackingNumber: '1Z999',
			shippingCarrier: 'UPS',
			notifyCustomer: true,
		});
		expect(fulfilled.error).toBeUndefined();
		expect(
			ghl.fake.requestsTo('POST', `/payments/orders/${order._id}/fulfillments`)[0].body,
		).toEqual({
			altId: 'loc_main',
			altType: 'location',
			trackings: [{ trackingNumber: '1Z999', shippingCarrier: 'UPS' }],
			items: [{ priceId: 'price_whitening', qty: 1 }],
			notifyCustomer: true,
		});
		const wrong = await payments({
			resource: 'order',
			operation: 'fulfill',
			orderId: rl(order._id),
			items: { item: [{ priceId: 'price_other', qty: 1 }] },
		});
		expect(wrong.error?.message).toContain('Price price_other is not part of this order');
		const list = await payments({
			resource: 'order',
			operation: 'getFulfillments',
			orderId: rl(order._id),
		});
		expect(list.items.map((i) => (i.json.trackings as IDataObject[])[0].trackingNumber)).toEqual([
			'1Z999',
		]);

		const txs = await payments({
			resource: 'transaction',
			operation: 'getMany',
			returnAll: true,
			filters: { contactId: 'c_ada' },
		});
		expect(txs.items.map((i) => i.json.entityId)).toEqual([order._id]);
	});

	test('coupons: create checks the discount first, get looks the code up, update keeps the other fields, delete', async () => {
		coupons(location()).clear();
		const bad = await payments({
			resource: 'coupon',
			operation: 'create',
			name: 'Too much',
			code: 'ALL',
			discountType: 'percentage',
			discountValue: 150,
		});
		expect(bad.error?.message).toBe('"Discount Value" cannot be more than 100 for a percentage');
		const created = await payments({
			resource: 'coupon',
			operation: 'create',
			name: 'Spring',
			code: 'SPRING20',
			discountType: 'percentage',
			discountValue: 20,
			startDate: '2027-03-01T00:00:00Z',
			options: { usageLimit: 50 },
		});
		expect(ghl.fake.requests[0].body).toEqual({
			altId: 'loc_main',
			altType: 'location',
			name: 'Spring',
			code: 'SPRING20',
			discountType: 'percentage',
			discountValue: 20,
			startDate: '2027-03-01T00:00:00.000Z',
			usageLimit: 50,
		});
		const id = String(created.items[0].json._id);
		ghl.expectNoViolations(); // resetLog() forgets them
		ghl.fake.resetLog();
		const got = await payments({ resource: 'coupon', operation: 'get', couponId: rl(id) });
		expect(ghl.fake.requestsTo('GET', '/payments/coupon')[0].query).toEqual({
			altId: 'loc_main',
			altType: 'location',
			id,
			code: 'SPRING20',
		});
		expect(got.items[0].json).toMatchObject({ code: 'SPRING20', usageLimit: 50 });
		const updated = await payments({
			resource: 'coupon',
			operation: 'update',
			couponId: rl(id),
			updateFields: { discountValue: 25 },
		});
		expect(ghl.fake.requestsTo('PUT', '/payments/coupon')[0].body).toMatchObject({
			id,
			name: 'Spring',
			code: 'SPRING20',
			discountType: 'percentage',
			discountValue: 25,
			startDate: '2027-03-01T00:00:00.000Z',
		});
		expect(updated.items[0].json.discountValue).toBe(25);
		const deleted = await payments({ resource: 'coupon', operation: 'delete', couponId: rl(id) });
		expect(deleted.items[0].json).toEqual({ id, deleted: true });
	});

	test('products and prices: create, update through a full PUT, stock update and bulk availability in one request each', async () => {
		products(location()).clear();
		prices(location()).clear();
		const product = await catalog({
			resource: 'product',
			operation: 'create',
			name: 'Whitening kit',
			productType: 'PHYSICAL',
			options: { description: 'At-home kit', collectionIds: 'col_a, col_b' },
		});
		expect(ghl.fake.requests[0].body).toEqual({
			name: 'Whitening kit',
			locationId: 'loc_main',
			productType: 'PHYSICAL',
			description: 'At-home kit',
			collectionIds: ['col_a', 'col_b'],
		});
		const productId = String(product.items[0].json._id);
		const price = await catalog({
			resource: 'price',
			operation: 'create',
			productId: rl(productId),
			name: 'Monthly refills',
			type: 'recurring',
			amount: 19.99,
			currency: 'usd',
			interval: 'month',
			intervalCount: 1,
			options: { sku: 'WK-1' },
		});
		expect(ghl.fake.requestsTo('POST', `/products/${productId}/price`)[0].body).toEqual({
			name: 'Monthly refills',
			type: 'recurring',
			currency: 'USD',
			amount: 19.99,
			locationId: 'loc_main',
			sku: 'WK-1',
			recurring: { interval: 'month', intervalCount: 1 },
		});
		const priceId = String(price.items[0].json._id);

		const renamed = await catalog({
			resource: 'product',
			operation: 'update',
			productId: rl(productId),
			updateFields: { name: 'Whitening kit (deluxe)' },
		});
		expect(ghl.fake.requestsTo('PUT', `/products/${productId}`)[0].body).toMatchObject({
			name: 'Whitening kit (deluxe)',
			productType: 'PHYSICAL',
			description: 'At-home kit',
			locationId: 'loc_main',
		});
		expect(renamed.items[0].json.name).toBe('Whitening kit (deluxe)');

		const repriced = await catalog({
			resource: 'price',
			operation: 'update',
			productId: rl(productId),
			priceId: rl(priceId),
			updateFields: { amount: 24.99 },
		});
		expect(repriced.items[0].json).toMatchObject({
			amount: 24.99,
			name: 'Monthly refills',
			type: 'recurring',
		});

		ghl.expectNoViolations(); // resetLog() forgets them
		ghl.fake.resetLog();
		const stock = await catalog(
			{
				resource: 'inventory',
				operation: 'update',
				priceId: '={{ $json.price }}',
				availableQuantity: '={{ $json.qty }}',
			},
			[{ price: priceId, qty: 12 }],
		);
		expect(stock.items.map((i) => i.json)).toEqual([
			{ priceId, availableQuantity: 12, updated: true },
		]);
		expect(ghl.fake.requests[0].body).toEqual({
			altId: 'loc_main',
			altType: 'location',
			items: [{ priceId, availableQuantity: 12, allowOutOfStockPurchases: false }],
		});
		const inventory = await catalog({
			resource: 'inventory',
			operation: 'getMany',
			returnAll: true,
		});
		expect(inventory.items.map((i) => [i.json.productName, i.json.availableQuantity])).toEqual([
			['Whitening kit (deluxe)', 12],
		]);

		const second = await catalog({
			resource: 'product',
			operation: 'create',
			name: 'Floss',
			productType: 'PHYSICAL',
		});
		ghl.expectNoViolations(); // resetLog() forgets them
		ghl.fake.resetLog();
		const ids = [productId, String(second.items[0].json._id)];
		const bulk = await catalog(
			{
				resource: 'product',
				operation: 'bulkUpdate',
				productId: rl('={{ $json.id }}'),
				change: 'bulk-update-availability',
				availableInStore: false,
			},
			ids.map((id) => ({ id })),
		);
		expect(bulk.items.map((i) => i.json.updated)).toEqual([true, true]);
		expect(ghl.fake.requests.map((r) => r.body)).toEqual([
			{
				altId: 'loc_main',
				altType: 'location',
				type: 'bulk-update-availability',
				availability: false,
				productIds: ids,
			},
		]);
		expect(ids.map((id) => products(location()).get(id)!.availableInStore)).toEqual([false, false]);
	});
});
