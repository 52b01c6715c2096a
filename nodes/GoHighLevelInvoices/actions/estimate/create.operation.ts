import type { IDataObject } from 'n8n-workflow';

import { altOf, ymd } from '../../../shared/altLocation';
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
	action: 'Create an estimate',
	description: 'Create a draft estimate (quote) for a contact, with line items',
	endpoints: ['GET /contacts/{contactId}', 'POST /invoices/estimate'],
	properties: [
		billedContact,
		{ displayName: 'Estimate Name', name: 'name', type: 'string', default: '', required: true },
		currencyProperty,
		lineItemsProperty,
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				{ displayName: 'Expiry Date', name: 'expiryDate', type: 'dateTime', default: '' },
				{ displayName: 'Title', name: 'title', type: 'string', default: '' },
				termsNotesOption,
				{
					displayName: 'Test Mode',
					name: 'testMode',
					type: 'boolean',
					default: false,
					description: 'Whether the estimate is in test mode',
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
		const contactDetails = await contactDetailsOf(p, api);
		const body: IDataObject = {
			...altOf(p),
			name,
			businessDetails: businessDetailsBody(options),
			currency,
			items,
			liveMode: !options.testMode,
			discount: discountBody(options),
			contactDetails,
			issueDate: ymd(p, new Date().toISOString(), 'Issue Date'),
			// A one-off estimate: GHL requires the recurrence settings, switched off.
			frequencySettings: { enabled: false, schedule: {} },
			...(options.expiryDate ? { expiryDate: ymd(p, options.expiryDate, 'Expiry Date') } : {}),
			...(options.title ? { title: options.title } : {}),
			...(options.termsNotes ? { termsNotes: options.termsNotes } : {}),
		};
		return await api.request({ method: 'POST', path: '/invoices/estimate', body });
	},
};
