import { altOf } from '../../../shared/altLocation';
import { userProperty } from '../../../shared/descriptions';
import type { OperationDefinition } from '../../../shared/operations/types';
import { SEND_CHANNELS } from '../invoice/send.operation';
import { estimateLocator } from '../fields';

export const send: OperationDefinition = {
	value: 'send',
	name: 'Send',
	action: 'Send an estimate',
	description: 'Send an estimate to its contact by email and/or SMS',
	endpoints: ['POST /invoices/estimate/{estimateId}/send'],
	properties: [
		estimateLocator,
		{
			displayName: 'Send By',
			name: 'action',
			type: 'options',
			options: SEND_CHANNELS,
			default: 'email',
		},
		userProperty('userId', 'Sent By (User) Name or ID', {
			required: true,
			description:
				'The GHL user the estimate is sent as. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		}),
		{
			displayName: 'Test Mode',
			name: 'testMode',
			type: 'boolean',
			default: false,
			description: 'Whether the estimate is in test mode',
		},
	],
	request: (p) => ({
		method: 'POST',
		path: `/invoices/estimate/${p.id('estimateId')}/send`,
		body: {
			...altOf(p),
			action: p.string('action'),
			liveMode: !p.boolean('testMode'),
			userId: p.string('userId'),
		},
	}),
};
