import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { contactLocator, recordLocator } from '../../shared/descriptions';
import type { OperationApi } from '../../shared/operations/api';
import type { Params } from '../../shared/operations/params';

/** Parameters the invoice, schedule, template and estimate operations share. */

export const invoiceLocator = recordLocator('invoiceId', 'Invoice', 'searchInvoices', {
	placeholder: '6578278e879ad2646715ba9c',
});
export const templateLocator = recordLocator(
	'templateId',
	'Invoice Template',
	'searchInvoiceTemplates',
	{ placeholder: '6578278e879ad2646715ba9c' },
);
export const scheduleLocator = recordLocator(
	'scheduleId',
	'Invoice Schedule',
	'searchInvoiceSchedules',
	{ placeholder: '6578278e879ad2646715ba9c' },
);
export const estimateLocator = recordLocator('estimateId', 'Estimate', 'searchEstimates', {
	placeholder: '6578278e879ad2646715ba9c',
});
export const billedContact = contactLocator('contactId', 'Contact', {
	description: 'Who the document is for: name, email and phone are taken from the contact',
});

export const currencyProperty: INodeProperties = {
	displayName: 'Currency',
	name: 'currency',
	type: 'string',
	default: 'USD',
	required: true,
	description: 'Three-letter ISO currency code, e.g. USD, EUR, GBP',
};

export const lineItemsProperty: INodeProperties = {
	displayName: 'Line Items',
	name: 'lineItems',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Line Item',
	default: {},
	required: true,
	options: [
		{
			displayName: 'Item',
			name: 'item',
			values: [
				{ displayName: 'Description', name: 'description', type: 'string', default: '' },
				{ displayName: 'Name', name: 'name', type: 'string', default: '', required: true },
				{
					displayName: 'Price ID',
					name: 'priceId',
					type: 'string',
					default: '',
					description: 'The price of that product, if any',
				},
				{
					displayName: 'Product ID',
					name: 'productId',
					type: 'string',
					default: '',
					description: 'The GHL product this line sells, if any',
				},
				{
					displayName: 'Quantity',
					name: 'qty',
					type: 'number',
					typeOptions: { minValue: 0 },
					default: 1,
				},
				{
					displayName: 'Unit Price',
					name: 'amount',
					type: 'number',
					typeOptions: { minValue: 0, numberPrecision: 2 },
					default: 0,
					description: 'Price of one unit, in the currency of the document',
				},
			],
		},
	],
};

/** The Line Items fixed collection as GHL's item array, each checked before any request. */
export function lineItemsBody(
	p: Params,
	currency: string,
	required = true,
): IDataObject[] | undefined {
	const rows = ((p.collection('lineItems').item as IDataObject[] | undefined) ?? []).filter(
		(row) => Object.keys(row).length,
	);
	if (!rows.length) {
		if (!required) return undefined;
		p.fail(
			'"Line Items" needs at least one item',
			'Add a line item with a name, a unit price and a quantity.',
		);
	}
	return rows.map((row, index) => {
		const label = `Line item ${index + 1}`;
		const name = String(row.name ?? '').trim();
		if (!name) p.fail(`"${label}: Name" is required`);
		const amount = Number(row.amount ?? 0);
		if (!Number.isFinite(amount) || amount < 0)
			p.fail(`"${label}: Unit Price" must be a number of 0 or more`);
		const qty = Number(row.qty ?? 1);
		if (!Number.isFinite(qty) || qty <= 0) p.fail(`"${label}: Quantity" must be more than 0`);
		const item: IDataObject = { name, currency, amount, qty };
		for (const key of ['description', 'productId', 'priceId']) {
			const value = String(row[key] ?? '').trim();
			if (value) item[key] = value;
		}
		return item;
	});
}

/** Terms and notes printed on invoices, estimates, schedules and templates alike. */
export const termsNotesOption: INodeProperties = {
	displayName: 'Terms and Notes',
	name: 'termsNotes',
	type: 'string',
	typeOptions: { rows: 3 },
	default: '',
};

export const discountOptions: INodeProperties[] = [
	{
		displayName: 'Discount Type',
		name: 'discountType',
		type: 'options',
		options: [
			{ name: 'Percentage', value: 'percentage' },
			{ name: 'Fixed Amount', value: 'fixed' },
		],
		default: 'percentage',
	},
	{
		displayName: 'Discount Value',
		name: 'discountValue',
		type: 'number',
		default: 0,
		description: 'Percent or amount off the total',
	},
];

/** GHL requires a discount object on invoices and estimates: zero percent when none is given. */
export function discountBody(options: IDataObject): IDataObject {
	return {
		type: (options.discountType as string) || 'percentage',
		value: Number(options.discountValue ?? 0),
	};
}

/** What GHL wants to know about the billed contact (`contactDetails`), read from the contact itself. */
export async function contactDetailsOf(p: Params, api: OperationApi): Promise<IDataObject> {
	const contactId = p.id('contactId');
	const body = await api.request({ method: 'GET', path: `/contacts/${contactId}` });
	const contact = (body.contact ?? {}) as IDataObject;
	const name =
		String(contact.contactName ?? '').trim() ||
		[contact.firstName, contact.lastName].filter(Boolean).join(' ') ||
		String(contact.email ?? contactId);
	return {
		id: contactId,
		name,
		email: String(contact.email ?? ''),
		phoneNo: String(contact.phone ?? ''),
		...(contact.companyName ? { companyName: String(contact.companyName) } : {}),
	};
}

export const businessOptions: INodeProperties[] = [
	{
		displayName: 'Business Name',
		name: 'businessName',
		type: 'string',
		default: '',
		description:
			"Shown as the sender on the document; GHL uses the sub-account's business profile when empty",
	},
];

export function businessDetailsBody(options: IDataObject): IDataObject {
	return options.businessName ? { name: String(options.businessName) } : {};
}
