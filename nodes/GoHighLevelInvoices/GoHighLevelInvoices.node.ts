import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';

import { sharedListSearch, sharedLoadOptions } from '../shared/methods/pickers';
import { actionNodeBase } from '../shared/node';
import { nodeProperties } from '../shared/operations/describe';
import { executeOperations } from '../shared/operations/execute';
import { estimateResource } from './actions/estimate/Estimate.resource';
import { invoiceResource } from './actions/invoice/Invoice.resource';
import { invoiceScheduleResource } from './actions/invoiceSchedule/InvoiceSchedule.resource';
import { invoiceTemplateResource } from './actions/invoiceTemplate/InvoiceTemplate.resource';
import {
	searchEstimates,
	searchInvoices,
	searchInvoiceSchedules,
	searchInvoiceTemplates,
} from './methods';

export const resources = [
	invoiceResource,
	estimateResource,
	invoiceScheduleResource,
	invoiceTemplateResource,
];

export class GoHighLevelInvoices implements INodeType {
	description: INodeTypeDescription = {
		...actionNodeBase,
		displayName: 'GoHighLevel Invoices',
		name: 'goHighLevelInvoices',
		icon: { light: 'file:gohighlevel.svg', dark: 'file:gohighlevel.dark.svg' },
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		usableAsTool: true,
		description:
			'Create, send and collect GoHighLevel invoices, estimates, recurring invoice schedules and templates',
		defaults: { name: 'GoHighLevel Invoices' },
		properties: nodeProperties(resources),
	};

	methods = {
		listSearch: {
			...sharedListSearch,
			searchInvoices,
			searchInvoiceTemplates,
			searchInvoiceSchedules,
			searchEstimates,
		},
		loadOptions: { ...sharedLoadOptions },
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeOperations.call(this, resources);
	}
}
