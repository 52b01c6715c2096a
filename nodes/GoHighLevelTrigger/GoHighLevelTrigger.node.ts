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

import { DEFAULT_REPLAY_WINDOW_MINUTES, triggerProperties } from './description';
import { receiveWebhook, replayScope } from './receive';
import {
	claimExecution,
	claimInSharedStore,
	persistMemory,
	timestampMillis,
	webhookIdOf,
	type ReplayState,
} from './replay';

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
	 * And it records the webhookId here, in this process and in n8n's deduplication store shared by all n8n
	 * processes: a copy another process (or a restart that lost the static data) let through ends here without
	 * items. Only for production webhook executions: a manual run or a retry passes its items on as they are.
	 */
	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = this.getInputData();
		const ids = items.map((item) => webhookIdOf(item.json));
		if (this.getMode() !== 'webhook' || ids.every((id) => id === undefined)) return [items];
		const now = Date.now();
		const scope = replayScope(this);
		const forgotten = persistMemory(scope, this.getWorkflowStaticData('node') as ReplayState, now);
		const windowMs =
			(this.getNodeParameter(
				'options.replayWindowMinutes',
				0,
				DEFAULT_REPLAY_WINDOW_MINUTES,
			) as number) * 60_000;
		const here = ids.map(
			(id, index) =>
				id !== undefined &&
				claimExecution(
					scope,
					id,
					Math.max(now, timestampMillis(items[index].json.timestamp) ?? now) + windowMs,
					now,
				),
		);
		const unseen = await claimInSharedStore(
			this,
			ids.filter((id, index): id is string => id !== undefined && here[index]),
			forgotten,
		);
		return [
			items.filter(
				(_, index) => ids[index] === undefined || (here[index] && unseen.has(ids[index]!)),
			),
		];
	}
}
