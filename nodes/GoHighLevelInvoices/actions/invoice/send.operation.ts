import type { IDataObject } from 'n8n-workflow';

import { altOf } from '../../../shared/altLocation';
import { userProperty } from '../../../shared/descriptions';
import { compact } from '../../../shared/operations/params';
import type { OperationDefinition } from '../../../shared/operations/types';
import { invoiceLocator } from '../fields';

export const SEND_CHANNELS = [
	{ name: 'Email', value: 'email' },
	{ name: 'SMS', value: 'sms' },
	{ name: 'Email and SMS', value: 'sms_and_email' },
	{ name: 'Mark as Sent (Send Manually)', value: 'send_manually' },
];

export const send: OperationDefinition = {
	value: 'send',
	name: 'Send',
	action: 'Send an invoice',
	description: 'Send an invoice to its contact by email and/or SMS, with a payment link',
	endpoints: ['POST /invoices/{invoiceId}/send'],
	properties: [
		invoiceLocator,
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
				'The GHL user the invoice is sent as. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		}),
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				{ displayName: 'From Name', name: 'fromName', type: 'string', default: '' },
				{
					displayName: 'From Email',
					name: 'fromEmail',
					type: 'string',
					placeholder: 'name@email.com',
					default: '',
				},
				{
					displayName: 'Test Mode',
					name: 'testMode',
					type: 'boolean',
					default: false,
					description: 'Whether the invoice is a test-mode invoice',
				},
			],
		},
	],
	request: (p) => {
		const options = p.collection('options');
		const sentFrom = compact({
			fromName: options.fromName as string | undefined,
			fromEmail: options.fromEmail ? p.email(options.fromEmail, 'From Email') : undefined,
		});
		const body: IDataObject = {
			...altOf(p),
			userId: p.string('userId'),
			action: p.string('action'),
			liveMode: !options.testMode,
			...(Object.keys(sentFrom).length ? { sentFrom } : {}),
		};
		return { method: 'POST', path: `/invoices/${p.id('invoiceId')}/send`, body };
	},
};
