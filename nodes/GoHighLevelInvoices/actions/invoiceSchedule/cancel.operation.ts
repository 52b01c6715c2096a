import { altOf } from '../../../shared/altLocation';
import type { OperationDefinition } from '../../../shared/operations/types';
import { scheduleLocator } from '../fields';

export const cancel: OperationDefinition = {
	value: 'cancel',
	name: 'Cancel',
	action: 'Cancel an invoice schedule',
	description: 'Stop a schedule: no further invoices are sent',
	endpoints: ['POST /invoices/schedule/{scheduleId}/cancel'],
	properties: [scheduleLocator],
	request: (p) => ({
		method: 'POST',
		path: `/invoices/schedule/${p.id('scheduleId')}/cancel`,
		body: altOf(p),
	}),
};
