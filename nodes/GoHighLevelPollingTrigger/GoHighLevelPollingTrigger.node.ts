import type {
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { credentialsFor } from '../shared/operations/describe';
import { pollingTriggerProperties } from './description';
import { pollingTriggerMethods } from './methods';
import { pollTrigger } from './trigger';

export class GoHighLevelPollingTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'GoHighLevel Polling Trigger',
		name: 'goHighLevelPollingTrigger',
		icon: { light: 'file:gohighlevel.svg', dark: 'file:gohighlevel.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["event"]}}',
		description:
			'Starts the workflow on new or changed contacts, opportunities, appointments and tasks in GoHighLevel, by polling: no webhook setup needed',
		defaults: { name: 'GoHighLevel Polling Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: credentialsFor,
		properties: pollingTriggerProperties,
	};

	methods = pollingTriggerMethods;

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		return await pollTrigger.call(this);
	}
}
