import type { IDataObject } from 'n8n-workflow';

import { altOf, pick } from '../../../shared/altLocation';
import type { OperationDefinition } from '../../../shared/operations/types';
import { lineItemsBody, lineItemsProperty, templateLocator, termsNotesOption } from '../fields';

export const update: OperationDefinition = {
	value: 'update',
	name: 'Update',
	action: 'Update an invoice template',
	description: 'Rename a template, change its notes, or replace its line items',
	endpoints: ['GET /invoices/template/{templateId}', 'PUT /invoices/template/{templateId}'],
	properties: [
		templateLocator,
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{ displayName: 'Template Name', name: 'name', type: 'string', default: '' },
				{ displayName: 'Title', name: 'title', type: 'string', default: '' },
				termsNotesOption,
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
		const templateId = p.id('templateId');
		const fields = p.collection('updateFields');
		if (!Object.keys(fields).length && !p.boolean('replaceLineItems'))
			p.fail('Nothing to update', 'Add at least one field under "Update Fields".');
		// PUT replaces the template and requires its name, business details, currency and items: read them first.
		const current = await api.request({
			method: 'GET',
			path: `/invoices/template/${templateId}`,
			qs: altOf(p),
		});
		const currency = String(current.currency ?? 'USD');
		const body: IDataObject = {
			...pick(current, ['discount', 'title', 'termsNotes']),
			...altOf(p),
			name: String(fields.name || current.name),
			businessDetails: (current.businessDetails as IDataObject) ?? {},
			currency,
			items: p.boolean('replaceLineItems')
				? lineItemsBody(p, currency)
				: (current.items as IDataObject[]),
		};
		if (fields.title) body.title = fields.title;
		if (fields.termsNotes) body.termsNotes = fields.termsNotes;
		return await api.request({ method: 'PUT', path: `/invoices/template/${templateId}`, body });
	},
};
