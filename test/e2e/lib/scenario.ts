import { randomUUID } from 'crypto';

import type { FakeGhl } from '../../fake/server';
import { packageName } from '../../harness/pack';
import type { N8nInstance, N8nLine } from './n8n';
import type { PostgresService } from './services';

export interface ScenarioContext {
	n8n: N8nInstance;
	fake: FakeGhl;
	/** POSTs JSON to a production webhook of n8n; returns status and parsed body. */
	call(path: string, body: unknown): Promise<{ status: number; body: any }>;
	/** The suite's PostgreSQL, when a scenario of the run asked for it (`services: ['postgres']`). */
	postgres?: PostgresService;
}

/** One end-to-end scenario: its workflows (each starting with a Webhook node) and what to check. */
export interface Scenario {
	name: string;
	workflows: (env: ScenarioEnv) => Array<{ id: string } & Record<string, unknown>>;
	credentials?: (env: ScenarioEnv) => object[];
	run(ctx: ScenarioContext): Promise<void>;
	/** The n8n lines it runs on (default: all); its workflows are imported only there. */
	lines?: N8nLine[];
	/** Services the suite starts before n8n (and stops after it) when a selected scenario needs them. */
	services?: Array<'postgres'>;
}

export interface ScenarioEnv {
	fake: FakeGhl;
	fakeUrl: string;
	/** Id of the shared Private Integration Token credential (sub-account loc_main). */
	pitCredentialId: string;
	/** The suite's PostgreSQL (a throwaway cluster on loopback), when a scenario asked for it. */
	postgres?: PostgresService;
}

export interface WorkflowNode {
	name: string;
	type: string;
	typeVersion?: number;
	parameters: Record<string, unknown>;
	credentials?: Record<string, { id: string; name: string }>;
	onError?: 'continueRegularOutput' | 'stopWorkflow';
}

export const PACK = packageName;

export function pitCredentials(env: ScenarioEnv): WorkflowNode['credentials'] {
	return { goHighLevelApi: { id: env.pitCredentialId, name: 'GHL sandbox token' } };
}

/** An n8n credential of n8n's own type `postgres` for the suite's PostgreSQL (trust auth: no password). */
export function postgresCredential(
	pg: PostgresService,
	credential: { id: string; name: string },
): object {
	return {
		...credential,
		type: 'postgres',
		data: {
			host: pg.host,
			port: pg.port,
			database: pg.database,
			user: pg.user,
			password: '',
			ssl: 'disable',
			allowUnauthorizedCerts: false,
			maxConnections: 10,
		},
	};
}

/** Webhook (POST /webhook/<path>, answers with every item of the last node) → nodes, in a chain. */
export function webhookWorkflow(
	id: string,
	path: string,
	nodes: WorkflowNode[],
): { id: string } & Record<string, unknown> {
	const webhook = {
		id: randomUUID(),
		name: 'Webhook',
		type: 'n8n-nodes-base.webhook',
		typeVersion: 2,
		position: [0, 0],
		webhookId: randomUUID(),
		parameters: {
			httpMethod: 'POST',
			path,
			responseMode: 'lastNode',
			responseData: 'allEntries',
			options: {},
		},
	};
	const all = [
		webhook,
		...nodes.map((n, i) => ({
			id: randomUUID(),
			typeVersion: 1,
			position: [(i + 1) * 220, 0],
			...n,
		})),
	];
	const connections: Record<string, unknown> = {};
	for (let i = 0; i < all.length - 1; i++) {
		connections[all[i].name] = { main: [[{ node: all[i + 1].name, type: 'main', index: 0 }]] };
	}
	return {
		id,
		name: `e2e ${path}`,
		nodes: all,
		connections,
		active: false,
		settings: { executionOrder: 'v1' },
		pinData: {},
	};
}
