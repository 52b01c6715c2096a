import { FakeGhl } from '../fake/server';
import { EngineHarness } from '../harness/engine';
import { useGhl } from '../harness/ghl';

const contacts = (
	parameters: Record<string, unknown>,
	credentialId: string,
	continueOnFail = false,
) => ({
	type: 'goHighLevelContacts',
	credentialId,
	continueOnFail,
	parameters: { resource: 'contact', ...parameters },
});

describe("GHL's daily limit", () => {
	// A fake of its own: the daily block lasts until the reset, for every execution of the process on that host.
	let fake: FakeGhl;
	let harness: EngineHarness;
	let pit: string;
	beforeAll(async () => {
		fake = await FakeGhl.start();
		harness = new EngineHarness();
		pit = harness.addTokenCredential(fake.url, 'pit-location-main', { locationId: 'loc_main' });
	});
	afterAll(async () => fake.stop());

	test('once GHL says the day is spent, the other items fail at once with the daily limit and its reset, unsent', async () => {
		fake.rateLimit.daily = 3;
		const emails = ['d1', 'd2', 'd3', 'd4', 'd5'].map((n) => ({ email: `${n}@example.com` }));
		const { items, error } = await harness.runNode(
			contacts({ operation: 'create', fields: { email: '={{ $json.email }}' } }, pit, true),
			emails,
		);
		expect(error).toBeUndefined();
		expect(items.slice(0, 3).map((i) => i.json.email)).toEqual([
			'd1@example.com',
			'd2@example.com',
			'd3@example.com',
		]);
		const tomorrow = new Date(Date.now());
		const reset = new Date(
			Date.UTC(tomorrow.getUTCFullYear(), tomorrow.getUTCMonth(), tomorrow.getUTCDate() + 1),
		)
			.toISOString()
			.replace('.000Z', 'Z');
		for (const item of items.slice(3)) {
			expect(item.json.error).toBe(
				`GoHighLevel's daily limit of 3 requests for this sub-account is used up; it resets at ${reset} (GHL does not say when its day starts; 00:00 UTC assumed) [429]`,
			);
		}
		expect(fake.requestsTo('POST', '/contacts/')).toHaveLength(3);
	});
});

describe('a 429 that says the day is spent', () => {
	const ghl = useGhl();

	test("fails at once, with the reset GHL's Retry-After names, and no retry", async () => {
		ghl.fake.inject({
			method: 'GET',
			path: /^\/contacts\/search\/duplicate/,
			status: 429,
			headers: {
				'X-RateLimit-Limit-Daily': '200000',
				'X-RateLimit-Daily-Remaining': '0',
				'Retry-After': '3600',
			},
		});
		const before = Date.now();
		const { error } = await ghl.harness.runNode(
			contacts({ operation: 'findDuplicate', email: 'x@example.com' }, ghl.pit),
		);
		expect(error?.message).toMatch(
			/^GoHighLevel's daily limit of 200,000 requests for this sub-account is used up; it resets at (\S+) \[429\]$/,
		);
		const resetAt = Date.parse(/resets at (\S+)/.exec(error!.message)![1]);
		expect(resetAt).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000 + 3_600_000 - 1000);
		expect(resetAt).toBeLessThanOrEqual(Date.now() + 3_600_000);
		expect(error?.description).toContain('X-RateLimit-Limit-Daily');
		expect(ghl.fake.requests).toHaveLength(1);
		expect(JSON.stringify(error)).not.toContain('Bearer');
	});
});

describe('retries that are safe', () => {
	const ghl = useGhl();

	test('a burst 429 whose Retry-After is an HTTP-date is retried, and the create happens once', async () => {
		ghl.fake.inject({
			method: 'POST',
			path: '/contacts/',
			status: 429,
			times: 1,
			headers: { 'Retry-After': new Date(Date.now() + 1000).toUTCString() },
		});
		const { items, error } = await ghl.harness.runNode(
			contacts({ operation: 'create', fields: { email: 'after-date@example.com' } }, ghl.pit),
		);
		expect(error).toBeUndefined();
		expect(items[0].json.email).toBe('after-date@example.com');
		expect(ghl.fake.requestsTo('POST', '/contacts/').map((r) => r.status)).toEqual([429, 201]);
	});

	test('the read-only POST /contacts/search is sent again after 5xx and network failures', async () => {
		ghl.fake.inject({ method: 'POST', path: '/contacts/search', status: 503, times: 1 });
		ghl.fake.inject({ method: 'POST', path: '/contacts/search', status: 502, times: 1 });
		const { items, error } = await ghl.harness.runNode(
			contacts({ operation: 'getMany', returnAll: false, limit: 5 }, ghl.pit),
		);
		expect(error).toBeUndefined();
		expect(items.length).toBeGreaterThan(0);
		expect(ghl.fake.requestsTo('POST', '/contacts/search').map((r) => r.status)).toEqual([
			503, 502, 200,
		]);
	});

	test('a create is still never sent twice after a 5xx', async () => {
		ghl.fake.inject({ method: 'POST', path: '/contacts/', status: 503, times: 1 });
		const { error } = await ghl.harness.runNode(
			contacts({ operation: 'create', fields: { email: 'not-twice@example.com' } }, ghl.pit),
		);
		expect(error?.message).toContain('[503]');
		expect(ghl.fake.requestsTo('POST', '/contacts/')).toHaveLength(1);
	});

	test('a DELETE whose answer was lost is retried; GHL\'s "not found" then means it is done', async () => {
		const { items: created } = await ghl.harness.runNode(
			contacts({ operation: 'create', fields: { email: 'gone@example.com' } }, ghl.pit),
		);
		const id = String(created[0].json.id);
		ghl.fake.resetLog();
		ghl.fake.inject({
			method: 'DELETE',
			path: `/contacts/${id}`,
			status: 502,
			afterProcessing: true,
			times: 1,
		});
		const { items, error } = await ghl.harness.runNode(
			contacts({ operation: 'delete', contactId: { __rl: true, mode: 'id', value: id } }, ghl.pit),
		);
		expect(error).toBeUndefined();
		expect(items.map((i) => i.json)).toEqual([{ id, deleted: true }]);
		// The first attempt deleted it; the retry found nothing left.
		expect(ghl.fake.requestsTo('DELETE', `/contacts/${id}`).map((r) => r.status)).toEqual([
			502, 400,
		]);
		expect(ghl.fake.store.location('loc_main')!.collection('contacts').has(id)).toBe(false);
	});

	test('a DELETE of something that never existed is still an error', async () => {
		const { error } = await ghl.harness.runNode(
			contacts(
				{ operation: 'delete', contactId: { __rl: true, mode: 'id', value: 'noSuchContact1' } },
				ghl.pit,
			),
		);
		expect(error?.message).toBe('Contact not found [400]');
		expect(ghl.fake.requests).toHaveLength(1);
	});
});
