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
import { formResource } from './actions/form/Form.resource';
import { surveyResource } from './actions/survey/Survey.resource';
import { triggerLinkResource } from './actions/triggerLink/TriggerLink.resource';
import { searchForms, searchSurveys, searchTriggerLinks } from './methods/listSearch';

export const resources = [formResource, surveyResource, triggerLinkResource];

export class GoHighLevelForms implements INodeType {
	description: INodeTypeDescription = {
		...actionNodeBase,
		displayName: 'GoHighLevel Forms, Surveys & Links',
		name: 'goHighLevelForms',
		icon: { light: 'file:gohighlevel.svg', dark: 'file:gohighlevel.dark.svg' },
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		usableAsTool: true,
		description: 'Read GoHighLevel form and survey submissions, and manage trigger links',
		defaults: { name: 'GoHighLevel Forms, Surveys & Links' },
		properties: nodeProperties(resources),
	};

	methods = {
		listSearch: { ...sharedListSearch, searchForms, searchSurveys, searchTriggerLinks },
		loadOptions: sharedLoadOptions,
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeOperations.call(this, resources);
	}
}
