import { altOf } from '../../../shared/altLocation';
import type { OperationDefinition } from '../../../shared/operations/types';
import { templateLocator } from '../fields';

export const remove: OperationDefinition = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete an invoice template',
	description: 'Delete an invoice template',
	endpoints: ['DELETE /invoices/template/{templateId}'],
	properties: [templateLocator],
	request: (p) => ({
		method: 'DELETE',
		path: `/invoices/template/${p.id('templateId')}`,
		qs: altOf(p),
	}),
	output: (body, p) => ({ id: p.id('templateId'), deleted: body.success !== false }),
};
