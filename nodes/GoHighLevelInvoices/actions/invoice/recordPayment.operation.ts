import type { IDataObject } from 'n8n-workflow';

import { altOf } from '../../../shared/altLocation';
import type { OperationDefinition } from '../../../shared/operations/types';
import { invoiceLocator } from '../fields';

export const PAYMENT_MODES = [
	{ name: 'Cash', value: 'cash' },
	{ name: 'Card', value: 'card' },
	{ name: 'Cheque', value: 'cheque' },
	{ name: 'Bank Transfer', value: 'bank_transfer' },
	{ name: 'Other', value: 'other' },
];

export const recordPayment: OperationDefinition = {
	value: 'recordPayment',
	name: 'Record Payment',
	action: 'Record a manual payment for an invoice',
	description: 'Record a payment received outside GHL (cash, cheque, bank transfer, ...)',
	endpoints: ['POST /invoices/{invoiceId}/record-payment'],
	properties: [
		invoiceLocator,
		{
			displayName: 'Payment Mode',
			name: 'mode',
			type: 'options',
			options: PAYMENT_MODES,
			default: 'cash',
		},
		{
			displayName: 'Amount',
			name: 'amount',
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 2 },
			default: 0,
			description: 'Amount received; 0 records the full amount due',
		},
		{ displayName: 'Notes', name: 'notes', type: 'string', default: '' },
		{
			displayName: 'Card Brand',
			name: 'cardBrand',
			type: 'string',
			default: '',
			displayOptions: { show: { mode: ['card'] } },
		},
		{
			displayName: 'Card Last 4 Digits',
			name: 'cardLast4',
			type: 'string',
			default: '',
			displayOptions: { show: { mode: ['card'] } },
		},
		{
			displayName: 'Cheque Number',
			name: 'chequeNumber',
			type: 'string',
			default: '',
			displayOptions: { show: { mode: ['cheque'] } },
		},
	],
	request: (p) => {
		const mode = p.string('mode');
		const amount = p.number('amount', 0);
		if (amount < 0) p.fail('"Amount" must be 0 or more');
		const last4 = p.optionalString('cardLast4') ?? '';
		if (mode === 'card' && last4 && !/^\d{4}$/.test(last4))
			p.fail(`"Card Last 4 Digits" must be four digits: "${last4}"`);
		// The spec requires card, cheque and notes on every payment, whatever the mode.
		const body: IDataObject = {
			...altOf(p),
			mode,
			card: { brand: p.optionalString('cardBrand') ?? '', last4 },
			cheque: { number: p.optionalString('chequeNumber') ?? '' },
			notes: p.optionalString('notes') ?? '',
			...(amount > 0 ? { amount } : {}),
		};
		return { method: 'POST', path: `/invoices/${p.id('invoiceId')}/record-payment`, body };
	},
};
