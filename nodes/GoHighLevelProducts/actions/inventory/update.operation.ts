import { altOf } from '../../../shared/altLocation';
import type { OperationDefinition } from '../../../shared/operations/types';

/** Stock lines per request: GHL documents no maximum; 100 keeps each request modest. */
const MAX_ITEMS_PER_REQUEST = 100;

export const update: OperationDefinition = {
	value: 'update',
	name: 'Update',
	action: 'Update stock levels',
	description: 'Set the available quantity of a price for every input item, 100 prices per request',
	endpoints: ['POST /products/inventory'],
	properties: [
		{
			displayName: 'Price ID',
			name: 'priceId',
			type: 'string',
			default: '',
			required: true,
			description: 'The price (variant) whose stock is set',
		},
		{
			displayName: 'Available Quantity',
			name: 'availableQuantity',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 0,
		},
		{
			displayName: 'Allow Out-of-Stock Purchases',
			name: 'allowOutOfStockPurchases',
			type: 'boolean',
			default: false,
			description: 'Whether customers can still buy at zero stock',
		},
	],
	batch: {
		maxItems: MAX_ITEMS_PER_REQUEST,
		groupKey: (p) => {
			p.string('priceId');
			const qty = p.number('availableQuantity', 0);
			if (!Number.isInteger(qty) || qty < 0)
				p.fail('"Available Quantity" must be a whole number of 0 or more');
			return p.locationId();
		},
		request: (batch) => ({
			method: 'POST',
			path: '/products/inventory',
			body: {
				...altOf(batch[0]),
				items: batch.map((p) => ({
					priceId: p.string('priceId'),
					availableQuantity: p.number('availableQuantity', 0),
					allowOutOfStockPurchases: p.boolean('allowOutOfStockPurchases'),
				})),
			},
		}),
		output: (body, batch) =>
			batch.map((p) => ({
				priceId: p.string('priceId'),
				availableQuantity: p.number('availableQuantity', 0),
				updated: body.status !== false,
			})),
	},
};
