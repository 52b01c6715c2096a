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

const INTERVALS = [
	{ name: 'Daily', value: 'daily' },
	{ name: 'Weekly', value: 'weekly' },
	{ name: 'Monthly', value: 'monthly' },
	{ name: 'Yearly', value: 'yearly' },
];

export const create: OperationDefinition = {
	value: 'create',
	name: 'Create',
	action: 'Create an invoice schedule',
	description: 'Create a recurring invoice for a contact (then use Schedule to start it)',
	endpoints: ['GET /contacts/{contactId}', 'POST /invoices/schedule'],
	properties: [
		{ displayName: 'Schedule Name', name: 'name', type: 'string', default: '', required: true },
		billedContact,
		currencyProperty,
		lineItemsProperty,
		{
			displayName: 'Repeat',
			name: 'intervalType',
			type: 'options',
			options: INTERVALS,
			default: 'monthly',
		},
		{
			displayName: 'Every',
			name: 'interval',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 1,
			description: 'E.g. 2 with Monthly invoices every other month.',
		},
		{ displayName: 'Start Date', name: 'startDate', type: 'dateTime', default: '', required: true },
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				{ displayName: 'End Date', name: 'endDate', type: 'dateTime', default: '' },
				{
					displayName: 'Number of Invoices',
					name: 'count',
					type: 'number',
					typeOptions: { minValue: 1 },
					default: 12,
					description: 'Stop after this many invoices',
				},
				termsNotesOption,
				{
					displayName: 'Test Mode',
					name: 'testMode',
					type: 'boolean',
					default: false,
					description: 'Whether the invoices are test-mode invoices',
				},
				{ displayName: 'Title', name: 'title', type: 'string', default: '' },
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
		const interval = p.number('interval', 1);
		if (!Number.isInteger(interval) || interval < 1)
			p.fail('"Every" must be a whole number of 1 or more');
		if (!p.raw('startDate', '')) p.fail('"Start Date" is required');
		const rrule: IDataObject = {
			intervalType: p.string('intervalType'),
			interval,
			startDate: ymd(p, p.raw('startDate'), 'Start Date'),
		};
		if (options.endDate) rrule.endDate = ymd(p, options.endDate, 'End Date');
		if (options.count) rrule.count = Number(options.count);
		const body: IDataObject = {
			...altOf(p),
			name,
			contactDetails: await contactDetailsOf(p, api),
			schedule: { rrule },
			liveMode: !options.testMode,
			businessDetails: businessDetailsBody(options),
			currency,
			items,
			discount: discountBody(options),
			...(options.title ? { title: options.title } : {}),
			...(options.termsNotes ? { termsNotes: options.termsNotes } : {}),
		};
		return await api.request({ method: 'POST', path: '/invoices/schedule', body });
	},
};
