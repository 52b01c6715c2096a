import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { listPicker } from '../shared/methods/listPicker';

/** Pickers of the Products node: products, the prices of the chosen product, and collections. */

export const searchProducts = listPicker({
	request: (locationId, filter) => ({
		method: 'GET',
		path: '/products/',
		qs: { locationId, limit: 100, offset: 0, ...(filter ? { search: filter } : {}) },
	}),
	records: 'products',
	label: (r) => `${String(r.name)} (${String(r.productType ?? '').toLowerCase()})`,
});

export const searchCollections = listPicker({
	request: (locationId) => ({
		method: 'GET',
		path: '/products/collections',
		qs: { altId: locationId, altType: 'location', limit: 100, offset: 0 },
	}),
	records: 'data',
	label: (r) => String(r.name ?? r._id),
});

export async function searchPrices(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	let productId: unknown;
	try {
		productId = this.getCurrentNodeParameter('productId', { extractValue: true });
	} catch {
		productId = undefined;
	}
	if (typeof productId !== 'string' || !productId.trim()) {
		throw new NodeOperationError(this.getNode(), 'Choose a Product first', {
			description: 'The list shows the prices of the product chosen above.',
		});
	}
	const picker = listPicker({
		request: (locationId) => ({
			method: 'GET',
			path: `/products/${productId.trim()}/price`,
			qs: { locationId, limit: 100, offset: 0 },
		}),
		records: 'prices',
		label: (r: IDataObject) =>
			`${String(r.name)} · ${String(r.amount)} ${String(r.currency ?? '').toUpperCase()}${r.type === 'recurring' ? ' (recurring)' : ''}`,
	});
	return await picker.call(this, filter);
}
