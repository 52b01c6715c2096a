import type { OperationDefinition } from '../../../shared/operations/types';
import { PRODUCT_TYPES, productFields } from '../fields';
import { productFieldsBody } from './body';

export const create: OperationDefinition = {
	value: 'create',
	name: 'Create',
	action: 'Create a product',
	description: 'Create a product (add its prices with Price → Create)',
	endpoints: ['POST /products/'],
	properties: [
		{ displayName: 'Name', name: 'name', type: 'string', default: '', required: true },
		{
			displayName: 'Product Type',
			name: 'productType',
			type: 'options',
			options: PRODUCT_TYPES,
			default: 'DIGITAL',
		},
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: productFields,
		},
	],
	request: (p) => ({
		method: 'POST',
		path: '/products/',
		body: {
			name: p.string('name'),
			locationId: p.locationId(),
			productType: p.string('productType'),
			...productFieldsBody(p.collection('options')),
		},
	}),
};
