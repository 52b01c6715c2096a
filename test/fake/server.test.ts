import { FakeGhl } from './server';

/**
 * The fake's answers are checked like the requests are: an answer outside the operation's documented responses is
 * recorded in `violations`, which every test using the fake (test/harness/ghl.ts, the e2e suites) requires empty.
 */
describe('FakeGhl: its own answers are checked against the spec', () => {
	let fake: FakeGhl;
	beforeAll(async () => {
		fake = await FakeGhl.start();
	});
	afterAll(async () => fake.stop());
	beforeEach(() => {
		fake.resetLog();
		fake.clearFaults();
	});

	const bulkTags = (contacts: string[]) =>
		fetch(`${fake.url}/contacts/bulk/tags/update/add`, {
			method: 'POST',
			headers: {
				authorization: 'Bearer pit-location-main',
				version: '2021-07-28',
				'content-type': 'application/json',
			},
			body: JSON.stringify({ locationId: 'loc_main', contacts, tags: ['vip'] }),
		});

	test('a handler answer in the documented shape records nothing', async () => {
		const response = await bulkTags(['abcdef']);
		expect(response.status).toBe(201);
		expect(await response.json()).toEqual({
			succeded: false,
			errorCount: 1,
			responses: [
				{ contactId: 'abcdef', message: 'contact id is not a valid firebase id', type: 'error' },
			],
		});
		expect(fake.violations).toEqual([]);
	});

	test('an answer outside the documented responses is recorded as a response violation', async () => {
		fake.inject({
			path: '/contacts/bulk/tags/update/add',
			status: 201,
			body: { ids: ['abcdef'], success: true },
			times: 1,
		});
		await bulkTags(['abcdef']);
		fake.inject({
			path: '/contacts/bulk/tags/update/add',
			status: 200,
			body: { succeded: true, errorCount: 0, responses: [] },
			times: 1,
		});
		await bulkTags(['abcdef']);
		expect(fake.violations).toEqual([
			{
				where: 'response',
				message: 'create-association answered 201: response.succeded is required',
				method: 'POST',
				path: '/contacts/bulk/tags/update/add',
			},
			{
				where: 'response',
				message: 'create-association answered 201: response.errorCount is required',
				method: 'POST',
				path: '/contacts/bulk/tags/update/add',
			},
			{
				where: 'response',
				message: 'create-association answered 201: response.responses is required',
				method: 'POST',
				path: '/contacts/bulk/tags/update/add',
			},
			{
				where: 'response',
				message:
					'create-association answered 200, a status the spec does not declare (it declares 201)',
				method: 'POST',
				path: '/contacts/bulk/tags/update/add',
			},
		]);
	});

	test("error answers it makes itself (unknown token, rate limit) have GHL's common error shape", async () => {
		const unknown = await fetch(`${fake.url}/contacts/c1`, {
			headers: { authorization: 'Bearer nope', version: '2021-07-28' },
		});
		expect(unknown.status).toBe(401);
		fake.inject({ path: '/contacts/bulk/tags/update/add', status: 429, times: 1 });
		expect((await bulkTags(['abcdef'])).status).toBe(429);
		expect(fake.violations).toEqual([]);
	});
});
