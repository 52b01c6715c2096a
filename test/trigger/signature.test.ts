import { createPublicKey, generateKeyPairSync, sign } from 'crypto';

import { WebhookHarness } from '../harness/webhook';
import { contactCreate, fresh, GhlSender, minutesAgo, verifyingWith } from './sender';
import { GHL_ED25519_PEM, GHL_RSA_PEM } from '../../nodes/GoHighLevelTrigger/signature';

const sender = new GhlSender();

describe('GoHighLevel Trigger: signature verification (on by default)', () => {
	test('a valid Ed25519-signed event starts the workflow with the event as output', async () => {
		const harness = new WebhookHarness(verifyingWith(sender, { events: ['ContactCreate'] }));
		const event = fresh(contactCreate());

		const delivery = await harness.post(sender.signed(event));

		expect(delivery.status).toBe(200);
		expect(delivery.response).toEqual({ received: true, workflowStarted: true });
		expect(delivery.started).toBe(true);
		expect(harness.executions).toBe(1);
		expect(delivery.items).toHaveLength(1);
		const [item] = delivery.items;
		expect(item).toEqual({ ...event, event: 'ContactCreate', receivedAt: expect.any(String) });
		expect(Math.abs(Date.parse(item.receivedAt as string) - Date.now())).toBeLessThan(60_000);
		// The next node of the workflow gets the same item.
		expect(delivery.received).toEqual(delivery.items);
	});

	test('the signature is checked over the raw bytes, and the output is parsed from those bytes', async () => {
		const harness = new WebhookHarness(verifyingWith(sender));
		const event = fresh(contactCreate());
		// Escaped unicode and extra spaces: re-serialising the parsed body would give other bytes.
		const raw = Buffer.from(
			JSON.stringify(event, null, 3).replace('"John Deo"', '"Jos\\u00e9 Deo"'),
			'utf8',
		);

		const delivery = await harness.post(sender.signed(raw));

		expect(delivery.status).toBe(200);
		expect(delivery.items[0].name).toBe('José Deo');
	});

	test('a body changed by one byte after signing → 401, nothing starts', async () => {
		const harness = new WebhookHarness(verifyingWith(sender));
		const request = sender.signed(fresh(contactCreate({ firstName: 'John' })));
		const tampered = Buffer.from(request.body);
		tampered[tampered.indexOf('John')] = 'j'.charCodeAt(0);

		const delivery = await harness.post({ ...request, body: tampered });

		expect(delivery).toMatchObject({
			status: 401,
			started: false,
			response: { message: 'Invalid X-GHL-Signature' },
		});
		expect(harness.executions).toBe(0);
	});

	test('a signature by another key than the configured one → 401', async () => {
		const harness = new WebhookHarness(verifyingWith(sender));
		const stranger = generateKeyPairSync('ed25519');

		const delivery = await harness.post(sender.signed(fresh(contactCreate()), stranger.privateKey));

		expect(delivery).toMatchObject({ status: 401, started: false });
		expect(harness.executions).toBe(0);
	});

	test("without a key override GHL's published key is used: a signature by any other key fails", async () => {
		const harness = new WebhookHarness({ events: ['*'] });

		const delivery = await harness.post(sender.signed(fresh(contactCreate())));

		expect(delivery).toMatchObject({
			status: 401,
			started: false,
			response: { message: 'Invalid X-GHL-Signature' },
		});
		expect(harness.executions).toBe(0);
	});

	test("the built-in keys are GHL's published Ed25519 and RSA keys", () => {
		expect(createPublicKey(GHL_ED25519_PEM).asymmetricKeyType).toBe('ed25519');
		expect(
			createPublicKey(GHL_ED25519_PEM).export({ type: 'spki', format: 'der' }).toString('base64'),
		).toBe('MCowBQYDK2VwAyEAi2HR1srL4o18O8BRa7gVJY7G7bupbN3H9AwJrHCDiOg=');
		const rsa = createPublicKey(GHL_RSA_PEM);
		expect(rsa.asymmetricKeyType).toBe('rsa');
		expect(rsa.asymmetricKeyDetails?.modulusLength).toBe(4096);
	});

	test.each([
		['no signature header', {}],
		['an empty signature header', { 'X-GHL-Signature': '' }],
		['"N/A" as signature', { 'X-GHL-Signature': 'N/A' }],
		['a signature that is not base64', { 'X-GHL-Signature': 'not a signature!' }],
	])('%s → 401, nothing starts', async (_what, headers) => {
		const harness = new WebhookHarness(verifyingWith(sender));

		const delivery = await harness.post({ body: fresh(contactCreate()), headers });

		expect(delivery.status).toBe(401);
		expect(delivery.started).toBe(false);
		expect(harness.executions).toBe(0);
	});

	test('an unsigned request is refused even when it names a chosen event', async () => {
		const harness = new WebhookHarness(verifyingWith(sender, { events: ['ContactCreate'] }));

		const delivery = await harness.post({ body: fresh(contactCreate()) });

		expect(delivery).toMatchObject({
			status: 401,
			response: { message: 'The request is not signed (no X-GHL-Signature header)' },
		});
	});

	test('a stale timestamp (older than the 5-minute default window) → 401, nothing starts', async () => {
		const harness = new WebhookHarness(verifyingWith(sender));

		const delivery = await harness.post(sender.signed(fresh(contactCreate(), minutesAgo(6))));

		expect(delivery).toMatchObject({
			status: 401,
			started: false,
			response: { message: "The event's timestamp is more than 5 minutes away from now" },
		});
		expect(harness.executions).toBe(0);
	});

	test('a timestamp too far in the future is refused too', async () => {
		const harness = new WebhookHarness(verifyingWith(sender));

		const delivery = await harness.post(sender.signed(fresh(contactCreate(), minutesAgo(-6))));

		expect(delivery.status).toBe(401);
	});

	test('the window is settable: 10 minutes old passes a 15-minute window, 16 does not', async () => {
		const harness = new WebhookHarness(
			verifyingWith(sender, { options: { replayWindowMinutes: 15 } }),
		);

		expect((await harness.post(sender.signed(fresh(contactCreate(), minutesAgo(10))))).status).toBe(
			200,
		);
		expect((await harness.post(sender.signed(fresh(contactCreate(), minutesAgo(16))))).status).toBe(
			401,
		);
		expect(harness.executions).toBe(1);
	});

	test('epoch seconds and milliseconds are read as timestamps too', async () => {
		const harness = new WebhookHarness(verifyingWith(sender));
		const now = Date.now();

		expect(
			(
				await harness.post(
					sender.signed({ ...fresh(contactCreate()), timestamp: Math.floor(now / 1000) }),
				)
			).status,
		).toBe(200);
		expect(
			(await harness.post(sender.signed({ ...fresh(contactCreate()), timestamp: now }))).status,
		).toBe(200);
		expect(
			(
				await harness.post(
					sender.signed({ ...fresh(contactCreate()), timestamp: Math.floor(now / 1000) - 3600 }),
				)
			).status,
		).toBe(401);
	});

	test("a signed event without a timestamp (as in most of GHL's documented examples) starts the workflow; its webhookId still guards against copies", async () => {
		const harness = new WebhookHarness(verifyingWith(sender));
		const { timestamp: _timestamp, ...untimed } = fresh(contactCreate());

		const first = await harness.post(sender.signed(untimed));
		const copy = await harness.post(sender.signed(untimed));

		expect(first).toMatchObject({ status: 200, started: true });
		expect(first.items[0].webhookId).toBe(untimed.webhookId);
		expect(copy).toMatchObject({ status: 200, started: false });
		expect(harness.executions).toBe(1);
	});

	test('a signed body that is not JSON → 400, nothing starts', async () => {
		const harness = new WebhookHarness(verifyingWith(sender));

		const request = sender.signed(Buffer.from('type=ContactCreate'));

		const delivery = await harness.post({
			body: request.body,
			headers: { ...request.headers, 'content-type': 'text/plain' },
		});

		expect(delivery).toMatchObject({
			status: 400,
			started: false,
			response: { message: 'The body is not JSON' },
		});
	});

	describe('legacy X-WH-Signature (RSA-SHA256)', () => {
		test('is accepted', async () => {
			const harness = new WebhookHarness(verifyingWith(sender, { events: ['ContactCreate'] }));
			const event = fresh(contactCreate());

			const delivery = await harness.post(sender.signedLegacy(event));

			expect(delivery.status).toBe(200);
			expect(delivery.items).toEqual([
				{ ...event, event: 'ContactCreate', receivedAt: expect.any(String) },
			]);
		});

		test('tampered → 401', async () => {
			const harness = new WebhookHarness(verifyingWith(sender));
			const request = sender.signedLegacy(fresh(contactCreate()));
			const tampered = Buffer.from(request.body.toString('utf8').replace('John', 'Joan'), 'utf8');

			const delivery = await harness.post({ ...request, body: tampered });

			expect(delivery).toMatchObject({
				status: 401,
				response: { message: 'Invalid X-WH-Signature' },
			});
			expect(harness.executions).toBe(0);
		});

		test('signed by a foreign key, against the built-in GHL key → 401', async () => {
			const harness = new WebhookHarness({ events: ['*'] });

			const delivery = await harness.post(sender.signedLegacy(fresh(contactCreate())));

			expect(delivery).toMatchObject({
				status: 401,
				response: { message: 'Invalid X-WH-Signature' },
			});
		});

		test('is refused when "Accept Legacy RSA Signature" is off', async () => {
			const harness = new WebhookHarness(
				verifyingWith(sender, { options: { acceptLegacySignature: false } }),
			);

			const delivery = await harness.post(sender.signedLegacy(fresh(contactCreate())));

			expect(delivery.status).toBe(401);
			expect(harness.executions).toBe(0);
		});

		test('cannot rescue a body whose Ed25519 signature is invalid', async () => {
			const harness = new WebhookHarness(verifyingWith(sender));
			const event = fresh(contactCreate());
			const legacy = sender.signedLegacy(event);
			const forgedEd25519 = sign(
				null,
				legacy.body,
				generateKeyPairSync('ed25519').privateKey,
			).toString('base64');

			const delivery = await harness.post({
				body: legacy.body,
				headers: { ...legacy.headers, 'X-GHL-Signature': forgedEd25519 },
			});

			expect(delivery).toMatchObject({
				status: 401,
				response: { message: 'Invalid X-GHL-Signature' },
			});
		});
	});

	describe('key override (GHL rotates its key)', () => {
		test('several keys may be pasted; a body signed with any of them passes', async () => {
			const next = generateKeyPairSync('ed25519');
			const nextPem = next.publicKey.export({ type: 'spki', format: 'pem' }).toString();
			const harness = new WebhookHarness({
				events: ['*'],
				options: { ed25519PublicKeys: `${sender.ed25519PublicPem}\n${nextPem}` },
			});

			expect((await harness.post(sender.signed(fresh(contactCreate())))).status).toBe(200);
			expect(
				(await harness.post(sender.signed(fresh(contactCreate()), next.privateKey))).status,
			).toBe(200);
			expect(harness.executions).toBe(2);
		});

		test('a base64 SubjectPublicKeyInfo (as GHL prints it) works as well as PEM', async () => {
			const base64 = sender.ed25519.publicKey
				.export({ type: 'spki', format: 'der' })
				.toString('base64');
			const harness = new WebhookHarness({ events: ['*'], options: { ed25519PublicKeys: base64 } });

			expect((await harness.post(sender.signed(fresh(contactCreate())))).status).toBe(200);
		});

		test('a key that is not an Ed25519 public key fails the request with an error naming the field', async () => {
			const harness = new WebhookHarness({
				events: ['*'],
				options: { ed25519PublicKeys: sender.rsaPublicPem },
			});

			const delivery = await harness.post(sender.signed(fresh(contactCreate())));

			expect(delivery.status).toBe(500);
			expect(delivery.started).toBe(false);
			expect(delivery.error?.message).toBe(
				'GHL Public Key (Ed25519) in Options is not usable: Key 1 is a rsa key, not Ed25519',
			);
		});
	});

	test('nothing secret reaches the output: no signature, no header', async () => {
		const harness = new WebhookHarness(verifyingWith(sender));
		const request = sender.signed(fresh(contactCreate()));

		const delivery = await harness.post(request);

		const output = JSON.stringify(delivery.items);
		expect(output).not.toContain(request.headers!['X-GHL-Signature']);
		expect(output).not.toContain('BEGIN PUBLIC KEY');
		expect(Object.keys(delivery.items[0])).not.toContain('headers');
	});
});
