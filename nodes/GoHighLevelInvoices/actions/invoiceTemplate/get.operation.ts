import { altOf } from '../../../shared/altLocation';
import type { OperationDefinition } from '../../../shared/operations/types';
import { templateLocator } from '../fields';

export const get: OperationDefinition = {
	value: 'get',
	name: 'Get',
	action: 'Get an invoice template',
	description: 'Get an invoice template',
	endpoints: ['GET /invoices/template/{templateId}'],
	properties: [templateLocator],
	request: (p) => ({
		method: 'GET',
		path: `/invoices/template/${p.id('templateId')}`,
		qs: altOf(p),
	}),
};
