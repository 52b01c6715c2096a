import { altOf } from '../../../shared/altLocation';
import type { OperationDefinition } from '../../../shared/operations/types';
import { invoiceLocator } from '../fields';

export const get: OperationDefinition = {
	value: 'get',
	name: 'Get',
	action: 'Get an invoice',
	description: 'Get an invoice with its items, totals and status',
	endpoints: ['GET /invoices/{invoiceId}'],
	properties: [invoiceLocator],
	request: (p) => ({ method: 'GET', path: `/invoices/${p.id('invoiceId')}`, qs: altOf(p) }),
};
