import { generateKeyPairSync, randomUUID } from 'crypto';
import { gzipSync } from 'zlib';

import { createContact } from '../../fake/handlers/contacts';
import type { FakeGhl } from '../../fake/server';
import { PACK, pitCredentials, type Scenario, type ScenarioEnv } from '../lib/scenario';
import { postWhenRegistered, signedDelivery } from '../lib/suite';

// GHL's private key is GHL's; the test signs with its own pair and gives the node the public key, as a user
// would after a key rotation.
const keys = generateKeyPairSync('ed25519');
const publicPem = keys.publicKey.export({ type: 'spki', format: 'pem' }).toString();
const WEBHOOK_ID = '6f0c1d52-6a43-4c3f-9d7e-2b1c8c9a1e01';

const signed = (payload: object) => signedDelivery(payload, keys.privateKey);

const waitFor = async (check: () => boolean, ms = 15_000) => {
	const deadline = Date.now() + ms;
	while (!check()) {
		if (Date.now() > deadline) return false;
		await new Promise((r) => setTimeout(r, 200));
	}
	return true;
};

/**
 * A signed ContactTagUpdate POSTed to the trigger's production URL starts the workflow, which tags the contact
 * back in GHL (so the fake sees that it ran). A tampered body, a replayed delivery and an unsigned one start nothing.
 */
export const signedEvent: Scenario = {
	name: 'GHL Trigger: a signed event starts the workflow; forged, unsigned and replayed ones do not',
	workflows: (env) => [
		{
			id: 'e2eTrigger000001',
			name: 'e2e GHL trigger',
			active: false,
			settings: { executionOrder: 'v1' },
			pinData: {},
			nodes: [
				{
					id: randomUUID(),
					name: 'GHL Trigger',
					type: `${PACK}.goHighLevelTrigger`,
					typeVersion: 1,
					position: [0, 0],
					webhookId: WEBHOOK_ID,
					parameters: { events: ['ContactTagUpdate'], options: { ed25519PublicKeys: publicPem } },
				},
				{
					id: randomUUID(),
					name: 'Tag',
					type: `${PACK}.goHighLevelContacts`,
					typeVersion: 1,
					position: [220, 0],
					credentials: pitCredentials(env),
					parameters: {
						resource: 'contact',
						operation: 'addTags',
						contactId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
						tags: 'seen-by-n8n',
					},
				},
			],
			connections: { 'GHL Trigger': { main: [[{ node: 'Tag', type: 'main', index: 0 }]] } },
		},
	],
	async run({ n8n, fake }) {
		const contact = createContact(fake.store.location('loc_main')!, {
			email: 'trigger.e2e@example.com',
			tags: ['vip'],
		});
		const url = `${n8n.baseUrl}/webhook/${WEBHOOK_ID}/webhook`;
		const post = (body: Buffer, headers: Record<string, string>) =>
			postWhenRegistered(url, {
				headers: { 'content-type': 'application/json', ...headers },
				body,
			});
		const event = {
			type: 'ContactTagUpdate',
			locationId: 'loc_main',
			id: contact.id,
			email: contact.email,
			tags: ['vip'],
			timestamp: new Date().toISOString(),
			webhookId: randomUUID(),
		};
		const tagRequests = () => fake.requestsTo('POST', `/contacts/${contact.id}/tags`);

		const tampered = signed(event);
		const forged = Buffer.from(tampered.body.toString().replace('vip', 'vop'));
		expect((await post(forged, { 'x-ghl-signature': tampered.signature })).status).toBe(401);
		expect((await post(Buffer.from(JSON.stringify(event)), {})).status).toBe(401);

		const good = signed(event);
		expect((await post(good.body, { 'x-ghl-signature': good.signature })).status).toBe(200);
		expect(await waitFor(() => tagRequests().length === 1)).toBe(true);
		expect(tagRequests()[0].body).toEqual({ tags: ['seen-by-n8n'] });

		// GHL may deliver the same webhookId again: acknowledged, not run twice.
		expect((await post(good.body, { 'x-ghl-signature': good.signature })).status).toBe(200);
		await new Promise((r) => setTimeout(r, 2000));
		expect(tagRequests()).toHaveLength(1);
	},
};

const REPLAY_WEBHOOK_ID = '0b7d3c1e-5f2a-4e8b-9c6d-3a1f0e9d2c01';
const POLL_LOCATION = 'loc_poll_e2e';
const POLL_TOKEN = 'pit-location-poll-e2e';
const POLL_CREDENTIAL = { id: 'ghlPollE2eToken1', name: 'GHL poll e2e (local)' };

/** A sub-account of its own for the polling scenario, so no other workflow's searches are counted. */
function pollLocation(fake: FakeGhl) {
	const existing = fake.store.location(POLL_LOCATION);
	if (existing) return existing;
	const location = fake.store.addLocation(POLL_LOCATION, 'company_main');
	fake.store.addToken(POLL_TOKEN, {
		kind: 'location',
		locationId: POLL_LOCATION,
		companyId: 'company_main',
	});
	// Existed before activation: with Emit Existing off it must never come out.
	createContact(location, { firstName: 'Before', email: 'before.activation@example.com' });
	return location;
}

/**
 * Replay protection and unsigned requests in the real engine, with an n8n restart in the middle; and, across the
 * same restart, the polling trigger stopped between its first poll (which found only old contacts) and its first
 * emit. The trigger tags the contact with the event's webhookId, so the fake's log counts executions per event.
 */
export const replayAndRestart: Scenario = {
	name: 'GHL Trigger and Polling Trigger across a restart: one execution per webhookId, 401 for unsigned bodies, no contact lost',
	credentials: (env: ScenarioEnv) => {
		pollLocation(env.fake);
		return [
			{
				...POLL_CREDENTIAL,
				type: 'goHighLevelApi',
				data: {
					accessToken: POLL_TOKEN,
					accountType: 'location',
					locationId: POLL_LOCATION,
					baseUrl: env.fakeUrl,
				},
			},
		];
	},
	workflows: (env) => {
		pollLocation(env.fake);
		const everyTenSeconds = [0, 10, 20, 30, 40, 50].map((second) => ({
			mode: 'custom',
			cronExpression: `${second} * * * * *`,
		}));
		return [
			{
				id: 'e2eTriggerReplay',
				name: 'e2e GHL trigger replay',
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
						webhookId: REPLAY_WEBHOOK_ID,
						parameters: { events: ['ContactTagUpdate'], options: { ed25519PublicKeys: publicPem } },
					},
					{
						id: randomUUID(),
						name: 'Tag',
						type: `${PACK}.goHighLevelContacts`,
						typeVersion: 1,
						position: [220, 0],
						credentials: pitCredentials(env),
						parameters: {
							resource: 'contact',
							operation: 'addTags',
							contactId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
							tags: '={{ "run-" + $json.webhookId }}',
						},
					},
				],
				connections: { 'GHL Trigger': { main: [[{ node: 'Tag', type: 'main', index: 0 }]] } },
			},
			{
				id: 'e2ePollRestart01',
				name: 'e2e polling trigger restart',
				active: false,
				settings: { executionOrder: 'v1' },
				pinData: {},
				nodes: [
					{
						id: randomUUID(),
						name: 'New Contact',
						type: `${PACK}.goHighLevelPollingTrigger`,
						typeVersion: 1,
						position: [0, 0],
						credentials: { goHighLevelApi: POLL_CREDENTIAL },
						parameters: { event: 'ContactCreate', pollTimes: { item: everyTenSeconds } },
					},
					{
						id: randomUUID(),
						name: 'Tag',
						type: `${PACK}.goHighLevelContacts`,
						typeVersion: 1,
						position: [220, 0],
						credentials: { goHighLevelApi: POLL_CREDENTIAL },
						parameters: {
							resource: 'contact',
							operation: 'addTags',
							contactId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
							tags: 'polled',
						},
					},
				],
				connections: { 'New Contact': { main: [[{ node: 'Tag', type: 'main', index: 0 }]] } },
			},
		];
	},
	async run({ n8n, fake }) {
		const url = `${n8n.baseUrl}/webhook/${REPLAY_WEBHOOK_ID}/webhook`;
		const contact = createContact(fake.store.location('loc_main')!, {
			email: 'replay.e2e@example.com',
			tags: ['vip'],
		});
		const event = () =>
			signed({
				type: 'ContactTagUpdate',
				locationId: 'loc_main',
				id: contact.id,
				tags: ['vip'],
				timestamp: new Date().toISOString(),
				webhookId: randomUUID(),
			});
		// After the restart n8n takes longer to register the webhook again.
		const post = async (e: ReturnType<typeof event>) =>
			await postWhenRegistered(
				url,
				{
					headers: { 'content-type': 'application/json', 'x-ghl-signature': e.signature },
					body: e.body,
				},
				30_000,
			);
		const deliver = async (e: ReturnType<typeof event>) => (await post(e)).status;
		const runs = () =>
			fake
				.requestsTo('POST', `/contacts/${contact.id}/tags`)
				.map((r) => (r.body as { tags: string[] }).tags[0]);
		const runsOf = (e: ReturnType<typeof event>) =>
			runs().filter((tag) => tag === `run-${JSON.parse(e.body.toString()).webhookId}`).length;
		const settle = async () => await new Promise((r) => setTimeout(r, 2500));

		// Polling: wait for the first poll (it finds only the contact that existed before activation).
		const pollSearches = () =>
			fake
				.requestsTo('POST', '/contacts/search')
				.filter((r) => (r.body as { locationId?: string }).locationId === POLL_LOCATION);
		expect(await waitFor(() => pollSearches().length >= 1, 30_000)).toBe(true);

		// Three events one after another, then copies of the second and third: each ran once.
		const [a, b, c] = [event(), event(), event()];
		for (const e of [a, b, c]) expect(await deliver(e)).toBe(200);
		expect(await waitFor(() => runs().length === 3)).toBe(true);
		for (const e of [b, c, b]) expect(await deliver(e)).toBe(200);

		// Ten copies of a fourth event at once: one execution.
		const d = event();
		expect(await Promise.all(Array.from({ length: 10 }, async () => await deliver(d)))).toEqual(
			Array(10).fill(200),
		);
		await settle();
		expect([a, b, c, d].map(runsOf)).toEqual([1, 1, 1, 1]);

		// Requests without GHL's signature, whatever the body: 401 with a short JSON message, nothing runs.
		const form = new FormData();
		form.append('type', 'ContactTagUpdate');
		form.append('id', contact.id);
		const json = JSON.stringify({
			type: 'ContactTagUpdate',
			id: contact.id,
			webhookId: randomUUID(),
		});
		const unsigned: Array<[string, RequestInit]> = [
			['multipart', { body: form }],
			['json', { headers: { 'content-type': 'application/json' }, body: json }],
			['text', { headers: { 'content-type': 'text/plain' }, body: json }],
			[
				'urlencoded',
				{
					headers: { 'content-type': 'application/x-www-form-urlencoded' },
					body: `type=ContactTagUpdate&id=${contact.id}`,
				},
			],
			[
				'binary',
				{
					headers: { 'content-type': 'application/octet-stream' },
					body: Buffer.from([0, 1, 2, 255]),
				},
			],
			['empty', { headers: { 'content-type': 'application/json' } }],
			[
				'gzip',
				{
					headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
					body: gzipSync(json),
				},
			],
			[
				'multipart with a bogus signature',
				{ headers: { 'x-ghl-signature': 'bm90IGEgc2lnbmF0dXJl' }, body: form },
			],
		];
		for (const [kind, init] of unsigned) {
			const { status, text } = await postWhenRegistered(url, init, 30_000);
			expect({ kind, status }).toEqual({ kind, status: 401 });
			expect(JSON.parse(text).message).toMatch(
				/^(The request is not signed|Invalid X-GHL-Signature|The request body could not be read)/,
			);
			expect(text).not.toMatch(/\sat\s|stack/);
		}
		await settle();
		expect(runs()).toHaveLength(4);
		expect(n8n.logs()).not.toMatch(/Request body stream|not readable/);
		// Every execution reached n8n's deduplication store (the trigger passes events on and logs when it cannot).
		expect(n8n.logs()).not.toMatch(/deduplication store could not be used/);

		// n8n restarts. While it is down, a contact is added to the polled sub-account.
		const searchesBefore = pollSearches().length;
		let addedWhileDown = '';
		await n8n.restart(() => {
			addedWhileDown = createContact(pollLocation(fake), {
				firstName: 'WhileDown',
				email: 'while.down@example.com',
			}).id;
		});

		// Replays of every earlier event, one by one and at once: none starts an execution (the webhook answers
		// workflowStarted: false, from the static data the executions saved). A new event does.
		const answer = async (e: ReturnType<typeof event>) => {
			const { status, text } = await post(e);
			return { status, body: JSON.parse(text) };
		};
		const refused = { status: 200, body: expect.objectContaining({ workflowStarted: false }) };
		for (const e of [a, b, c, d]) expect(await answer(e)).toEqual(refused);
		expect(await Promise.all([a, b, c, d, a, b, c, d].map(answer))).toEqual(Array(8).fill(refused));
		const e = event();
		expect(await deliver(e)).toBe(200);
		expect(await waitFor(() => runsOf(e) === 1)).toBe(true);
		await settle();
		expect([a, b, c, d, e].map(runsOf)).toEqual([1, 1, 1, 1, 1]);

		// The polling trigger emits the contact added while n8n was down, once; never the one from before activation.
		const polled = () =>
			fake.requests.filter(
				(r) =>
					r.method === 'POST' &&
					/^\/contacts\/[^/]+\/tags$/.test(r.path) &&
					(r.body as { tags?: string[] }).tags?.[0] === 'polled',
			);
		expect(await waitFor(() => polled().length >= 1, 40_000)).toBe(true);
		expect(await waitFor(() => pollSearches().length >= searchesBefore + 2, 40_000)).toBe(true);
		await settle();
		expect(polled().map((r) => r.path)).toEqual([`/contacts/${addedWhileDown}/tags`]);
	},
};

export default [signedEvent, replayAndRestart];
