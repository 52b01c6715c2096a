import { Container } from '@n8n/di';
import {
	ExecutionLifecycleHooks,
	PollContext,
	TriggersAndPollers,
	WorkflowExecute,
} from 'n8n-core';
import type {
	IDataObject,
	INode,
	INodeExecutionData,
	IWorkflowExecuteAdditionalData,
	WorkflowActivateMode,
} from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { credentialTypeFor, type AuthenticationMethod } from '../../nodes/shared/transport/account';
import { packNodeTypes, type EngineHarness } from './engine';
import { TestNodeTypes } from './nodeTypes';
import { packageName } from './pack';

export interface PollNode {
	/** The pack's node name, e.g. 'goHighLevelPollingTrigger'. */
	type: string;
	parameters: IDataObject;
	/** Credential id added to the EngineHarness (its type follows the node's Authentication parameter). */
	credentialId: string;
}

export interface PollResult {
	/** What the poll emitted (n8n starts an execution with it), empty when it returned null. */
	items: IDataObject[];
	/** Whether the poll returned data at all (null means n8n starts nothing). */
	emitted: boolean;
}

const WORKFLOW_ID = 'wf-poll';
const NODE_NAME = 'Poll Trigger';

/**
 * Runs a polling node as an active n8n workflow does: n8n-core's PollContext (mode `trigger`) and
 * TriggersAndPollers.runPollFunction, on one Workflow object whose static data lives on between polls. The
 * static data is also kept as JSON, as n8n saves it in its database when a poll emits (never after a poll that
 * returned null); `restart()` drops the live Workflow, so the
 * next poll runs on a new one built from that JSON (a restart of n8n or a re-activation of the workflow).
 * `fetchTestEvent()` runs the node as the editor's "Fetch Test Event" does: WorkflowExecute in manual mode.
 */
export class PollHarness {
	private readonly nodeTypes = new TestNodeTypes();
	private saved: IDataObject = {};
	private workflow?: Workflow;
	/** How the live workflow was activated: 'activate' by the user, 'init' when n8n starts with it active. */
	private activation: WorkflowActivateMode = 'activate';
	private polls = 0;
	private executions = 0;

	constructor(
		private readonly engine: EngineHarness,
		private readonly pollNode: PollNode,
	) {
		for (const [name, make] of Object.entries(packNodeTypes)) {
			this.nodeTypes.register(`${packageName}.${name}`, make());
		}
	}

	/** The node's own static data as n8n last saved it (after the last poll that emitted). */
	get nodeState(): IDataObject {
		return (this.saved[`node:${NODE_NAME}`] as IDataObject | undefined) ?? {};
	}

	private node(): INode {
		const authentication = (this.pollNode.parameters.authentication ??
			'privateIntegrationToken') as AuthenticationMethod;
		return {
			id: 'poll-node',
			name: NODE_NAME,
			type: this.pollNode.type.includes('.')
				? this.pollNode.type
				: `${packageName}.${this.pollNode.type}`,
			typeVersion: 1,
			position: [0, 0],
			parameters: this.pollNode.parameters as INode['parameters'],
			credentials: {
				[credentialTypeFor(authentication)]: {
					id: this.pollNode.credentialId,
					name: this.pollNode.credentialId,
				},
			},
		};
	}

	private newWorkflow(active: boolean): Workflow {
		return new Workflow({
			id: WORKFLOW_ID,
			name: 'Polling workflow',
			nodes: [this.node()],
			connections: {},
			active,
			nodeTypes: this.nodeTypes,
			// A deep copy, as n8n reads it back from its database.
			staticData: JSON.parse(JSON.stringify(this.saved)) as IDataObject,
			settings: { executionOrder: 'v1' },
		});
	}

	/** One scheduled poll. */
	async poll(): Promise<PollResult> {
		this.workflow ??= this.newWorkflow(true);
		const activation = this.activation;
		const workflow = this.workflow;
		const node = workflow.getNode(NODE_NAME)!;
		const context = new PollContext(
			workflow,
			node,
			additionalData(this.engine),
			'trigger',
			activation,
		);
		this.polls++;
		const result = await Container.get(TriggersAndPollers).runPollFunction(workflow, node, context);
		// n8n saves the static data (as JSON: what survives a restart) only when the poll emits, in __emit; after
		// a poll that returned null the changes live on in this process's Workflow only.
		if (result !== null && (workflow.staticData as IDataObject).__dataChanged === true) {
			this.saved = JSON.parse(JSON.stringify(workflow.staticData)) as IDataObject;
			(workflow.staticData as IDataObject).__dataChanged = false;
		}
		const items = (result?.[0] ?? []).map((item: INodeExecutionData) => item.json);
		return { items, emitted: result !== null };
	}

	/** n8n restarts (or the workflow is deactivated and activated again): only the saved static data remains. */
	restart(): void {
		this.workflow = undefined;
		this.activation = 'init';
	}

	/** The editor's "Fetch Test Event": a manual execution that starts at the trigger, on the saved static data. */
	async fetchTestEvent(): Promise<{ items: IDataObject[]; error?: Error }> {
		const workflow = this.workflow ?? this.newWorkflow(false);
		const additional = additionalData(this.engine);
		const executionId = `manual-${++this.executions}`;
		additional.hooks = new ExecutionLifecycleHooks('manual', executionId, {
			id: WORKFLOW_ID,
			name: 'Polling workflow',
			nodes: workflow.nodes ? Object.values(workflow.nodes) : [],
			connections: {},
			active: false,
			settings: {},
			createdAt: new Date(),
			updatedAt: new Date(),
			isArchived: false,
			activeVersionId: null,
		} as never);
		const run = await new WorkflowExecute(additional, 'manual').run({
			workflow,
			startNode: workflow.getNode(NODE_NAME)!,
		});
		const output = run.data.resultData.runData[NODE_NAME]?.[0]?.data?.main?.[0] ?? [];
		return {
			items: output.map((item) => item.json),
			error: run.data.resultData.error ?? undefined,
		};
	}

	get pollCount(): number {
		return this.polls;
	}
}

/** What n8n gives a node besides its parameters; the same as EngineHarness's, with its credentials helper. */
function additionalData(engine: EngineHarness): IWorkflowExecuteAdditionalData {
	return {
		credentialsHelper: engine.credentials,
		executeWorkflow: async () => {
			throw new Error('Sub-workflows are not part of these tests');
		},
		getRunExecutionData: async () => undefined,
		getRuntimeCredential: async () => undefined,
		currentNodeExecutionIndex: 0,
		restApiUrl: 'http://localhost:5678/rest',
		instanceBaseUrl: 'http://localhost:5678',
		formBaseUrl: 'http://localhost:5678/form',
		formWaitingBaseUrl: 'http://localhost:5678/form-waiting',
		formTestBaseUrl: 'http://localhost:5678/form-test',
		webhookBaseUrl: 'http://localhost:5678/webhook',
		webhookWaitingBaseUrl: 'http://localhost:5678/webhook-waiting',
		webhookTestBaseUrl: 'http://localhost:5678/webhook-test',
		mcpBaseUrl: 'http://localhost:5678/mcp',
		mcpTestBaseUrl: 'http://localhost:5678/mcp-test',
		variables: {},
		logAiEvent: () => {},
		startRunnerTask: async () => {
			throw new Error('Code nodes are not part of these tests');
		},
	} as unknown as IWorkflowExecuteAdditionalData;
}
