import type {
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { triggerProperties } from './description';
import { receiveWebhook } from './receive';

export class GoHighLevelTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'GoHighLevel Trigger',
		name: 'goHighLevelTrigger',
		icon: { light: 'file:gohighlevel.svg', dark: 'file:gohighlevel.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{($parameter["events"] || []).join(", ")}}',
		description:
			'Starts the workflow when GoHighLevel sends an event (contacts, opportunities, appointments, messages, invoices and more) or a GHL workflow calls its webhook; checks GHL\'s signature',
		defaults: { name: 'GoHighLevel Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		webhooks: [
			{
				name: 'default',
				httpMethod: 'POST',
				// Answer as soon as the workflow starts: GHL does not retry on 5xx and needs a fast 200.
				responseMode: 'onReceived',
				// Empty, not unset: unset, n8n answers with the text "firstEntryJson"; empty, with the node's webhookResponse.
				responseData: '',
				path: 'webhook',
			},
		],
		properties: triggerProperties,
	};

	// GHL has no API to subscribe a URL: the user pastes it into the marketplace app or a GHL workflow action.
	// So activation registers nothing remotely; the replay memory stays in static data across re-activations.
	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return false;
			},
			async create(this: IHookFunctions): Promise<boolean> {
				return true;
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await receiveWebhook.call(this);
	}
}
