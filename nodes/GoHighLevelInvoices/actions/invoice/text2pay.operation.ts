import type { IDataObject } from 'n8n-workflow';

import { altOf, ymd } from '../../../shared/altLocation';
import { userProperty } from '../../../shared/descriptions';
import type { OperationDefinition } from '../../../shared/operations/types';
import {
	billedContact,
	contactDetailsOf,
	currencyProperty,
	lineItemsBody,
	lineItemsProperty,
} from '../fields';

export const text2pay: OperationDefinition = {
	value: 'text2pay',
	name: 'Text2Pay',
	action: 'Create and text a payment link',
	description:
		'Create an invoice and text its payment link to the contact in one step (or keep it as a draft)',
	endpoints: ['GET /contacts/{contactId}', 'POST /invoices/text2pay'],
	properties: [
		billedContact,
		{ displayName: 'Invoice Name', name: 'name', type: 'string', default: '', required: true },
		currencyProperty,
		lineItemsProperty,
		userProperty('userId', 'Sent By (User) Name or ID', {
			required: true,
			description:
				'The GHL user the text is sent as. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		}),
		{
			displayName: 'Send Now',
			name: 'sendNow',
			type: 'boolean',
			default: true,
			description: 'Whether to text the link right away; off keeps the invoice as a draft',
		},
		{ displayName: 'Due Date', name: 'dueDate', type: 'dateTime', default: '' },
		{
			displayName: 'Test Mode',
			name: 'testMode',
			type: 'boolean',
			default: false,
			description: 'Whether to create the invoice in test mode',
		},
	],
	run: async (p, api) => {
		const currency = p.string('currency').toUpperCase();
		const items = lineItemsBody(p, currency)!;
		const name = p.string('name');
		const userId = p.string('userId');
		const contactDetails = await contactDetailsOf(p, api);
		if (!contactDetails.phoneNo && p.boolean('sendNow', true)) {
			p.fail(
				'The contact has no phone number to text the payment link to',
				'Add a phone number to the contact, or use Invoice → Send by email.',
			);
		}
		const body: IDataObject = {
			...altOf(p),
			name,
			currency,
			items,
			contactDetails,
			issueDate: ymd(p, new Date().toISOString(), 'Issue Date'),
			...(p.raw('dueDate', '') ? { dueDate: ymd(p, p.raw('dueDate'), 'Due Date') } : {}),
			sentTo: {
				email: contactDetails.email ? [contactDetails.email] : [],
				phoneNo: contactDetails.phoneNo ? [contactDetails.phoneNo] : [],
			},
			liveMode: !p.boolean('testMode'),
			action: p.boolean('sendNow', true) ? 'send' : 'draft',
			userId,
		};
		return await api.request({ method: 'POST', path: '/invoices/text2pay', body });
	},
};
