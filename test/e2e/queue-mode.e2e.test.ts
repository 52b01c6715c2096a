import { generateKeyPairSync, randomUUID } from 'crypto';

import { DEFAULT_SCOPE_STRING } from '../../nodes/shared/scopes';
import { createContact } from '../fake/handlers/contacts';
import { issueTokens } from '../fake/handlers/oauth';
import { AGENCY_OAUTH_CLIENT, seedAgency } from '../fake/seed';
import { FakeGhl } from '../fake/server';
import { ensureN8n } from './lib/n8n';
import { PACK, webhookWorkflow } from './lib/scenario';
import { startQueueN8n, type QueueN8n } from './lib/services';
import { signedDelivery } from './lib/suite';

/**
 * The pack in n8n 2.40.7's queue mode: Redis and PostgreSQL (Debian packages, started here on loopback ports),
 * a main process, 2 workers and 1 webhook process. What is shared between processes is only what GHL and n8n share:
 * GHL's rate-limit headers, n8n's credential store (and its refresh lock). Figures (share of the allowed rate) are
 * printed, never asserted; bench/README.md has them.
 */
const WORKERS = 2;
const PIT = { id: 'queuePitToken001', name: 'GHL token (queue)' };
const OAUTH = { id: 'queueOAuthCred01', name: 'GHL marketplace app (queue)' };
const AGENCY = { id: 'queueAgencyCred1', name: 'GHL agency (queue)' };

const triggerKeys = generateKeyPairSync('ed25519');
const TRIGGER_WEBHOOK_ID = '0b7d4e2a-5c91-4f3e-8a6d-1e2f3a4b5c6d';
const signedEvent = (payload: object) => signedDelivery(payload, triggerKeys.privateKey);

const refreshes = (fake: FakeGhl) => Number(fake.store.global.get('refreshCount') ?? 0);
const exchanges = (fake: FakeGhl) => Number(fake.store.global.get('locationTokenCount') ?? 0);

describe('n8n 2.40.7 in queue mode: main + 2 workers + 1 webhook process', () => {
	let fake: FakeGhl;
	let n8n: QueueN8n;
	let north: string;

	const call = async (path: string, body: unknown) => {
		const deadline = Date.now() + 120_000;
		for (;;) {
			let response: Response;
			let text: string;
			try {
				response = await fetch(n8n.webhookUrl(path), {
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					body: JSON.stringify(body),
				});
				text = await response.text();
			} catch (error) {
				// A kept-alive socket the webhook process closed meanwhile: nothing was received, so asking again is safe.
				if (Date.now() > deadline) throw error;
				await new Promise((r) => setTimeout(r, 500));
				continue;
			}
			// The webhook process learns the published workflows shortly after it is ready.
			if (response.status === 404 && Date.now() < deadline) {
				await new Promise((r) => setTimeout(r, 500));
				continue;
			}
			let parsed: any = text;
			try {
				parsed = JSON.parse(text);
			} catch {
				// keep the text
			}
			return { status: response.status, body: parsed };
		}
	};

	beforeAll(async () => {
		ensureN8n('v2');
		fake = await FakeGhl.start();
		const agency = seedAgency(fake);
		north = agency.locationIds[0];
		const contactsNode = (
			credentials: Record<string, { id: string; name: string }>,
			parameters: Record<string, unknown>,
		) => ({
			name: 'GHL',
			type: `${PACK}.goHighLevelContacts`,
			credentials,
			onError: 'continueRegularOutput' as const,
			parameters: { resource: 'contact', ...parameters },
		});
		n8n = await startQueueN8n({
			workers: WORKERS,
			concurrency: 4,
			credentials: [
				{
					id: PIT.id,
					name: PIT.name,
					type: 'goHighLevelApi',
					data: {
						accessToken: 'pit-location-main',
						accountType: 'location',
						locationId: 'loc_main',
						baseUrl: fake.url,
						rateLimitShare: Number(process.env.QUEUE_RATE_LIMIT_SHARE ?? 50),
					},
				},
				{
					id: OAUTH.id,
					name: OAUTH.name,
					type: 'goHighLevelOAuth2Api',
					data: {
						clientId: 'client-main',
						clientSecret: 'client-secret-main',
						userType: 'Location',
						marketplaceDomain: 'standard',
						baseUrl: fake.url,
						scope: DEFAULT_SCOPE_STRING,
						oauthTokenData: issueTokens(fake, {
							kind: 'location',
							locationId: 'loc_main',
							companyId: 'company_main',
						}),
					},
				},
				{
					id: AGENCY.id,
					name: AGENCY.name,
					type: 'goHighLevelOAuth2Api',
					data: {
						clientId: AGENCY_OAUTH_CLIENT.clientId,
						clientSecret: AGENCY_OAUTH_CLIENT.clientSecret,
						userType: 'Company',
						marketplaceDomain: 'standard',
						baseUrl: fake.url,
						scope: DEFAULT_SCOPE_STRING,
						oauthTokenData: agency.tokens,
					},
				},
			],
			workflows: [
				webhookWorkflow('queueCreateMany1', 'queue-create', [
					{
						name: 'Split',
						type: 'n8n-nodes-base.splitOut',
						parameters: { fieldToSplitOut: 'body.contacts', include: 'noOtherFields', options: {} },
					},
					contactsNode(
						{ goHighLevelApi: PIT },
						{ operation: 'create', fields: { email: '={{ $json.email }}', firstName: 'Queue' } },
					),
				]),
				{
					id: 'queueGhlTrigger1',
					name: 'queue GHL trigger, wait, tag',
					active: false,
					settings: { executionOrder: 'v1' },
					pinData: {},
					nodes: [
						{
							id: randomUUID(),
							name: 'GHL Trigger',
							type: `${PACK}.goHighLevelTrigger`,
							typeVersion: 2,
							position: [0, 0],
							webhookId: TRIGGER_WEBHOOK_ID,
							parameters: {
								events: ['ContactTagUpdate'],
								options: {
									ed25519PublicKeys: triggerKeys.publicKey
										.export({ type: 'spki', format: 'pem' })
										.toString(),
								},
							},
						},
						{
							// Keeps each execution running for 3 s, so copies can arrive while the first one runs.
							id: randomUUID(),
							name: 'Wait',
							type: 'n8n-nodes-base.wait',
							typeVersion: 1.1,
							position: [220, 0],
							webhookId: randomUUID(),
							parameters: { resume: 'timeInterval', amount: 3, unit: 'seconds' },
						},
						{
							id: randomUUID(),
							name: 'Tag',
							type: `${PACK}.goHighLevelContacts`,
							typeVersion: 1,
							position: [440, 0],
							credentials: { goHighLevelApi: PIT },
							parameters: {
								resource: 'contact',
								operation: 'addTags',
								contactId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
								tags: '={{ "run-" + $json.webhookId }}',
							},
						},
					],
					connections: {
						'GHL Trigger': { main: [[{ node: 'Wait', type: 'main', index: 0 }]] },
						Wait: { main: [[{ node: 'Tag', type: 'main', index: 0 }]] },
					},
				},
				webhookWorkflow('queueOAuthFind01', 'queue-oauth-find', [
					contactsNode(
						{ goHighLevelOAuth2Api: OAUTH },
						{
							authentication: 'oAuth2',
							operation: 'findDuplicate',
							email: '={{ $json.body.email }}',
						},
					),
				]),
				webhookWorkflow('queueAgencyFind1', 'queue-agency-find', [
					contactsNode(
						{ goHighLevelOAuth2Api: AGENCY },
						{
							authentication: 'oAuth2',
							operation: 'findDuplicate',
							locationId: { __rl: true, mode: 'id', value: '={{ $json.body.locationId }}' },
							email: '={{ $json.body.email }}',
						},
					),
				]),
			],
		});
		// The main process registers the published workflows' webhooks after it is ready: wait for them.
		expect((await call('queue-oauth-find', { email: 'ready@example.com' })).status).toBe(200);
	}, 900_000);

	afterEach(() => expect(fake.violations).toEqual([]));

	afterAll(async () => {
		if (n8n && process.env.E2E_SHOW_N8N_LOGS) {
			for (const [role, log] of Object.entries(n8n.logs()))
				console.log(`--- ${role}\n${log.split('\n').slice(-60).join('\n')}`);
		}
		await n8n?.stop();
		await fake?.stop();
	}, 120_000);

	test("pacing across workers: 600 creates from 8 executions at GHL's real window, none lost, none twice", async () => {
		fake.resetLog();
		const executions = 8;
		const perExecution = 75;
		const batches = Array.from({ length: executions }, (_, e) =>
			Array.from({ length: perExecution }, (_, i) => ({ email: `queue${e}-${i}@example.com` })),
		);
		const answers = await Promise.all(
			batches.map((contacts) => call('queue-create', { contacts })),
		);
		expect(answers.map((a) => a.status)).toEqual(Array(executions).fill(200));
		const items = answers.flatMap((a) => a.body as Array<Record<string, unknown>>);
		expect(items).toHaveLength(executions * perExecution);
		expect(items.filter((i) => i.error)).toEqual([]);
		const emails = batches.flat().map((c) => c.email);
		expect(items.map((i) => i.email).sort()).toEqual([...emails].sort());

		const stored = [
			...fake.store.location('loc_main')!.collection<{ email?: string }>('contacts').values(),
		].filter((c) => c.email?.startsWith('queue'));
		expect(stored).toHaveLength(emails.length); // no create happened twice

		const creates = fake.requestsTo('POST', '/contacts/');
		const accepted = creates
			.filter((r) => r.status === 201)
			.map((r) => r.at)
			.sort((a, b) => a - b);
		const lags = accepted.slice(100).map((t, i) => t - accepted[i] - 10_000);
		const meanLag = lags.reduce((a, b) => a + b, 0) / lags.length;
		const rejected = creates.filter((r) => r.status === 429).length;
		const span = (accepted[accepted.length - 1] - accepted[0]) / 1000;
		console.log(
			`queue mode, ${WORKERS} workers × 4, Rate Limit Share ${process.env.QUEUE_RATE_LIMIT_SHARE ?? 50} %: ${accepted.length} creates, ` +
				`share of allowed rate ${((10_000 / (10_000 + meanLag)) * 100).toFixed(1)} % (slot reuse lag ${meanLag.toFixed(0)} ms), ` +
				`incl. last burst ${(((accepted.length - 100) / span / 10) * 100).toFixed(1)} %, 429 answers ${rejected} of ${creates.length} ` +
				`(${((rejected / creates.length) * 100).toFixed(2)} %), lost 0, duplicated 0`,
		);
	}, 600_000);

	test('one OAuth2 refresh for 10 executions spread over both workers', async () => {
		expect((await call('queue-oauth-find', { email: 'warm@example.com' })).status).toBe(200);
		fake.resetLog();
		const before = refreshes(fake);
		fake.expireAccessTokens();
		const answers = await Promise.all(
			Array.from({ length: 10 }, (_, i) =>
				call('queue-oauth-find', { email: `r${i}@example.com` }),
			),
		);
		expect(answers.map((a) => a.status)).toEqual(Array(10).fill(200));
		expect(answers.map((a) => a.body)).toEqual(Array(10).fill([{ found: false, contact: null }]));
		expect(refreshes(fake)).toBe(before + 1);
		expect(fake.requestsTo('POST', '/oauth/token').filter((r) => r.status !== 200)).toEqual([]);
	}, 300_000);

	test('agency → sub-account: at most one token exchange per sub-account per worker process', async () => {
		fake.resetLog();
		const before = exchanges(fake);
		const all: unknown[] = [];
		for (let round = 0; round < 2; round++) {
			const answers = await Promise.all(
				Array.from({ length: 8 }, (_, i) =>
					call('queue-agency-find', { locationId: north, email: `a${round}-${i}@example.com` }),
				),
			);
			expect(answers.map((a) => a.status)).toEqual(Array(8).fill(200));
			expect(answers.map((a) => a.body)).toEqual(Array(8).fill([{ found: false, contact: null }]));
			all.push(...answers);
		}
		// 16 executions over 2 workers: each worker process exchanges once at most, and never per execution.
		expect(exchanges(fake) - before).toBeGreaterThanOrEqual(1);
		expect(exchanges(fake) - before).toBeLessThanOrEqual(WORKERS);
		const searches = fake.requestsTo('GET', /^\/contacts\/search\/duplicate/);
		expect(searches).toHaveLength(16);
		// No token in what the workflows answered, nor in any process's log.
		expect(JSON.stringify(all)).not.toMatch(/lt-|at-/);
		for (const [role, log] of Object.entries(n8n.logs()))
			expect([role, /Bearer lt-|"lt-/.test(log)]).toEqual([role, false]);
	}, 300_000);

	test('GHL Trigger with two processes receiving webhooks (main and webhook process): copies of an event run the workflow once', async () => {
		const contact = createContact(fake.store.location('loc_main')!, {
			email: 'queue.trigger@example.com',
			tags: ['vip'],
		});
		const event = () =>
			signedEvent({
				type: 'ContactTagUpdate',
				locationId: 'loc_main',
				id: contact.id,
				tags: ['vip'],
				timestamp: new Date().toISOString(),
				webhookId: randomUUID(),
			});
		const receivers = {
			main: `${n8n.baseUrl}/webhook/${TRIGGER_WEBHOOK_ID}/webhook`,
			webhook: n8n.webhookUrl(`${TRIGGER_WEBHOOK_ID}/webhook`),
		};
		const deliver = async (to: keyof typeof receivers, e: ReturnType<typeof event>) => {
			const deadline = Date.now() + 60_000;
			for (;;) {
				const response = await fetch(receivers[to], {
					method: 'POST',
					headers: { 'content-type': 'application/json', 'x-ghl-signature': e.signature },
					body: e.body,
				});
				const text = await response.text();
				// Both processes learn the published workflow's webhook shortly after they are ready.
				if (response.status === 404 && Date.now() < deadline) {
					await new Promise((r) => setTimeout(r, 500));
					continue;
				}
				expect({ to, status: response.status }).toEqual({ to, status: 200 });
				return JSON.parse(text) as { workflowStarted?: boolean };
			}
		};
		const runsOf = (e: ReturnType<typeof event>) => {
			const tag = `run-${JSON.parse(e.body.toString()).webhookId}`;
			return fake
				.requestsTo('POST', `/contacts/${contact.id}/tags`)
				.filter((r) => (r.body as { tags: string[] }).tags[0] === tag).length;
		};
		const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));
		await deliver('main', event()); // both receivers ready
		await deliver('webhook', event());

		// A copy reaching the other process while the first execution still runs (its static data not yet
		// saved): that execution ends at the trigger, through n8n's deduplication store. Later copies, after the
		// first execution ended, start nothing at either process.
		const first = event();
		expect((await deliver('webhook', first)).workflowStarted).toBe(true);
		await settle(500);
		await deliver('main', first);
		expect((await deliver('webhook', first)).workflowStarted).toBe(false);
		await settle(8_000);
		expect(runsOf(first)).toBe(1);
		for (const to of ['main', 'webhook', 'main'] as const)
			expect((await deliver(to, first)).workflowStarted).toBe(false);

		// Ten copies at the same moment, five to each process, for five events: the two processes each let one
		// through; their executions record the id in the shared store in two steps, so when two workers do so
		// within the same milliseconds both can run. Printed, and never more than one run per receiving process.
		const twice: number[] = [];
		const burst = Array.from({ length: 5 }, () => event());
		for (const e of burst) {
			await Promise.all(
				Array.from({ length: 10 }, (_, i) => deliver(i % 2 ? 'main' : 'webhook', e)),
			);
		}
		await settle(8_000);
		for (const e of burst) {
			expect(runsOf(e)).toBeGreaterThanOrEqual(1);
			expect(runsOf(e)).toBeLessThanOrEqual(2);
			if (runsOf(e) === 2) twice.push(1);
		}
		expect(runsOf(first)).toBe(1);
		// n8n's deduplication store answered every execution (the trigger passes events on when it cannot).
		for (const [role, log] of Object.entries(n8n.logs()))
			expect([role, /deduplication store could not be used/.test(log)]).toEqual([role, false]);
		console.log(
			`queue mode, GHL Trigger: a copy at the other process during the first execution ran 0 times; ` +
				`10 simultaneous copies split over 2 receiving processes: ${twice.length} of ${burst.length} events ran twice`,
		);
	}, 300_000);
});
