import { DEFAULT_SCOPE_STRING } from '../../nodes/shared/scopes';
import { issueTokens } from '../fake/handlers/oauth';
import { AGENCY_OAUTH_CLIENT, seedAgency } from '../fake/seed';
import { FakeGhl } from '../fake/server';
import { ensureN8n } from './lib/n8n';
import { PACK, webhookWorkflow } from './lib/scenario';
import { startQueueN8n, type QueueN8n } from './lib/services';

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
});
