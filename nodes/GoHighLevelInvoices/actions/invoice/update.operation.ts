import type { IDataObject } from 'n8n-workflow';

import { altOf, pick, ymd } from '../../../shared/altLocation';
import type { OperationDefinition } from '../../../shared/operations/types';
import { invoiceLocator, lineItemsBody, lineItemsProperty, termsNotesOption } from '../fields';

/** What PUT /invoices/{id} accepts besides the required fields; copied from the current invoice. */
const KEPT = [
	'title',
	'description',
	'businessDetails',
	'contactDetails',
	'termsNotes',
	'discount',
	'liveMode',
	'invoiceNumberPrefix',
];

export const update: OperationDefinition = {
	value: 'update',
	name: 'Update',
	action: 'Update an invoice',
	description: 'Change a draft invoice: name, dates, notes or its line items (replaced as a whole)',
	endpoints: ['GET /invoices/{invoiceId}', 'PUT /invoices/{invoiceId}'],
	properties: [
		invoiceLocator,
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{ displayName: 'Due Date', name: 'dueDate', type: 'dateTime', default: '' },
				{ displayName: 'Invoice Name', name: 'name', type: 'string', default: '' },
				{ displayName: 'Issue Date', name: 'issueDate', type: 'dateTime', default: '' },
				termsNotesOption,
				{ displayName: 'Title', name: 'title', type: 'string', default: '' },
			],
		},
		{
			displayName: 'Replace Line Items',
			name: 'replaceLineItems',
			type: 'boolean',
			default: false,
			description: 'Whether to replace every line item with the Line Items below',
		},
		{ ...lineItemsProperty, displayOptions: { show: { replaceLineItems: [true] } } },
	],
	run: async (p, api) => {
		const invoiceId = p.id('invoiceId');
		const fields = p.collection('updateFields');
		if (!Object.keys(fields).length && !p.boolean('replaceLineItems'))
			p.fail('Nothing to update', 'Add at least one field under "Update Fields".');
		// PUT replaces the invoice, and GHL requires name, currency, items and dates: they come from the invoice itself.
		const current = await api.request({
			method: 'GET',
			path: `/invoices/${invoiceId}`,
			qs: altOf(p),
		});
		const currency = String(current.currency ?? 'USD');
		const items = p.boolean('replaceLineItems')
			? lineItemsBody(p, currency)
			: (current.invoiceItems as IDataObject[]);
		const body: IDataObject = {
			...pick(current, KEPT),
			...altOf(p),
			name: String(fields.name || current.name),
			currency,
			invoiceItems: items,
			issueDate: fields.issueDate
				? ymd(p, fields.issueDate, 'Issue Date')
				: String(current.issueDate).slice(0, 10),
			dueDate: fields.dueDate
				? ymd(p, fields.dueDate, 'Due Date')
				: String(current.dueDate).slice(0, 10),
		};
		if (fields.title) body.title = fields.title;
		if (fields.termsNotes) body.termsNotes = fields.termsNotes;
		return await api.request({ method: 'PUT', path: `/invoices/${invoiceId}`, body });
	},
};
