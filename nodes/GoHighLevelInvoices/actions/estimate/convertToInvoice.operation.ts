import { altOf } from '../../../shared/altLocation';
import type { OperationDefinition } from '../../../shared/operations/types';
import { estimateLocator } from '../fields';

export const convertToInvoice: OperationDefinition = {
	value: 'convertToInvoice',
	name: 'Convert to Invoice',
	action: 'Convert an estimate to an invoice',
	description: 'Create an invoice from an accepted estimate',
	endpoints: ['POST /invoices/estimate/{estimateId}/invoice'],
	properties: [
		estimateLocator,
		{
			displayName: 'Mark as Invoiced',
			name: 'markAsInvoiced',
			type: 'boolean',
			default: true,
			description: 'Whether the estimate gets the status Invoiced',
		},
	],
	request: (p) => ({
		method: 'POST',
		path: `/invoices/estimate/${p.id('estimateId')}/invoice`,
		body: { ...altOf(p), markAsInvoiced: p.boolean('markAsInvoiced', true) },
	}),
};
