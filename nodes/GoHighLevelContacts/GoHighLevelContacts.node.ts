import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';

import { getContactCustomFieldColumns } from '../shared/customFields/locationFields';
import { sharedListSearch, sharedLoadOptions } from '../shared/methods/pickers';
import { actionNodeBase } from '../shared/node';
import { nodeProperties } from '../shared/operations/describe';
import { executeOperations } from '../shared/operations/execute';
import { contactResource } from './actions/contact';
import { noteResource } from './actions/note';
import { taskResource } from './actions/task';

export const resources = [contactResource, noteResource, taskResource];

export class GoHighLevelContacts implements INodeType {
	description: INodeTypeDescription = {
		...actionNodeBase,
		displayName: 'GoHighLevel Contacts',
		name: 'goHighLevelContacts',
		icon: { light: 'file:gohighlevel.svg', dark: 'file:gohighlevel.dark.svg' },
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		usableAsTool: true,
		description:
			'Create, find and update contacts in GoHighLevel, with their tags, notes, tasks and followers',
		defaults: { name: 'GoHighLevel Contacts' },
		properties: nodeProperties(resources),
	};

	methods = {
		listSearch: sharedListSearch,
		loadOptions: sharedLoadOptions,
		resourceMapping: { getContactCustomFieldColumns },
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeOperations.call(this, resources);
	}
}
