import type { IDataObject } from 'n8n-workflow';

import { pick } from '../../../shared/altLocation';
import type { OperationDefinition } from '../../../shared/operations/types';
import { PRODUCT_TYPES, productFields, productLocator } from '../fields';
import { productFieldsBody } from './body';

const KEPT = [
	'description',
	'image',
	'statementDescriptor',
	'availableInStore',
	'collectionIds',
	'isTaxesEnabled',
	'slug',
	'variants',
];

export const update: OperationDefinition = {
	value: 'update',
	name: 'Update',
	action: 'Update a product',
	description: 'Change a product; fields left out keep their values',
	endpoints: ['GET /products/{productId}', 'PUT /products/{productId}'],
	properties: [
		productLocator,
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{ displayName: 'Name', name: 'name', type: 'string', default: '' },
				{
					displayName: 'Product Type',
					name: 'productType',
					type: 'options',
					options: PRODUCT_TYPES,
					default: 'DIGITAL',
				},
				...productFields,
			],
		},
	],
	run: async (p, api) => {
		const productId = p.id('productId');
		const fields = p.collection('updateFields');
		if (!Object.keys(fields).length)
			p.fail('Nothing to update', 'Add at least one field under "Update Fields".');
		const locationId = p.locationId();
		// PUT replaces the product and requires name and type: unchanged fields come from the product itself.
		const current = await api.request({
			method: 'GET',
			path: `/products/${productId}`,
			qs: { locationId },
		});
		const body: IDataObject = {
			...pick(current, KEPT),
			name: current.name,
			productType: current.productType,
			...productFieldsBody(fields),
			locationId,
		};
		return await api.request({ method: 'PUT', path: `/products/${productId}`, body });
	},
};
