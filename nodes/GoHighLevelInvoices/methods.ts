import type { IDataObject } from 'n8n-workflow';

import { listPicker } from '../shared/methods/listPicker';

/** Pickers of the Invoices node: the sub-account's invoices, templates, schedules and estimates (first 100, searchable). */

const alt = (locationId: string, filter?: string): IDataObject => ({
	altId: locationId,
	altType: 'location',
	limit: 100,
	offset: 0,
	...(filter ? { search: filter } : {}),
});

const label = (r: IDataObject, ...details: unknown[]) => {
	const extra = details.filter((d) => d !== undefined && d !== null && d !== '').join(', ');
	return extra ? `${String(r.name ?? r._id)} (${extra})` : String(r.name ?? r._id);
};

export const searchInvoices = listPicker({
	request: (locationId, filter) => ({
		method: 'GET',
		path: '/invoices/',
		qs: alt(locationId, filter),
	}),
	records: 'invoices',
	label: (r) =>
		label(r, r.invoiceNumber !== undefined ? `#${r.invoiceNumber}` : undefined, r.status),
});

export const searchInvoiceTemplates = listPicker({
	request: (locationId, filter) => ({
		method: 'GET',
		path: '/invoices/template',
		qs: alt(locationId, filter),
	}),
	records: 'data',
	label: (r) => label(r, r.currency),
});

export const searchInvoiceSchedules = listPicker({
	request: (locationId, filter) => ({
		method: 'GET',
		path: '/invoices/schedule',
		qs: alt(locationId, filter),
	}),
	records: 'schedules',
	label: (r) => label(r, typeof r.status === 'string' ? r.status : undefined),
});

export const searchEstimates = listPicker({
	request: (locationId, filter) => ({
		method: 'GET',
		path: '/invoices/estimate/list',
		qs: alt(locationId, filter),
	}),
	records: 'estimates',
	label: (r) => label(r, r.estimateStatus ?? r.status),
});
