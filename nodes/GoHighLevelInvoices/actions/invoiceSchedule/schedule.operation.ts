import { altOf } from '../../../shared/altLocation';
import type { OperationDefinition } from '../../../shared/operations/types';
import { scheduleLocator } from '../fields';

export const schedule: OperationDefinition = {
	value: 'schedule',
	name: 'Schedule',
	action: 'Start an invoice schedule',
	description: 'Start sending the invoices of a schedule',
	endpoints: ['POST /invoices/schedule/{scheduleId}/schedule'],
	properties: [
		scheduleLocator,
		{
			displayName: 'Test Mode',
			name: 'testMode',
			type: 'boolean',
			default: false,
			description: 'Whether the invoices are test-mode invoices',
		},
	],
	request: (p) => ({
		method: 'POST',
		path: `/invoices/schedule/${p.id('scheduleId')}/schedule`,
		body: { ...altOf(p), liveMode: !p.boolean('testMode') },
	}),
};
