import { altOf } from '../../../shared/altLocation';
import type { OperationDefinition } from '../../../shared/operations/types';
import { scheduleLocator } from '../fields';

export const remove: OperationDefinition = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete an invoice schedule',
	description: 'Delete an invoice schedule',
	endpoints: ['DELETE /invoices/schedule/{scheduleId}'],
	properties: [scheduleLocator],
	request: (p) => ({
		method: 'DELETE',
		path: `/invoices/schedule/${p.id('scheduleId')}`,
		qs: altOf(p),
	}),
	output: (body, p) => ({ id: p.id('scheduleId'), deleted: body.success !== false }),
};
