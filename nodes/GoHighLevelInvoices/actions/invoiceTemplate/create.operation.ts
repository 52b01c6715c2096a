import { altOf } from '../../../shared/altLocation';
import { compact } from '../../../shared/operations/params';
import type { OperationDefinition } from '../../../shared/operations/types';
import {
	businessDetailsBody,
	businessOptions,
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
	action: 'Create an invoice template',
	description: 'Create a reusable invoice template with line items',
	endpoints: ['POST /invoices/template'],
	properties: [
		{ displayName: 'Template Name', name: 'name', type: 'string', default: '', required: true },
		currencyProperty,
		lineItemsProperty,
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				{ displayName: 'Title', name: 'title', type: 'string', default: '' },
				termsNotesOption,
				...businessOptions,
				...discountOptions,
			],
		},
	],
	request: (p) => {
		const options = p.collection('options');
		const currency = p.string('currency').toUpperCase();
		return {
			method: 'POST',
			path: '/invoices/template',
			body: compact({
				...altOf(p),
				name: p.string('name'),
				currency,
				items: lineItemsBody(p, currency),
				businessDetails: businessDetailsBody(options),
				discount: discountBody(options),
				title: options.title as string | undefined,
				termsNotes: options.termsNotes as string | undefined,
			}),
		};
	},
};
