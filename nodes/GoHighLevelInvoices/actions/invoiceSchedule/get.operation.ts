import { altOf } from '../../../shared/altLocation';
import type { OperationDefinition } from '../../../shared/operations/types';
import { scheduleLocator } from '../fields';

export const get: OperationDefinition = {
	value: 'get',
	name: 'Get',
	action: 'Get an invoice schedule',
	description: 'Get an invoice schedule with the invoices it produced',
	endpoints: ['GET /invoices/schedule/{scheduleId}'],
	properties: [scheduleLocator],
	request: (p) => ({
		method: 'GET',
		path: `/invoices/schedule/${p.id('scheduleId')}`,
		qs: altOf(p),
	}),
};
