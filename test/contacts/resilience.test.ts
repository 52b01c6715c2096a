import { useGhl } from '../harness/ghl';

const upsert = (email: string) => ({ email, firstName: email.split('@')[0] });

describe('GoHighLevel Contacts: rate limits, server errors, Continue On Fail', () => {
	const ghl = useGhl();
	const runUpsert = (items: Record<string, unknown>[], extra: Record<string, unknown> = {}) =>
		ghl.harness.runNodes(items, [
			{
				type: 'goHighLevelContacts',
				parameters: {
					resource: 'contact',
					operation: 'upsert',
					fields: { email: '={{ $json.email }}', firstName: '={{ $json.firstName }}' },
				},
				credentialId: ghl.pit,
				...extra,
			},
		]);
	const contactsIn = (emails: string[]) =>
		[...ghl.fake.store.location('loc_main')!.collection('contacts').values()].filter((c) =>
			emails.includes(c.email),
		);

	test('30 % injected 429s: same output, each contact created once', async () => {
		const emails = Array.from({ length: 40 }, (_, i) => `rl${i}@example.com`);
		ghl.fake.inject({
			path: '/contacts/upsert',
			status: 429,
			probability: 0.3,
			headers: { 'Retry-After': '0' },
		});
		const { items, error } = await runUpsert(emails.map(upsert));
		expect(error).toBeUndefined();
		expect(items.map((i) => i.json.email)).toEqual(emails);
		expect(items.every((i) => i.json.isNew === true)).toBe(true);
		const rejected = ghl.fake.requests.filter((r) => r.status === 429).length;
		expect(rejected).toBeGreaterThan(5);
		expect(ghl.fake.requests.filter((r) => r.status === 200)).toHaveLength(40); // upsert answers 200, as the spec declares
		expect(contactsIn(emails)).toHaveLength(40);
	});

	test("the fake's own rate limit is respected by pacing, not by bouncing off it", async () => {
		ghl.fake.rateLimit.max = 10;
		ghl.fake.rateLimit.intervalMs = 500;
		try {
			const emails = Array.from({ length: 35 }, (_, i) => `pace${i}@example.com`);
			const { items } = await runUpsert(emails.map(upsert));
			expect(items).toHaveLength(35);
			expect(ghl.fake.requests.filter((r) => r.status === 429).length).toBeLessThanOrEqual(1);
		} finally {
			ghl.fake.rateLimit.max = 100;
			ghl.fake.rateLimit.intervalMs = 10_000;
		}
	});

	test('a 5xx on create is a clear error and the create is not sent again', async () => {
		ghl.fake.inject({
			method: 'POST',
			path: '/contacts/',
			status: 502,
			body: { statusCode: 502, message: 'Bad Gateway' },
		});
		const { error } = await ghl.harness.runNode({
			type: 'goHighLevelContacts',
			parameters: {
				resource: 'contact',
				operation: 'create',
				fields: { email: 'once@example.com' },
			},
			credentialId: ghl.pit,
		});
		expect(error?.message).toBe('Bad Gateway [502]');
		expect(error?.description).toContain('server error');
		expect(ghl.fake.requestsTo('POST', '/contacts/')).toHaveLength(1);
		expect(contactsIn(['once@example.com'])).toHaveLength(0);
	});

	test('a 5xx on a create that GHL did process still leaves exactly one contact', async () => {
		ghl.fake.inject({ method: 'POST', path: '/contacts/', status: 504, afterProcessing: true });
		const { error } = await ghl.harness.runNode({
			type: 'goHighLevelContacts',
			parameters: {
				resource: 'contact',
				operation: 'create',
				fields: { email: 'lost-response@example.com' },
			},
			credentialId: ghl.pit,
		});
		expect(error?.message).toContain('[504]');
		expect(contactsIn(['lost-response@example.com'])).toHaveLength(1);
	});

	test('a 5xx on a read is retried with backoff and succeeds', async () => {
		ghl.fake.inject({
			method: 'GET',
			path: /^\/contacts\/search\/duplicate/,
			status: 503,
			times: 2,
		});
		const { items, error } = await ghl.harness.runNode({
			type: 'goHighLevelContacts',
			parameters: { resource: 'contact', operation: 'findDuplicate', email: 'x@example.com' },
			credentialId: ghl.pit,
		});
		expect(error).toBeUndefined();
		expect(items[0].json).toEqual({ found: false, contact: null });
		expect(ghl.fake.requests.map((r) => r.status)).toEqual([503, 503, 200]);
	});

	test('Continue On Fail: one bad item of three gives two results and one error, in order', async () => {
		const { items, error } = await runUpsert(
			[
				upsert('good1@example.com'),
				{ email: 'broken', firstName: 'x' },
				upsert('good2@example.com'),
			],
			{ continueOnFail: true },
		);
		expect(error).toBeUndefined();
		expect(items).toHaveLength(3);
		expect(items[0].json.email).toBe('good1@example.com');
		expect(items[1].json).toMatchObject({
			error: '"Email" is not a valid email address: "broken"',
		});
		expect(items[2].json.email).toBe('good2@example.com');
		expect(items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(ghl.fake.requestsTo('POST', '/contacts/upsert')).toHaveLength(2);
	});

	test("Continue On Fail keeps GHL's own message for API errors", async () => {
		const { items } = await ghl.harness.runNode(
			{
				type: 'goHighLevelContacts',
				parameters: {
					resource: 'contact',
					operation: 'get',
					contactId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
				},
				credentialId: ghl.pit,
				continueOnFail: true,
			},
			[{ id: 'missing1' }, { id: 'missing2' }],
		);
		expect(items.map((i) => i.json.error)).toEqual([
			'Contact not found [400]',
			'Contact not found [400]',
		]);
	});

	test("a revoked token: 401 with GHL's message and a reconnect hint, no secret in the error", async () => {
		ghl.harness.addTokenCredential(
			ghl.fake.url,
			'pit-revoked-secret',
			{ locationId: 'loc_main' },
			'revoked',
		);
		const { error } = await ghl.harness.runNode({
			type: 'goHighLevelContacts',
			parameters: { resource: 'contact', operation: 'findDuplicate', email: 'x@example.com' },
			credentialId: 'revoked',
		});
		expect(error?.message).toBe('Invalid JWT [401]');
		expect(error?.description).toContain('Reconnect');
		expect(JSON.stringify(error)).not.toContain('pit-revoked-secret');
	});
});
