import type {
	IConnections,
	IDataObject,
	INode,
	INodeExecutionData,
	INodeType,
	IRun,
	IWorkflowExecuteAdditionalData,
	WorkflowExecuteMode,
} from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';
import { ExecutionLifecycleHooks, WorkflowExecute } from 'n8n-core';

import { TestCredentialsHelper, type StoredCredential } from './credentials';
import { TestItems, TestNodeTypes } from './nodeTypes';
import { packageName, packNodeModules } from './pack';

/** Every node type of the pack by its short name (the `name` of its description), found in nodes/. */
export const packNodeTypes: Record<string, () => INodeType> = Object.fromEntries(
	packNodeModules().flatMap(({ nodeClass }) => {
		const name = new nodeClass().description.name;
		return [[name, () => new nodeClass()]];
	}),
);

export interface NodeRun {
	/** The node's output items (first output), or undefined when it did not run. */
	items: INodeExecutionData[];
	/** All outputs of the node. */
	outputs: INodeExecutionData[][];
	/** The error the execution stopped with, if any. */
	error?: Error & { description?: string; httpCode?: string; context?: IDataObject };
	run: IRun;
}

export interface HarnessNode {
	/** The pack's node name (e.g. 'goHighLevelContacts') or a full type name. */
	type: string;
	name?: string;
	parameters: IDataObject;
	/** Credential id to use (as added with harness.addCredential); its type comes from `authentication`. */
	credentialId?: string;
	continueOnFail?: boolean;
	typeVersion?: number;
}

/**
 * Runs nodes through n8n's real engine (n8n-core WorkflowExecute, n8n-workflow parameter and expression
 * resolution, n8n's HTTP helpers and OAuth2 refresh) with credentials resolved by TestCredentialsHelper.
 */
export class EngineHarness {
	readonly credentials = new TestCredentialsHelper();
	private readonly nodeTypes = new TestNodeTypes();
	private readonly credentialTypeById = new Map<string, string>();
	private executionCounter = 0;
	/** Static data per workflow id, kept between runs as n8n keeps it in the database. */
	private readonly staticData = new Map<string, IDataObject>();

	constructor() {
		this.nodeTypes.register('n8n-nodes-test.testItems', new TestItems());
		for (const [name, make] of Object.entries(packNodeTypes)) {
			this.nodeTypes.register(`${packageName}.${name}`, make());
		}
	}

	registerNodeType(fullName: string, type: INodeType): this {
		this.nodeTypes.register(fullName, type);
		return this;
	}

	addCredential(credential: StoredCredential): string {
		this.credentials.add(credential);
		this.credentialTypeById.set(credential.id, credential.type);
		return credential.id;
	}

	/** A Private Integration Token credential pointing at a (fake) API. */
	addTokenCredential(
		baseUrl: string,
		token: string,
		scope: { locationId?: string; companyId?: string },
		id = `pit-${token}`,
	) {
		return this.addCredential({
			id,
			name: `PIT ${token}`,
			type: 'goHighLevelApi',
			data: {
				accessToken: token,
				accountType: scope.companyId && !scope.locationId ? 'agency' : 'location',
				locationId: scope.locationId ?? '',
				companyId: scope.companyId ?? '',
				baseUrl,
			},
		});
	}

	private fullType(type: string): string {
		return type.includes('.') ? type : `${packageName}.${type}`;
	}

	private toNode(node: HarnessNode, index: number, position: [number, number]): INode {
		const credentials: INode['credentials'] = {};
		if (node.credentialId) {
			const type = this.credentialTypeById.get(node.credentialId)!;
			credentials[type] = { id: node.credentialId, name: node.credentialId };
		}
		return {
			id: `node-${index}`,
			name: node.name ?? `Node ${index}`,
			type: this.fullType(node.type),
			typeVersion: node.typeVersion ?? 1,
			position,
			parameters: node.parameters as INode['parameters'],
			credentials,
			...(node.continueOnFail
				? { onError: 'continueRegularOutput' as const, continueOnFail: true }
				: {}),
		};
	}

	/** Items → node(s) in a chain; returns what the last node output. */
	async runNodes(
		items: object[],
		chain: HarnessNode[],
		options: { workflowId?: string; mode?: WorkflowExecuteMode } = {},
	): Promise<NodeRun & { byNode: Record<string, INodeExecutionData[]> }> {
		const source: INode = {
			id: 'source',
			name: 'Items',
			type: 'n8n-nodes-test.testItems',
			typeVersion: 1,
			position: [0, 0],
			parameters: { items: JSON.stringify(items) },
		};
		const nodes = [source, ...chain.map((n, i) => this.toNode(n, i + 1, [(i + 1) * 200, 0]))];
		const connections: IConnections = {};
		for (let i = 0; i < nodes.length - 1; i++) {
			connections[nodes[i].name] = {
				main: [[{ node: nodes[i + 1].name, type: 'main', index: 0 }]],
			};
		}
		const run = await this.execute(nodes, connections, source.name, options);
		const last = nodes[nodes.length - 1].name;
		const byNode: Record<string, INodeExecutionData[]> = {};
		for (const node of nodes)
			byNode[node.name] = run.data.resultData.runData[node.name]?.[0]?.data?.main?.[0] ?? [];
		const outputs = (run.data.resultData.runData[last]?.[0]?.data?.main ??
			[]) as INodeExecutionData[][];
		return {
			items: outputs[0] ?? [],
			outputs,
			error: run.data.resultData.error as NodeRun['error'],
			run,
			byNode,
		};
	}

	/** Items → one node. */
	async runNode(node: HarnessNode, items: object[] = [{}], options: { workflowId?: string } = {}) {
		return await this.runNodes(items, [node], options);
	}

	private additionalData(): IWorkflowExecuteAdditionalData {
		return {
			credentialsHelper: this.credentials,
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

	async execute(
		nodes: INode[],
		connections: IConnections,
		startNodeName: string,
		options: { workflowId?: string; mode?: WorkflowExecuteMode } = {},
	): Promise<IRun> {
		const workflowId = options.workflowId ?? 'wf-test';
		const workflow = new Workflow({
			id: workflowId,
			name: 'Test workflow',
			nodes,
			connections,
			active: false,
			nodeTypes: this.nodeTypes,
			staticData: this.staticData.get(workflowId) ?? {},
			settings: { executionOrder: 'v1' },
		});
		const mode = options.mode ?? 'manual';
		const additionalData = this.additionalData();
		const executionId = String(++this.executionCounter);
		additionalData.hooks = new ExecutionLifecycleHooks(mode, executionId, {
			id: workflowId,
			name: 'Test workflow',
			nodes,
			connections,
			active: false,
			settings: {},
			createdAt: new Date(),
			updatedAt: new Date(),
			isArchived: false,
			activeVersionId: null,
		} as never);
		const execute = new WorkflowExecute(additionalData, mode);
		const run = await execute.run({ workflow, startNode: workflow.getNode(startNodeName)! });
		this.staticData.set(workflowId, workflow.staticData as IDataObject);
		return run;
	}
}
