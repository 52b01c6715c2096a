import type {
	IExecuteFunctions,
	IHookFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { triggerProperties } from './description';
import { receiveWebhook, replayScope } from './receive';
import { persistMemory, webhookIdOf, type ReplayState } from './replay';

export class GoHighLevelTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'GoHighLevel Trigger',
		name: 'goHighLevelTrigger',
		icon: { light: 'file:gohighlevel.svg', dark: 'file:gohighlevel.dark.svg' },
		group: ['trigger'],
		// Version 2 behaves exactly as version 1; it exists for speed. For a webhook node of typeVersion 1, n8n
		// evaluates `$parameter["options"]["binaryData"]` on every request (parseRequestBody), which in n8n 2.x needs
		// an isolated-vm isolate: tens of ms of CPU per event. With N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE=true, version 2
		// needs no isolate before the run and keeps up with n8n's Webhook node (bench/README.md, section 4).
		// Saved workflows keep version 1; new nodes get 2.
		version: [1, 2],
		defaultVersion: 2,
		subtitle: '={{($parameter["events"] || []).join(", ")}}',
		description:
			"Starts the workflow when GoHighLevel sends an event (contacts, opportunities, appointments, messages, invoices and more) or a GHL workflow calls its webhook; checks GHL's signature",
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
	// So activation registers nothing remotely.
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

	/**
	 * Runs first in the execution a delivery started (n8n calls a start node's execute when it has one) and passes
	 * the event on. It writes the replay memory into the node's static data here because n8n saves an execution's
	 * changed static data when the execution ends, while after the webhook method it saves only the first change.
	 */
	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = this.getInputData();
		if (this.getMode() !== 'manual' && items.some((item) => webhookIdOf(item.json) !== undefined)) {
			persistMemory(
				replayScope(this),
				this.getWorkflowStaticData('node') as ReplayState,
				Date.now(),
			);
		}
		return [items];
	}
}
