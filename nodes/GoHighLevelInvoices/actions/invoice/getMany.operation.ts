import { altOf } from '../../../shared/altLocation';
import { contactLocator } from '../../../shared/descriptions';
import { compact } from '../../../shared/operations/params';
import type { OperationDefinition } from '../../../shared/operations/types';

export const INVOICE_STATUSES = [
	{ name: 'Draft', value: 'draft' },
	{ name: 'Sent', value: 'sent' },
	{ name: 'Payment Processing', value: 'payment_processing' },
	{ name: 'Partially Paid', value: 'partially_paid' },
	{ name: 'Paid', value: 'paid' },
	{ name: 'Void', value: 'void' },
];

export const getMany: OperationDefinition = {
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many invoices',
	description: 'List the invoices of the sub-account, newest first, optionally filtered',
	endpoints: ['GET /invoices/'],
	properties: [
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Status',
					name: 'status',
					type: 'options',
					options: INVOICE_STATUSES,
					default: 'sent',
				},
				contactLocator('contactId', 'Contact', {
					required: false,
					default: { mode: 'id', value: '' },
				}),
				{
					displayName: 'Search',
					name: 'search',
					type: 'string',
					default: '',
					description: 'Text in the invoice name or number',
				},
				{ displayName: 'Issued After', name: 'startAt', type: 'dateTime', default: '' },
				{ displayName: 'Issued Before', name: 'endAt', type: 'dateTime', default: '' },
			],
		},
	],
	list: {
		style: 'skip',
		pageParam: 'offset',
		sizeParam: 'limit',
		records: 'invoices',
		total: 'total',
		maxPageSize: 100,
	},
	request: (p) => {
		const filters = p.collection('filters');
		const contact = filters.contactId as { value?: string } | string | undefined;
		const contactId = typeof contact === 'object' ? contact?.value : contact;
		return {
			method: 'GET',
			path: '/invoices/',
			qs: compact({
				...altOf(p),
				status: filters.status as string | undefined,
				contactId: contactId ? String(contactId).trim() : undefined,
				search: filters.search as string | undefined,
				startAt: filters.startAt
					? p.isoDate(filters.startAt, 'Issued After').slice(0, 10)
					: undefined,
				endAt: filters.endAt ? p.isoDate(filters.endAt, 'Issued Before').slice(0, 10) : undefined,
				sortField: 'issueDate',
				sortOrder: 'descend',
			}),
		};
	},
};
