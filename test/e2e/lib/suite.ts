import { randomUUID, sign, type KeyObject } from 'crypto';
import { readdirSync } from 'fs';
import { join } from 'path';

import type { FakeGhl } from '../../fake/server';
import type { N8nInstance, N8nLine } from './n8n';
import { SANDBOX_CREDENTIAL, startSandbox, type Sandbox, type WorkflowJson } from './sandbox';
import type { Scenario, ScenarioContext, ScenarioEnv } from './scenario';
import { ensurePostgres, startPostgres, type PostgresService } from './services';

/** Every scenario exported (default: an array) by test/e2e/scenarios/*.scenario.ts. */
export function allScenarios(): Scenario[] {
	const dir = join(__dirname, '..', 'scenarios');
	return (
		readdirSync(dir)
			.filter((f) => f.endsWith('.scenario.ts'))
			.sort()
			// eslint-disable-next-line @typescript-eslint/no-var-requires
			.flatMap((f) => require(join(dir, f)).default as Scenario[])
	);
}

/**
 * POSTs to a URL of n8n; returns status and body text. n8n registers production webhooks in the background after it
 * says it is ready (after a start and after a restart); until then it answers 404 "not registered" without running
 * anything, so asking again is safe.
 */
export async function postWhenRegistered(
	url: string,
	init: RequestInit,
	ms = 20_000,
): Promise<{ status: number; text: string }> {
	const deadline = Date.now() + ms;
	for (;;) {
		const response = await fetch(url, { method: 'POST', ...init });
		const text = await response.text();
		if (response.status !== 404 || !text.includes('is not registered') || Date.now() > deadline)
			return { status: response.status, text };
		await new Promise((r) => setTimeout(r, 250));
	}
}

/** A GHL delivery: the JSON bytes and the X-GHL-Signature (Ed25519) over them. */
export function signedDelivery(payload: object, privateKey: KeyObject) {
	const body = Buffer.from(JSON.stringify(payload));
	return { body, signature: sign(null, body, privateKey).toString('base64') };
}

/**
 * POSTs a GHL event to a GoHighLevel Trigger's production URL (the node's webhookId), with a timestamp of now and a
 * new webhookId unless the event has its own, signed with `privateKey` (unsigned without one).
 */
export async function postGhlEvent(
	n8n: N8nInstance,
	triggerWebhookId: string,
	event: object,
	privateKey?: KeyObject,
) {
	const body = Buffer.from(
		JSON.stringify({ timestamp: new Date().toISOString(), webhookId: randomUUID(), ...event }),
	);
	const headers: Record<string, string> = { 'content-type': 'application/json' };
	if (privateKey) headers['x-ghl-signature'] = sign(null, body, privateKey).toString('base64');
	return await postWhenRegistered(`${n8n.baseUrl}/webhook/${triggerWebhookId}/webhook`, {
		headers,
		body,
	});
}

/** POSTs JSON to a production webhook of n8n; returns status and the parsed body. */
export async function callWebhook(n8n: N8nInstance, path: string, body: unknown) {
	const { status, text } = await postWhenRegistered(n8n.webhookUrl(path), {
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(body),
	});
	let parsed: unknown = text;
	try {
		parsed = JSON.parse(text);
	} catch {
		// not JSON: keep the text
	}
	return { status, body: parsed as any };
}

/**
 * Defines the end-to-end suite for one n8n line: the sandbox (one GHL fake and one n8n process with the examples)
 * plus every scenario's credentials and workflows, then one test per scenario.
 */
export function defineE2eSuite(line: N8nLine): void {
	const scenarios = allScenarios().filter((s) => !s.lines || s.lines.includes(line));
	let sandbox: Sandbox;
	let fake: FakeGhl;
	let ctx: ScenarioContext;
	let postgres: PostgresService | undefined;

	beforeAll(async () => {
		// PostgreSQL (Debian's package) for scenarios that sync into a database of their own: started before n8n, so
		// its port is known when the credentials are imported, and stopped after n8n.
		if (scenarios.some((s) => s.services?.includes('postgres'))) {
			ensurePostgres();
			postgres = await startPostgres('ghl_e2e');
		}
		sandbox = await startSandbox({
			line,
			extra: (started) => {
				const env: ScenarioEnv = {
					fake: started,
					fakeUrl: started.url,
					pitCredentialId: SANDBOX_CREDENTIAL.id,
					postgres,
				};
				return {
					credentials: scenarios.flatMap((s) => s.credentials?.(env) ?? []),
					workflows: scenarios.flatMap((s) => s.workflows(env)) as WorkflowJson[],
				};
			},
		});
		fake = sandbox.fake;
		ctx = {
			n8n: sandbox.n8n,
			fake,
			call: (path, body) => callWebhook(sandbox.n8n, path, body),
			postgres,
		};
		console.log(`n8n ${line} is running ${scenarios.length} end-to-end scenarios`);
	}, 900_000);

	afterEach(() => {
		expect(fake.violations).toEqual([]);
	});

	afterAll(async () => {
		if (sandbox && process.env.E2E_SHOW_N8N_LOGS) console.log(sandbox.n8n.logs());
		await sandbox?.stop();
		await postgres?.stop();
	});

	for (const scenario of scenarios) {
		test(`[n8n ${line}] ${scenario.name}`, async () => {
			try {
				await scenario.run(ctx);
			} catch (error) {
				console.log(
					`n8n ${line} log tail:\n${sandbox.n8n.logs().split('\n').slice(-40).join('\n')}`,
				);
				throw error;
			}
		}, 120_000);
	}
}
