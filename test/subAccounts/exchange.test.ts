import { AGENCY_OAUTH_CLIENT } from '../fake/seed';
import { useGhl } from '../harness/ghl';
import { addAgency, locator, type AgencyBed } from './agency';

/** Agency → sub-account token exchange in the shared transport, seen through the Contacts node. */
describe('agency credentials act on sub-accounts', () => {
	const ghl = useGhl();
	let bed: AgencyBed;
	beforeAll(() => {
		bed = addAgency(ghl);
	});

	const contacts = (
		parameters: Record<string, unknown>,
		credentialId: string,
		authentication = 'oAuth2',
	) => ({
		type: 'goHighLevelContacts',
		credentialId,
		parameters: { authentication, resource: 'contact', ...parameters },
	});
	const tokenOf = (authorization: unknown) =>
		ghl.fake.store.tokens.get(String(authorization).replace(/^Bearer /, ''));

	test('one agency OAuth2 credential runs Contacts for 3 sub-accounts, one exchange per sub-account', async () => {
		const [north, south, east] = bed.agency.locationIds;
		const items = [north, south, east, north, south, east, north].map((loc, i) => ({
			loc,
			email: `agency${i}@example.com`,
		}));
		const { items: out, error } = await ghl.harness.runNodes(items, [
			contacts(
				{
					operation: 'create',
					locationId: locator('={{ $json.loc }}'),
					fields: { email: '={{ $json.email }}', firstName: 'Client' },
				},
				bed.oauth,
			),
		]);
		expect(error).toBeUndefined();
		expect(out).toHaveLength(7);

		const exchanges = ghl.fake.requestsTo('POST', '/oauth/locationToken');
		expect(exchanges.map((r) => r.body.locationId)).toEqual([north, south, east]);
		expect(exchanges.every((r) => r.body.companyId === 'company_agency')).toBe(true);
		expect(
			exchanges.every((r) => r.headers['content-type'] === 'application/x-www-form-urlencoded'),
		).toBe(true);
		// The exchange itself goes out with the agency's own OAuth2 token.
		expect(
			exchanges.every(
				(r) => r.headers.authorization === `Bearer ${bed.agency.tokens.access_token}`,
			),
		).toBe(true);

		const creates = ghl.fake.requestsTo('POST', '/contacts/');
		expect(creates).toHaveLength(7);
		for (const request of creates) {
			const token = tokenOf(request.headers.authorization);
			expect(token).toMatchObject({
				kind: 'location',
				source: 'locationToken',
				locationId: request.body.locationId,
			});
			expect(request.status).toBe(201);
		}
		// Each sub-account's requests carry that sub-account's token, the same one for all its items.
		const tokensBySubAccount = new Map<string, Set<string>>();
		for (const request of creates) {
			const set = tokensBySubAccount.get(request.body.locationId) ?? new Set();
			set.add(String(request.headers.authorization));
			tokensBySubAccount.set(request.body.locationId, set);
		}
		expect([...tokensBySubAccount.values()].map((s) => s.size)).toEqual([1, 1, 1]);
		expect(new Set([...tokensBySubAccount.values()].flatMap((s) => [...s])).size).toBe(3);

		for (const [i, item] of out.entries()) {
			const location = ghl.fake.store.location(items[i].loc)!;
			expect(location.collection('contacts').get(String(item.json.id))?.email).toBe(items[i].email);
		}
		// No token in what the node outputs.
		expect(JSON.stringify(out)).not.toMatch(/lt-|at-/);
	});

	test('requests without a locationId of their own (get by id) use the Sub-Account chosen in the node', async () => {
		const [north] = bed.agency.locationIds;
		const contact = [...ghl.fake.store.location(north)!.collection('contacts').values()][0];
		const { items, error } = await ghl.harness.runNode(
			contacts(
				{ operation: 'get', locationId: locator(north), contactId: locator(contact.id) },
				bed.oauth,
			),
		);
		expect(error).toBeUndefined();
		expect(items[0].json.id).toBe(contact.id);
		const [get] = ghl.fake.requestsTo('GET', `/contacts/${contact.id}`);
		expect(tokenOf(get.headers.authorization)).toMatchObject({
			kind: 'location',
			locationId: north,
		});
	});

	test('a new execution reuses the token of the process: one exchange per sub-account, not per execution', async () => {
		const [north] = bed.agency.locationIds;
		const params = {
			operation: 'create',
			locationId: locator(north),
			fields: { email: '={{ $json.email }}' },
		};
		await ghl.harness.runNode(contacts(params, bed.oauth), [
			{ email: 'again1@example.com' },
			{ email: 'again2@example.com' },
		]);
		await Promise.all([
			ghl.harness.runNode(contacts(params, bed.oauth), [{ email: 'again3@example.com' }]),
			ghl.harness.runNode(contacts(params, bed.oauth), [{ email: 'again4@example.com' }]),
		]);
		// North's token may already be cached by an earlier test of this file: at most one exchange, never one per run.
		expect(ghl.fake.requestsTo('POST', '/oauth/locationToken').length).toBeLessThanOrEqual(1);
		const creates = ghl.fake.requestsTo('POST', '/contacts/');
		expect(creates.map((r) => r.status)).toEqual([201, 201, 201, 201]);
		expect(new Set(creates.map((r) => r.headers.authorization)).size).toBe(1);
	});

	test('a token is used until shortly before it expires, then exchanged again', async () => {
		const [, , east] = bed.agency.locationIds;
		const ttl = ghl.fake.accessTokenTtlSeconds;
		// A 2 s token: the nodes stop using it after half its life (the margin is at most 5 min, at most half).
		ghl.fake.accessTokenTtlSeconds = 2;
		// A credential of its own, so no token cached by the other tests is used.
		const otherCredential = ghl.harness.addCredential({
			id: 'oauth-agency-short',
			name: 'Agency OAuth2 (short tokens)',
			type: 'goHighLevelOAuth2Api',
			data: {
				clientId: AGENCY_OAUTH_CLIENT.clientId,
				clientSecret: AGENCY_OAUTH_CLIENT.clientSecret,
				userType: 'Company',
				baseUrl: ghl.fake.url,
				oauthTokenData: { ...bed.agency.tokens } as never,
			},
		});
		try {
			const run = (email: string) =>
				ghl.harness.runNode(
					contacts(
						{ operation: 'create', locationId: locator(east), fields: { email } },
						otherCredential,
					),
				);
			await run('short1@example.com');
			await run('short2@example.com');
			expect(ghl.fake.requestsTo('POST', '/oauth/locationToken')).toHaveLength(1);
			await new Promise((resolve) => setTimeout(resolve, 1_100));
			await run('short3@example.com');
			expect(ghl.fake.requestsTo('POST', '/oauth/locationToken')).toHaveLength(2);
			expect(ghl.fake.requestsTo('POST', '/contacts/').map((r) => r.status)).toEqual([
				201, 201, 201,
			]);
		} finally {
			ghl.fake.accessTokenTtlSeconds = ttl;
		}
	});

	test('a sub-account token GHL refuses is exchanged again once', async () => {
		const [, south] = bed.agency.locationIds;
		const run = (email: string) =>
			ghl.harness.runNode(
				contacts({ operation: 'create', locationId: locator(south), fields: { email } }, bed.oauth),
			);
		await run('before-refusal@example.com'); // south's token is cached from here on
		ghl.fake.resetLog();
		ghl.fake.inject({
			method: 'POST',
			path: '/contacts/',
			status: 401,
			body: { statusCode: 401, message: 'Invalid JWT' },
			times: 1,
		});
		const { items, error } = await run('retry@example.com');
		expect(error).toBeUndefined();
		expect(items).toHaveLength(1);
		expect(ghl.fake.requestsTo('POST', '/oauth/locationToken')).toHaveLength(1);
		const creates = ghl.fake.requestsTo('POST', '/contacts/');
		expect(creates.map((r) => r.status)).toEqual([401, 201]);
		expect(creates[0].headers.authorization).not.toBe(creates[1].headers.authorization);
	});

	test('without a Sub-Account the agency credential is refused before any request', async () => {
		const { error } = await ghl.harness.runNode(
			contacts({ operation: 'create', fields: { email: 'x@example.com' } }, bed.oauth),
		);
		expect(error?.message).toBe('"Sub-Account" is required with an agency credential');
		expect(ghl.fake.requests).toHaveLength(0);
	});

	test('a sub-account the app is not installed on gives a clear error without any token in it', async () => {
		const { error } = await ghl.harness.runNode(
			contacts(
				{
					operation: 'create',
					locationId: locator(bed.agency.notInstalledLocationId),
					fields: { email: 'x@example.com' },
				},
				bed.oauth,
			),
		);
		expect(error?.message).toContain(
			`Could not get a token for sub-account ${bed.agency.notInstalledLocationId}`,
		);
		expect(error?.message).toContain('This app is not installed on the location');
		expect(error?.description).toContain('installed');
		expect(JSON.stringify(error)).not.toContain(bed.agency.tokens.access_token);
		expect(ghl.fake.requestsTo('POST', '/contacts/')).toHaveLength(0);
	});

	test('an error on the sub-account request carries no token', async () => {
		const [east] = bed.agency.locationIds;
		const { error } = await ghl.harness.runNode(
			contacts(
				{ operation: 'get', locationId: locator(east), contactId: locator('missingContact1') },
				bed.oauth,
			),
		);
		expect(error).toBeDefined();
		const issued = [...ghl.fake.store.tokens.entries()]
			.filter(([, t]) => t.source === 'locationToken')
			.map(([k]) => k);
		const text =
			JSON.stringify(error) +
			String(error?.message) +
			String(error?.description) +
			String(error?.stack);
		for (const token of issued) expect(text).not.toContain(token);
	});

	test('an agency Private Integration Token names the fix for sub-account-only operations', async () => {
		const [north] = bed.agency.locationIds;
		const { error } = await ghl.harness.runNode(
			contacts(
				{ operation: 'create', locationId: locator(north), fields: { email: 'x@example.com' } },
				bed.pit,
				'privateIntegrationToken',
			),
		);
		expect(error?.message).toBe(
			'This operation (POST /contacts/) needs a sub-account token; an agency Private Integration Token cannot be used for it',
		);
		expect(error?.description).toContain('Private Integration Token created in the sub-account');
		expect(error?.description).toContain('OAuth2');
		expect(ghl.fake.requests).toHaveLength(0);
	});
});
