import { FakeHttpError } from '../errors';
import { altLocation, answer, missing, nowIso, paged } from '../conform';
import type { FakeContext, FakeHandler } from '../server';
import { newId, type LocationState } from '../store';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Rec = Record<string, any>;

export const products = (l: LocationState) => l.collection<Rec>('products');
export const prices = (l: LocationState) => l.collection<Rec>('prices');
export const productCollections = (l: LocationState) => l.collection<Rec>('productCollections');

function productOf(ctx: FakeContext): { location: LocationState; product: Rec } {
	const location = altLocation(ctx);
	const product = products(location).get(ctx.req.params.productId);
	if (!product) missing('Product');
	return { location, product };
}

function priceOf(ctx: FakeContext): { location: LocationState; price: Rec } {
	const { location, product } = productOf(ctx);
	const price = prices(location).get(ctx.req.params.priceId);
	if (!price || price.product !== product._id) missing('Price');
	return { location, price };
}

export const handlers: Record<string, FakeHandler> = {
	'create-product': (ctx) => {
		const location = altLocation(ctx);
		const product = { _id: newId(), ...ctx.req.body, createdAt: nowIso(), updatedAt: nowIso() };
		products(location).set(product._id, product);
		return answer(ctx, product);
	},
	'get-product-by-id': (ctx) => answer(ctx, productOf(ctx).product),
	// GET /products/ is listed as operationId "list-invoices" in the spec, like GET /invoices/: invoices.ts routes it here.
};

export function listProducts(ctx: FakeContext) {
	const q = ctx.req.query;
	const all = [...products(altLocation(ctx)).values()]
		.filter(
			(p) => !q.search || String(p.name).toLowerCase().includes(String(q.search).toLowerCase()),
		)
		.filter(
			(p) =>
				!q.collectionIds ||
				String(q.collectionIds)
					.split(',')
					.some((c) => (p.collectionIds ?? []).includes(c)),
		)
		.filter(
			(p) =>
				q.availableInStore === undefined ||
				String(Boolean(p.availableInStore)) === String(q.availableInStore),
		);
	return answer(ctx, { products: paged(ctx, all), total: [{ total: all.length }] });
}

const more: Record<string, FakeHandler> = {
	'update-product-by-id': (ctx) => {
		const { product } = productOf(ctx);
		Object.assign(product, ctx.req.body, { updatedAt: nowIso() });
		return answer(ctx, product);
	},
	'delete-product-by-id': (ctx) => {
		const { location, product } = productOf(ctx);
		products(location).delete(product._id);
		for (const [id, price] of prices(location))
			if (price.product === product._id) prices(location).delete(id);
		return answer(ctx, { status: true });
	},
	bulkUpdate: (ctx) => {
		const location = altLocation(ctx);
		const body = ctx.req.body;
		for (const id of body.productIds)
			if (!products(location).has(id)) throw new FakeHttpError(400, `Product ${id} not found`);
		for (const id of body.productIds) {
			const product = products(location).get(id)!;
			if (body.type === 'bulk-delete-products') products(location).delete(id);
			if (body.type === 'bulk-update-availability') product.availableInStore = body.availability;
			if (body.type === 'bulk-update-product-collection')
				product.collectionIds = [
					...new Set([...(product.collectionIds ?? []), ...body.collectionIds]),
				];
			if (body.type === 'bulk-update-price') {
				for (const price of prices(location).values()) {
					if (price.product !== id) continue;
					const { type, value } = body.price;
					price.amount =
						type === 'SET_NEW_PRICE'
							? value
							: type === 'INCREASE_BY_AMOUNT'
								? price.amount + value
								: type === 'REDUCE_BY_AMOUNT'
									? price.amount - value
									: type === 'INCREASE_BY_PERCENTAGE'
										? price.amount * (1 + value / 100)
										: price.amount * (1 - value / 100);
				}
			}
		}
		return answer(ctx, { status: true, message: `${body.productIds.length} products updated` });
	},

	'create-price-for-product': (ctx) => {
		const { location, product } = productOf(ctx);
		const price = {
			_id: newId(),
			...ctx.req.body,
			product: product._id,
			createdAt: nowIso(),
			updatedAt: nowIso(),
		};
		prices(location).set(price._id, price);
		return answer(ctx, price);
	},
	'list-prices-for-product': (ctx) => {
		const { location, product } = productOf(ctx);
		const all = [...prices(location).values()].filter((p) => p.product === product._id);
		return answer(ctx, { prices: paged(ctx, all), total: all.length });
	},
	'get-price-by-id-for-product': (ctx) => answer(ctx, priceOf(ctx).price),
	'update-price-by-id-for-product': (ctx) => {
		const { price } = priceOf(ctx);
		Object.assign(price, ctx.req.body, { updatedAt: nowIso() });
		return answer(ctx, price);
	},
	'delete-price-by-id-for-product': (ctx) => {
		const { location, price } = priceOf(ctx);
		prices(location).delete(price._id);
		return answer(ctx, { status: true });
	},
	'get-list-inventory': (ctx) => {
		const location = altLocation(ctx);
		const all = [...prices(location).values()]
			.filter((p) => p.trackInventory)
			.map((p) => ({
				_id: p._id,
				name: p.name,
				availableQuantity: p.availableQuantity ?? 0,
				sku: p.sku ?? '',
				allowOutOfStockPurchases: Boolean(p.allowOutOfStockPurchases),
				product: p.product,
				productName: products(location).get(p.product)?.name,
				updatedAt: p.updatedAt,
			}))
			.filter(
				(p) =>
					!ctx.req.query.search ||
					JSON.stringify([p.name, p.sku, p.productName])
						.toLowerCase()
						.includes(String(ctx.req.query.search).toLowerCase()),
			);
		return answer(ctx, { inventory: paged(ctx, all), total: { total: all.length } });
	},
	'update-inventory': (ctx) => {
		const location = altLocation(ctx);
		for (const item of ctx.req.body.items)
			if (!prices(location).has(item.priceId))
				throw new FakeHttpError(400, `Price ${item.priceId} not found`);
		for (const item of ctx.req.body.items)
			Object.assign(prices(location).get(item.priceId)!, {
				...item,
				trackInventory: true,
				updatedAt: nowIso(),
			});
		return answer(ctx, { status: true, message: `${ctx.req.body.items.length} items updated` });
	},

	'create-product-collection': (ctx) => {
		const location = altLocation(ctx);
		if ([...productCollections(location).values()].some((c) => c.slug === ctx.req.body.slug))
			throw new FakeHttpError(400, 'Slug already exists');
		const collection = {
			_id: newId(),
			altId: location.id,
			name: ctx.req.body.name,
			slug: ctx.req.body.slug,
			image: ctx.req.body.image ?? '',
			seo: ctx.req.body.seo ?? {},
			createdAt: nowIso(),
		};
		productCollections(location).set(collection._id, collection);
		return answer(ctx, { data: collection });
	},
	'get-product-collection': (ctx) => {
		const all = [...productCollections(altLocation(ctx)).values()].filter(
			(c) => !ctx.req.query.name || c.name === ctx.req.query.name,
		);
		return answer(ctx, { data: paged(ctx, all), total: all.length });
	},
	'get-product-collection-id': (ctx) => {
		const collection = productCollections(altLocation(ctx)).get(ctx.req.params.collectionId);
		if (!collection) missing('Collection');
		return answer(ctx, { data: collection, status: true });
	},
	'update-product-collection': (ctx) => {
		const collection = productCollections(altLocation(ctx)).get(ctx.req.params.collectionId);
		if (!collection) missing('Collection');
		const { altId: _a, altType: _t, ...changes } = ctx.req.body;
		Object.assign(collection, changes);
		return answer(ctx, { status: true, message: 'Collection updated' });
	},
	'delete-product-collection': (ctx) => {
		const location = altLocation(ctx);
		if (!productCollections(location).delete(ctx.req.params.collectionId)) missing('Collection');
		return answer(ctx, { status: true, message: 'Collection deleted' });
	},
};
Object.assign(handlers, more);
