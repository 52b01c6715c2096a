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
import { customFieldResource } from './actions/customField';
import { customValueResource } from './actions/customValue';
import { installedLocationResource, subAccountResource } from './actions/subAccount';
import { tagResource } from './actions/tag';
import { templateResource } from './actions/template';
import { timezoneResource } from './actions/timezone';
import { userResource } from './actions/user';
import {
	getSnapshots,
	searchCustomFields,
	searchCustomValues,
	searchTags,
	searchTemplates,
} from './methods';

export const resources = [
	subAccountResource,
	installedLocationResource,
	customFieldResource,
	customValueResource,
	tagResource,
	templateResource,
	timezoneResource,
	userResource,
];

export class GoHighLevelSubAccounts implements INodeType {
	description: INodeTypeDescription = {
		...actionNodeBase,
		displayName: 'GoHighLevel Sub-Accounts',
		name: 'goHighLevelSubAccounts',
		icon: { light: 'file:gohighlevel.svg', dark: 'file:gohighlevel.dark.svg' },
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		usableAsTool: true,
		description:
			"Run an agency's GoHighLevel sub-accounts from one connection: create and update sub-accounts, their custom fields, custom values, tags, templates and users",
		defaults: { name: 'GoHighLevel Sub-Accounts' },
		properties: nodeProperties(resources),
	};

	methods = {
		listSearch: {
			...sharedListSearch,
			searchCustomFields,
			searchCustomValues,
			searchTags,
			searchTemplates,
		},
		loadOptions: { ...sharedLoadOptions, getSnapshots },
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeOperations.call(this, resources);
	}
}
