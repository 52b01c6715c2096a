import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';

import { repoRoot } from '../../harness/pack';
import { seedAgencyConnection, seedSandbox } from '../../fake/seed';
import { DEFAULT_SCOPE_STRING } from '../../../nodes/shared/scopes';
import { FakeGhl } from '../../fake/server';
import { ensureN8n, startN8n, type N8nInstance, type N8nLine } from './n8n';

/** The credential every example workflow uses: a Private Integration Token of the sandbox's sub-account. */
export const SANDBOX_CREDENTIAL = { id: 'ghlSandboxToken1', name: 'GHL sandbox (local)' };
/**
 * The agency credential the agency examples use: an OAuth2 connection of the sandbox's agency (Account Type "Agency
 * (Company)"), whose app is installed on the agency's sub-accounts, also the ones created later. An agency Private
 * Integration Token would not do for them: GHL takes it for agency operations only, not a sub-account's settings.
 */
export const SANDBOX_AGENCY_CREDENTIAL = {
	id: 'ghlSandboxAgency1',
	name: 'GHL sandbox agency (local)',
};
export const SANDBOX_OWNER = {
	email: 'owner@sandbox.example',
	password: 'Sandbox-Pass-1',
	firstName: 'Sandbox',
	lastName: 'Owner',
};

export type WorkflowJson = {
	id: string;
	name?: string;
	nodes: Array<Record<string, any>>;
} & Record<string, unknown>;

/** The importable example workflows in examples/*.json. */
export function exampleWorkflows(): Array<{ file: string; workflow: WorkflowJson }> {
	const dir = join(repoRoot, 'examples');
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.map((file) => ({
			file,
			workflow: JSON.parse(readFileSync(join(dir, file), 'utf8')) as WorkflowJson,
		}));
}

/** Workflows that start on their own (webhooks, GHL events, schedules) are published so they answer at once. */
function startsOnItsOwn(workflow: WorkflowJson): boolean {
	return workflow.nodes.some(
		(n) =>
			/webhook|Trigger$|scheduleTrigger/i.test(String(n.type)) &&
			!/manualTrigger/.test(String(n.type)),
	);
}

/**
 * Whether every credential the workflow's nodes name is one n8n is given here. An example that needs a credential
 * of the user's own (a database) is imported but left inactive until they pick it; activated, it would fail on
 * every run.
 */
function hasItsCredentials(workflow: WorkflowJson, credentialIds: Set<string>): boolean {
	return workflow.nodes.every((n) =>
		Object.values((n.credentials ?? {}) as Record<string, { id?: string }>).every(
			(c) => !!c.id && credentialIds.has(c.id),
		),
	);
}

export interface SandboxOptions {
	line?: N8nLine;
	/** Port of the local HighLevel sandbox (the GHL fake); default: a free one. */
	ghlPort?: number;
	n8nPort?: number;
	/** Keep n8n's data here between starts (README's start command); default: a temporary folder. */
	userFolder?: string;
	/** More credentials and workflows (the e2e scenarios'), made once the fake listens. */
	extra?: (fake: FakeGhl) => { credentials: object[]; workflows: WorkflowJson[] };
	env?: Record<string, string>;
}

export interface Sandbox {
	fake: FakeGhl;
	n8n: N8nInstance;
	examples: Array<{ file: string; workflow: WorkflowJson }>;
	stop(): Promise<void>;
}

/**
 * The local HighLevel sandbox: the GHL fake seeded with a realistic sub-account, and a real n8n with the packed pack
 * installed, a token credential pointing at the fake, and every example workflow imported. The end-to-end suites
 * run in it, and `npm start` starts it for a person.
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
	const line = options.line ?? 'v2';
	ensureN8n(line);
	const fake = await FakeGhl.start({ port: options.ghlPort });
	seedSandbox(fake);
	const agencyTokens = seedAgencyConnection(fake);
	const examples = exampleWorkflows();
	const extra = options.extra?.(fake) ?? { credentials: [], workflows: [] };
	const workflows = [...examples.map((e) => e.workflow), ...extra.workflows];
	let n8n: N8nInstance;
	try {
		const credentials: Array<{ id: string } & Record<string, unknown>> = [
			{
				...SANDBOX_CREDENTIAL,
				type: 'goHighLevelApi',
				data: {
					accessToken: 'pit-location-main',
					accountType: 'location',
					locationId: 'loc_main',
					baseUrl: fake.url,
				},
			},
			{
				...SANDBOX_AGENCY_CREDENTIAL,
				type: 'goHighLevelOAuth2Api',
				data: {
					clientId: 'client-main',
					clientSecret: 'client-secret-main',
					userType: 'Company',
					marketplaceDomain: 'standard',
					baseUrl: fake.url,
					scope: DEFAULT_SCOPE_STRING,
					oauthTokenData: agencyTokens,
				},
			},
			...(extra.credentials as Array<{ id: string }>),
		];
		const credentialIds = new Set(credentials.map((c) => c.id));
		n8n = await startN8n({
			line,
			port: options.n8nPort,
			userFolder: options.userFolder,
			env: options.env,
			credentials,
			workflows,
			activate: workflows
				.filter((w) => startsOnItsOwn(w) && hasItsCredentials(w, credentialIds))
				.map((w) => w.id),
		});
	} catch (error) {
		await fake.stop();
		throw error;
	}
	return {
		fake,
		n8n,
		examples,
		stop: async () => {
			await n8n.stop();
			await fake.stop();
		},
	};
}

/** Creates n8n's owner account so a person can log in at once; a second start finds it already there. */
export async function ensureOwner(n8n: N8nInstance): Promise<'created' | 'existing'> {
	const response = await fetch(`${n8n.baseUrl}/rest/owner/setup`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(SANDBOX_OWNER),
	});
	return response.ok ? 'created' : 'existing';
}
