import { parse as parseQuery } from 'querystring';
import { gunzipSync, inflateSync } from 'zlib';

import { ExecutionLifecycleHooks, WebhookContext, WorkflowExecute } from 'n8n-core';
import type {
	IDataObject,
	IExecuteFunctions,
	INode,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IWebhookData,
	IWebhookResponseData,
	IWorkflowExecuteAdditionalData,
	WorkflowExecuteMode,
} from 'n8n-workflow';
import { createRunExecutionData, NodeConnectionTypes, NodeHelpers, Workflow } from 'n8n-workflow';

import { forgetProcessMemory } from '../../nodes/GoHighLevelTrigger/replay';
import { installProcessedDataStore } from './deduplication';
import { packNodeTypes } from './engine';
import { TestNodeTypes } from './nodeTypes';
import { packageName } from './pack';

/** The node after the trigger: passes on what it receives, so a test sees what the next node of a workflow gets. */
class Received implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Received',
		name: 'received',
		group: ['transform'],
		version: 1,
		description: 'Passes its input on',
		defaults: { name: 'Received' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		properties: [],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return [this.getInputData()];
	}
}

export interface WebhookRequest {
	/** The bytes as they travel: a Buffer or string is sent as is; an object is JSON-serialised first. */
	body: Buffer | string | object;
	headers?: Record<string, string>;
}

export interface WebhookDelivery {
	/** The HTTP status the sender (GHL) got. */
	status: number;
	/** The response body the sender got. */
	response: unknown;
	/** Whether n8n started an execution of the workflow. */
	started: boolean;
	/** The trigger's output items in that execution. */
	items: IDataObject[];
	/** What the node after the trigger received. */
	received: IDataObject[];
	/** An error the node threw (n8n answers 500). */
	error?: Error;
}

/** What express's Response offers that webhook code uses; it records what was sent. */
class RecordedResponse {
	statusCode = 200;
	headers: Record<string, string> = {};
	body: unknown;
	headersSent = false;

	status(code: number): this {
		this.statusCode = code;
		return this;
	}
	setHeader(name: string, value: string): this {
		this.headers[name.toLowerCase()] = value;
		return this;
	}
	writeHead(code: number, headers: Record<string, string> = {}): this {
		this.statusCode = code;
		for (const [name, value] of Object.entries(headers)) this.setHeader(name, value);
		this.headersSent = true;
		return this;
	}
	json(body: unknown): this {
		return this.send(body);
	}
	send(body?: unknown): this {
		this.body = body;
		this.headersSent = true;
		return this;
	}
	end(body?: unknown): this {
		if (body !== undefined)
			this.body = typeof body === 'string' ? body : Buffer.from(body as Buffer).toString();
		this.headersSent = true;
		return this;
	}
}

export const TRIGGER_NODE = 'GoHighLevel Trigger';
const NEXT_NODE = 'Received';
let harnesses = 0;

export interface WebhookHarnessOptions {
	/** Static data n8n has saved for the workflow (what a restart starts from). */
	staticData?: IDataObject;
	/** 'webhook' for the Production URL of an active workflow, 'manual' for the editor's Test URL. */
	mode?: WorkflowExecuteMode;
	/** The node type; the pack's GoHighLevel Trigger unless given. */
	nodeType?: string;
	/** The workflow's id (a restart keeps it); a new one per harness unless given. */
	workflowId?: string;
}

/**
 * Delivers HTTP requests to a trigger node the way n8n's webhook path does (n8n 2.40 LiveWebhooks +
 * WebhookHelpers.executeWebhook): per request a Workflow built from the saved static data; a request whose raw
 * bytes (`rawBody`, a Buffer) and parsed JSON body n8n's body parser would produce; n8n-core's WebhookContext
 * running the node's `webhook()`; n8n's rules for the answer (the node answered itself / 200 without starting /
 * responseMode onReceived); and, when the node returned workflowData, an execution by n8n-core's WorkflowExecute
 * starting at the trigger with that data. Static data as n8n 2.40 handles it: read from the database per request
 * (concurrent requests hold their own copies); saved after the webhook only when its changed flag is still set once
 * the execution's Workflow was built over the same object (which resets the flag: so from the second delivery on,
 * what a webhook method writes is not saved); saved after an execution that changed it. Executions reach n8n's
 * deduplication store (test/harness/deduplication.ts), shared by every harness as n8n's database is.
 */
export class WebhookHarness {
	private readonly nodeTypes = new TestNodeTypes();
	private saved: IDataObject;
	private readonly mode: WorkflowExecuteMode;
	private readonly nodeType: string;
	private readonly workflowId: string;
	private executionCount = 0;

	constructor(
		private readonly parameters: IDataObject,
		options: WebhookHarnessOptions = {},
	) {
		for (const [name, make] of Object.entries(packNodeTypes))
			this.nodeTypes.register(`${packageName}.${name}`, make());
		this.nodeTypes.register('n8n-nodes-test.received', new Received());
		this.saved = JSON.parse(JSON.stringify(options.staticData ?? {})) as IDataObject;
		this.mode = options.mode ?? 'webhook';
		this.nodeType = options.nodeType ?? `${packageName}.goHighLevelTrigger`;
		this.workflowId = options.workflowId ?? `wf-webhook-${++harnesses}`;
	}

	/** The workflow's id (n8n's deduplication store keys its rows by it). */
	get id(): string {
		return this.workflowId;
	}

	/** How many executions the requests so far started. */
	get executions(): number {
		return this.executionCount;
	}

	/** The workflow's static data as n8n saved it in its database (JSON). */
	get savedStaticData(): IDataObject {
		return JSON.parse(JSON.stringify(this.saved)) as IDataObject;
	}

	/**
	 * n8n restarts: a new harness (new Workflow objects, new node instances) from the saved static data only; what
	 * the process held in memory is gone.
	 */
	restart(): WebhookHarness {
		forgetProcessMemory();
		return new WebhookHarness(this.parameters, {
			staticData: this.saved,
			mode: this.mode,
			nodeType: this.nodeType,
			workflowId: this.workflowId,
		});
	}

	/** The URL path n8n registers for the trigger (what the user pastes into GHL after the base URL). */
	webhookPath(): string {
		const workflow = this.newWorkflow();
		return this.webhookData(workflow, this.additionalData()).path;
	}

	private triggerNode(): INode {
		return {
			id: 'trigger-node',
			name: TRIGGER_NODE,
			type: this.nodeType,
			typeVersion: 1,
			position: [0, 0],
			// n8n's editor gives every webhook node a webhookId; the URL path is built from it.
			webhookId: '5f1c2d3e-ghl-trigger',
			parameters: this.parameters as INode['parameters'],
		};
	}

	private newWorkflow(staticData?: IDataObject): Workflow {
		const next: INode = {
			id: 'next-node',
			name: NEXT_NODE,
			type: 'n8n-nodes-test.received',
			typeVersion: 1,
			position: [200, 0],
			parameters: {},
		};
		return new Workflow({
			id: this.workflowId,
			name: 'GHL webhook workflow',
			nodes: [this.triggerNode(), next],
			connections: {
				[TRIGGER_NODE]: { main: [[{ node: NEXT_NODE, type: NodeConnectionTypes.Main, index: 0 }]] },
			},
			active: this.mode !== 'manual',
			nodeTypes: this.nodeTypes,
			staticData: staticData ?? this.loadStaticData(),
			settings: { executionOrder: 'v1' },
		});
	}

	/** As LiveWebhooks does per request: the static data read back from the database; none (null) while empty. */
	private loadStaticData(): IDataObject | undefined {
		return Object.keys(this.saved).length
			? (JSON.parse(JSON.stringify(this.saved)) as IDataObject)
			: undefined;
	}

	/** As n8n's WebhookService.getNodeWebhooks builds it for the node's one webhook. */
	private webhookData(
		workflow: Workflow,
		additionalData: IWorkflowExecuteAdditionalData,
	): IWebhookData {
		const node = workflow.getNode(TRIGGER_NODE)!;
		const description = this.nodeTypes.getByNameAndVersion(node.type, 1).description.webhooks![0];
		const path = NodeHelpers.getNodeWebhookPath(
			this.workflowId,
			node,
			String(description.path),
			false,
			false,
		);
		return {
			httpMethod: 'POST',
			node: node.name,
			path,
			webhookDescription: description,
			workflowId: this.workflowId,
			workflowExecuteAdditionalData: additionalData,
			webhookId: node.webhookId,
			isTest: this.mode === 'manual',
		};
	}

	async post(request: WebhookRequest): Promise<WebhookDelivery> {
		const rawBody = Buffer.isBuffer(request.body)
			? request.body
			: Buffer.from(
					typeof request.body === 'string' ? request.body : JSON.stringify(request.body),
					'utf8',
				);
		const headers: Record<string, string> = {
			'content-type': 'application/json',
			'content-length': String(rawBody.length),
		};
		for (const [name, value] of Object.entries(request.headers ?? {}))
			headers[name.toLowerCase()] = value;
		const contentType = headers['content-type'].split(';')[0].trim();

		// n8n's rawBodyReader: the bytes, gunzipped/inflated when Content-Encoding says so (an error when they are not).
		let bytes: Buffer | Error = rawBody;
		const encoding = headers['content-encoding'];
		if (encoding === 'gzip' || encoding === 'deflate') {
			try {
				bytes = encoding === 'gzip' ? gunzipSync(rawBody) : inflateSync(rawBody);
			} catch (error) {
				bytes = error as Error;
			}
		}
		// n8n parses these types before the node runs (parseRequestBody); a failure there is n8n's answer, not the node's.
		const parsedByN8n = [
			'application/json',
			'text/plain',
			'application/x-www-form-urlencoded',
		].includes(contentType);
		let body: unknown = {};
		if (parsedByN8n) {
			if (bytes instanceof Error) {
				return {
					status: 500,
					response: { message: 'There was a problem executing the workflow' },
					started: false,
					items: [],
					received: [],
				};
			}
			if (contentType === 'application/json' && bytes.length) {
				try {
					body = JSON.parse(bytes.toString('utf8'));
				} catch {
					return {
						status: 422,
						response: { message: 'Failed to parse request body' },
						started: false,
						items: [],
						received: [],
					};
				}
			} else if (contentType === 'application/x-www-form-urlencoded') {
				body = { ...parseQuery(bytes.toString('utf8')) };
			} else if (contentType === 'text/plain') {
				body = bytes.toString('utf8');
			}
		} else if (contentType === 'multipart/form-data') {
			// n8n reads multipart with formidable, which consumes the stream: there is no raw body to read afterwards.
			body = { data: {}, files: {} };
			bytes = new Error('Request body stream was aborted or is not readable');
		}
		const read = parsedByN8n ? bytes : undefined;
		const req = {
			method: 'POST',
			url: `/webhook/${this.webhookPath()}`,
			headers,
			contentType,
			encoding: 'utf-8',
			rawBody: read,
			// Other types (typeVersion 2: binary, multipart) are left to the node, which may read the stream once.
			readRawBody: async () => {
				if (req.rawBody !== undefined) return;
				if (bytes instanceof Error) throw bytes;
				req.rawBody = bytes;
			},
			body,
			query: {},
			params: {},
		};
		const res = new RecordedResponse();

		const loaded = this.loadStaticData();
		const workflow = this.newWorkflow(loaded);
		const node = workflow.getNode(TRIGGER_NODE)!;
		const additionalData = this.additionalData();
		additionalData.httpRequest = req as unknown as IWorkflowExecuteAdditionalData['httpRequest'];
		additionalData.httpResponse = res as unknown as IWorkflowExecuteAdditionalData['httpResponse'];
		const webhookData = this.webhookData(workflow, additionalData);

		const closeFunctions: Array<() => Promise<void>> = [];
		const context = new WebhookContext(
			workflow,
			node,
			additionalData,
			this.mode,
			webhookData,
			closeFunctions,
			null,
		);
		const nodeType = this.nodeTypes.getByNameAndVersion(node.type, node.typeVersion);
		let result: IWebhookResponseData;
		try {
			result = await nodeType.webhook!.call(context);
		} catch (error) {
			this.saveStaticData(workflow);
			return {
				status: 500,
				response: { message: 'Workflow Webhook Error: Workflow could not be started!' },
				started: false,
				items: [],
				received: [],
				error: error as Error,
			};
		} finally {
			await Promise.allSettled(closeFunctions.map(async (close) => await close()));
		}

		const responseCode = Number(webhookData.webhookDescription.responseCode ?? 200);
		let delivery: WebhookDelivery;
		if (result.noWebhookResponse === true) {
			delivery = {
				status: res.statusCode,
				response: res.body,
				started: false,
				items: [],
				received: [],
			};
		} else if (result.workflowData === undefined) {
			delivery = {
				status: responseCode,
				response: result.webhookResponse ?? { message: 'Webhook call received' },
				started: false,
				items: [],
				received: [],
			};
		} else {
			// responseMode onReceived: n8n answers once the execution is started, not when it ends, with what
			// extractWebhookOnReceivedResponse picks: the description's responseData (n8n's default when unset is
			// the text 'firstEntryJson'), nothing for 'noData', else the node's webhookResponse.
			const responseData = webhookData.webhookDescription.responseData ?? 'firstEntryJson';
			const response =
				responseData === 'noData'
					? undefined
					: responseData || (result.webhookResponse ?? { message: 'Workflow was started' });
			delivery = { status: responseCode, response, started: true, items: [], received: [] };
		}
		const starts = result.noWebhookResponse !== true && result.workflowData !== undefined;
		// WorkflowRunner builds the execution's Workflow over the object read from the database (a new {} when
		// there was none), which resets its changed flag; then LiveWebhooks saves what is still flagged.
		const execution = starts ? this.newWorkflow(loaded) : undefined;
		this.saveStaticData(workflow);

		if (execution) {
			const run = await this.execute(
				execution,
				execution.getNode(TRIGGER_NODE)!,
				result.workflowData!,
				additionalData,
			);
			// The execution's workflowExecuteAfter hook saves the static data when the execution changed it.
			this.saveStaticData(execution);
			const output = (name: string) =>
				(run.data.resultData.runData[name]?.[0]?.data?.main?.[0] ?? []).map((item) => item.json);
			delivery.items = output(TRIGGER_NODE);
			delivery.received = output(NEXT_NODE);
			if (run.data.resultData.error) delivery.error = run.data.resultData.error;
		}
		return delivery;
	}

	private saveStaticData(workflow: Workflow): void {
		const staticData = workflow.staticData as IDataObject;
		if (staticData.__dataChanged !== true || this.mode === 'manual') return;
		const { __dataChanged, ...data } = JSON.parse(JSON.stringify(staticData)) as IDataObject;
		this.saved = data;
	}

	/** As n8n's prepareExecutionData + WorkflowRunner: the trigger on the stack with the webhook's data. */
	private async execute(
		workflow: Workflow,
		node: INode,
		workflowData: INodeExecutionData[][],
		additionalData: IWorkflowExecuteAdditionalData,
	) {
		await installProcessedDataStore();
		const executionId = String(++this.executionCount);
		const runExecutionData = createRunExecutionData({
			executionData: { nodeExecutionStack: [{ node, data: { main: workflowData }, source: null }] },
		});
		additionalData.executionId = executionId;
		additionalData.hooks = new ExecutionLifecycleHooks(this.mode, executionId, {
			id: this.workflowId,
			name: 'GHL webhook workflow',
			nodes: Object.values(workflow.nodes),
			connections: workflow.connectionsBySourceNode,
			active: true,
			settings: {},
			createdAt: new Date(),
			updatedAt: new Date(),
			isArchived: false,
			activeVersionId: null,
		} as never);
		return await new WorkflowExecute(
			additionalData,
			this.mode,
			runExecutionData,
		).processRunExecutionData(workflow);
	}

	private additionalData(): IWorkflowExecuteAdditionalData {
		return {
			credentialsHelper: {} as IWorkflowExecuteAdditionalData['credentialsHelper'],
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
}
