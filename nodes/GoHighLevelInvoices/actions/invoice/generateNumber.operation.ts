import { altOf } from '../../../shared/altLocation';
import type { OperationDefinition } from '../../../shared/operations/types';

export const generateNumber: OperationDefinition = {
	value: 'generateNumber',
	name: 'Generate Next Number',
	action: 'Generate the next invoice number',
	description: 'Get the next free invoice number of the sub-account',
	endpoints: ['GET /invoices/generate-invoice-number'],
	request: (p) => ({ method: 'GET', path: '/invoices/generate-invoice-number', qs: altOf(p) }),
};
