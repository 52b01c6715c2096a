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
import { contactWorkflowResource, workflowResource } from './actions/workflow';
import { searchWorkflows } from './methods';

export const resources = [contactWorkflowResource, workflowResource];

export class GoHighLevelWorkflows implements INodeType {
	description: INodeTypeDescription = {
		...actionNodeBase,
		displayName: 'GoHighLevel Workflows',
		name: 'goHighLevelWorkflows',
		icon: { light: 'file:gohighlevel.svg', dark: 'file:gohighlevel.dark.svg' },
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		usableAsTool: true,
		description:
			'Start GoHighLevel automations: put contacts into workflows or take them out, or fire an inbound-webhook workflow',
		defaults: { name: 'GoHighLevel Workflows' },
		properties: nodeProperties(resources),
	};

	methods = {
		listSearch: { ...sharedListSearch, searchWorkflows },
		loadOptions: { ...sharedLoadOptions },
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeOperations.call(this, resources);
	}
}
