import { altOf } from '../../../shared/altLocation';
import type { OperationDefinition } from '../../../shared/operations/types';
import { invoiceLocator } from '../fields';

export const remove: OperationDefinition = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete an invoice',
	description: 'Delete an invoice',
	endpoints: ['DELETE /invoices/{invoiceId}'],
	properties: [invoiceLocator],
	request: (p) => ({ method: 'DELETE', path: `/invoices/${p.id('invoiceId')}`, qs: altOf(p) }),
};
