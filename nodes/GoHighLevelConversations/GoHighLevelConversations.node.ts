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
import { conversationResource } from './actions/conversation';
import { messageResource } from './actions/message';
import { searchConversations } from './methods';

export const resources = [messageResource, conversationResource];

export class GoHighLevelConversations implements INodeType {
	description: INodeTypeDescription = {
		...actionNodeBase,
		displayName: 'GoHighLevel Conversations',
		name: 'goHighLevelConversations',
		icon: { light: 'file:gohighlevel.svg', dark: 'file:gohighlevel.dark.svg' },
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		usableAsTool: true,
		description:
			'Send SMS, email and WhatsApp messages from GoHighLevel, read conversations, and record messages and calls from other channels',
		defaults: { name: 'GoHighLevel Conversations' },
		properties: nodeProperties(resources),
	};

	methods = {
		listSearch: { ...sharedListSearch, searchConversations },
		loadOptions: { ...sharedLoadOptions },
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeOperations.call(this, resources);
	}
}
