import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';

import { getOpportunityCustomFieldColumns } from '../shared/customFields/locationFields';
import { sharedListSearch, sharedLoadOptions } from '../shared/methods/pickers';
import { actionNodeBase } from '../shared/node';
import { nodeProperties } from '../shared/operations/describe';
import { executeOperations } from '../shared/operations/execute';
import { opportunityResource } from './actions/opportunity';
import { lostReasonResource, pipelineResource } from './actions/pipeline';
import { getLostReasons, getStages, searchPipelines } from './methods';

export const resources = [opportunityResource, pipelineResource, lostReasonResource];

export class GoHighLevelOpportunities implements INodeType {
	description: INodeTypeDescription = {
		...actionNodeBase,
		displayName: 'GoHighLevel Opportunities',
		name: 'goHighLevelOpportunities',
		icon: { light: 'file:gohighlevel.svg', dark: 'file:gohighlevel.dark.svg' },
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		usableAsTool: true,
		description:
			'Move deals through pipelines in GoHighLevel: create, update, change stage by name, win or lose them',
		defaults: { name: 'GoHighLevel Opportunities' },
		properties: nodeProperties(resources),
	};

	methods = {
		listSearch: { ...sharedListSearch, searchPipelines },
		loadOptions: { ...sharedLoadOptions, getStages, getLostReasons },
		resourceMapping: { getOpportunityCustomFieldColumns },
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeOperations.call(this, resources);
	}
}
