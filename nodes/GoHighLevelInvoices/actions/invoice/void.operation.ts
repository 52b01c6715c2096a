import { altOf } from '../../../shared/altLocation';
import type { OperationDefinition } from '../../../shared/operations/types';
import { invoiceLocator } from '../fields';

export const voidInvoice: OperationDefinition = {
	value: 'void',
	name: 'Void',
	action: 'Void an invoice',
	description: 'Void an invoice so it can no longer be paid',
	endpoints: ['POST /invoices/{invoiceId}/void'],
	properties: [invoiceLocator],
	request: (p) => ({ method: 'POST', path: `/invoices/${p.id('invoiceId')}/void`, body: altOf(p) }),
};
