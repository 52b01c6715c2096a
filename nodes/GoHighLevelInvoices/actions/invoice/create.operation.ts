import type { IDataObject } from 'n8n-workflow';

import { altOf, ymd } from '../../../shared/altLocation';
import { compact } from '../../../shared/operations/params';
import type { OperationDefinition } from '../../../shared/operations/types';
import {
	billedContact,
	businessDetailsBody,
	businessOptions,
	contactDetailsOf,
	currencyProperty,
	discountBody,
	discountOptions,
	lineItemsBody,
	lineItemsProperty,
	termsNotesOption,
} from '../fields';

export const create: OperationDefinition = {
	value: 'create',
	name: 'Create',
	action: 'Create an invoice',
	description: 'Create a draft invoice for a contact, with line items',
	endpoints: ['GET /contacts/{contactId}', 'POST /invoices/'],
	properties: [
		billedContact,
		{
			displayName: 'Invoice Name',
			name: 'name',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. Implant consultation',
		},
		currencyProperty,
		lineItemsProperty,
		{
			displayName: 'Due Date',
			name: 'dueDate',
			type: 'dateTime',
			default: '',
			description: 'When payment is due; empty for due on receipt',
		},
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				{
					displayName: 'Invoice Number',
					name: 'invoiceNumber',
					type: 'string',
					default: '',
					description: 'Defaults to the next number of the sub-account',
				},
				{
					displayName: 'Issue Date',
					name: 'issueDate',
					type: 'dateTime',
					default: '',
					description: 'Defaults to today',
				},
				termsNotesOption,
				{
					displayName: 'Test Mode',
					name: 'testMode',
					type: 'boolean',
					default: false,
					description:
						'Whether to create the invoice in test mode (payments go to the test gateway)',
				},
				{
					displayName: 'Title',
					name: 'title',
					type: 'string',
					default: '',
					description: 'Heading shown on the invoice, e.g. INVOICE',
				},
				...businessOptions,
				...discountOptions,
			],
		},
	],
	run: async (p, api) => {
		const options = p.collection('options');
		const currency = p.string('currency').toUpperCase();
		const items = lineItemsBody(p, currency)!;
		const name = p.string('name');
		const dueDate = p.raw('dueDate', '') ? ymd(p, p.raw('dueDate'), 'Due Date') : undefined;
		const issueDate = ymd(p, options.issueDate || new Date().toISOString(), 'Issue Date');
		const contactDetails = await contactDetailsOf(p, api);
		const body: IDataObject = compact({
			...altOf(p),
			name,
			currency,
			items,
			contactDetails,
			businessDetails: businessDetailsBody(options),
			discount: discountBody(options),
			issueDate,
			dueDate,
			liveMode: !options.testMode,
			sentTo: {
				email: contactDetails.email ? [contactDetails.email] : [],
				...(contactDetails.phoneNo ? { phoneNo: [contactDetails.phoneNo] } : {}),
			},
			title: options.title as string | undefined,
			invoiceNumber: options.invoiceNumber as string | undefined,
			termsNotes: options.termsNotes as string | undefined,
		});
		return await api.request({ method: 'POST', path: '/invoices/', body });
	},
};
