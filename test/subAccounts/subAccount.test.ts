import { GoHighLevelSubAccounts } from '../../nodes/GoHighLevelSubAccounts/GoHighLevelSubAccounts.node';
import { snapshotLoads } from '../fake/handlers/locations';
import { FAKE_APP_ID } from '../fake/handlers/oauth';
import { useGhl } from '../harness/ghl';
import { addAgency, locator, type AgencyBed } from './agency';
import { expectTokensFitSpec, pickerContext, subAccountsRunner, tokenOf } from './node';

describe('GoHighLevel Sub-Accounts: sub-accounts, installed locations, sub-account tokens', () => {
	const ghl = useGhl();
	const run = subAccountsRunner(ghl);
	let bed: AgencyBed;
	beforeAll(() => {
		bed = addAgency(ghl);
	});
	afterEach(() => expectTokensFitSpec(ghl.fake));

	test('the node is usable as a tool; delete shows the extra scope it needs and token output is marked sensitive', () => {
		const { description } = new GoHighLevelSubAccounts();
		expect(description.usableAsTool).toBe(true);
		const forOperation = (resource: string, operation: string) =>
			description.properties.filter(
				(p) =>
					p.displayOptions?.show?.resource?.includes(resource) &&
					p.displayOptions?.show?.operation?.includes(operation),
			);
		const notice = forOperation('subAccount', 'delete').find((p) => p.type === 'notice');
		expect(notice?.displayName).toContain('locations.internal-access-only');
		expect(
			forOperation('subAccount', 'delete').find((p) => p.name === 'confirmDelete'),
		).toMatchObject({ type: 'boolean', default: false });
		const operations = description.properties.find(
			(p) => p.name === 'operation' && p.displayOptions?.show?.resource?.[0] === 'subAccount',
		);
		const getToken = operations?.options?.find((o) => 'value' in o && o.value === 'getToken') as {
			description: string;
		};
		expect(getToken.description).toMatch(/contains the token: a secret/);
	});

	test("the Sub-Account picker lists the agency's sub-accounts, filtered by name", async () => {
		const { methods } = new GoHighLevelSubAccounts();
		const ctx = pickerContext(ghl.fake, 'pit-agency-company_agency', {
			accountType: 'agency',
			companyId: 'company_agency',
		});
		const { results } = await methods.listSearch.searchSubAccounts.call(ctx, 'dental');
		expect(results.map((r) => r.value)).toEqual(['loc_east', 'loc_north', 'loc_south', 'loc_west']);
		expect(ghl.fake.requests[0]).toMatchObject({
			method: 'GET',
			path: '/locations/search',
			query: { companyId: 'company_agency', skip: '0', limit: '100' },
		});
		const snapshots = await methods.loadOptions.getSnapshots.call(ctx);
		expect(snapshots.map((s) => s.value)).toEqual(['', 'snap_dental_starter', 'snap_med_spa']);
	});

	describe('search', () => {
		test('by email: GHL filters, with the agency token', async () => {
			const { items, error } = await run(bed.oauth, {
				resource: 'subAccount',
				operation: 'search',
				filters: { email: 'loc_south@example.com' },
				returnAll: true,
			});
			expect(error).toBeUndefined();
			expect(items.map((i) => i.json.id)).toEqual(['loc_south']);
			const [request] = ghl.fake.requests;
			expect(request).toMatchObject({
				method: 'GET',
				path: '/locations/search',
				query: {
					companyId: 'company_agency',
					email: 'loc_south@example.com',
					skip: '0',
					limit: '100',
				},
			});
			expect(request.headers.version).toBe('2021-07-28');
			expect(tokenOf(ghl.fake, request)).toMatchObject({
				kind: 'agency',
				companyId: 'company_agency',
			});
			expect(ghl.fake.requestsTo('POST', '/oauth/locationToken')).toHaveLength(0);
		});

		test('by name: the node filters every page, then Limit applies', async () => {
			const { items } = await run(bed.pit, {
				resource: 'subAccount',
				operation: 'search',
				filters: { name: 'DENTAL', order: 'desc' },
				returnAll: false,
				limit: 2,
			});
			expect(items.map((i) => i.json.name)).toEqual([
				'West Hills Dental (no app)',
				'South Bay Dental',
			]);
			expect(ghl.fake.requests[0].query).toEqual({
				companyId: 'company_agency',
				order: 'desc',
				skip: '0',
				limit: '100',
			});
		});

		test('without a name, Limit is the page size sent to GHL', async () => {
			const { items } = await run(bed.pit, {
				resource: 'subAccount',
				operation: 'search',
				returnAll: false,
				limit: 2,
			});
			expect(items.map((i) => i.json.id)).toEqual(['loc_east', 'loc_north']);
			expect(ghl.fake.requests.map((r) => r.query.limit)).toEqual(['2']);
		});
	});

	test('get: the sub-account of the Sub-Account field', async () => {
		const { items, error } = await run(bed.oauth, {
			resource: 'subAccount',
			operation: 'get',
			locationId: locator('loc_north'),
		});
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({
			id: 'loc_north',
			name: 'North Side Dental',
			companyId: 'company_agency',
			timezone: 'America/Chicago',
		});
		expect(ghl.fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			'GET /locations/loc_north',
		]);
	});

	describe('create and update', () => {
		test('create sends the profile, the prospect, the snapshot and the settings; the new sub-account can be got', async () => {
			const { items, error } = await run(bed.oauth, {
				resource: 'subAccount',
				operation: 'create',
				name: 'Harbor Dental',
				fields: {
					address: '1 Harbor Way',
					city: 'Boston',
					country: 'us',
					phone: '+1 (617) 555-0100',
					timezone: 'America/New_York',
					website: 'https://harbor.example.com',
				},
				prospect: {
					person: { firstName: 'Hana', lastName: 'Harbor', email: 'hana@harbor.example.com' },
				},
				snapshotId: 'snap_dental_starter',
				settings: { allowDuplicateContact: true },
			});
			expect(error).toBeUndefined();
			const [request] = ghl.fake.requests;
			expect(request).toMatchObject({ method: 'POST', path: '/locations/', status: 200 });
			expect(request.body).toEqual({
				name: 'Harbor Dental',
				companyId: 'company_agency',
				address: '1 Harbor Way',
				city: 'Boston',
				country: 'US',
				phone: '+16175550100',
				timezone: 'America/New_York',
				website: 'https://harbor.example.com',
				prospectInfo: { firstName: 'Hana', lastName: 'Harbor', email: 'hana@harbor.example.com' },
				snapshotId: 'snap_dental_starter',
				settings: { allowDuplicateContact: true },
			});
			expect(tokenOf(ghl.fake, request)?.kind).toBe('agency');
			const id = String(items[0].json.id);
			expect(items[0].json).toMatchObject({ name: 'Harbor Dental', companyId: 'company_agency' });
			expect([...snapshotLoads(ghl.fake.store.location(id)!).keys()]).toEqual([
				'snap_dental_starter',
			]);

			ghl.fake.resetLog();
			const got = await run(bed.oauth, {
				resource: 'subAccount',
				operation: 'get',
				locationId: locator(id),
			});
			expect(got.items[0].json).toMatchObject({ id, name: 'Harbor Dental', city: 'Boston' });
		});

		test('create refuses a bad field before any request, naming it', async () => {
			const badPhone = await run(bed.oauth, {
				resource: 'subAccount',
				operation: 'create',
				name: 'X',
				fields: { phone: '555' },
			});
			expect(badPhone.error?.message).toBe('"Phone" is not a valid phone number: "555"');
			const badTimezone = await run(bed.oauth, {
				resource: 'subAccount',
				operation: 'create',
				name: 'X',
				fields: { timezone: 'Eastern' },
			});
			expect(badTimezone.error?.message).toBe('"Timezone" is not an IANA time zone: "Eastern"');
			const noName = await run(bed.oauth, {
				resource: 'subAccount',
				operation: 'create',
				name: ' ',
			});
			expect(noName.error?.message).toBe('"Name" is required');
			expect(ghl.fake.requests).toHaveLength(0);
		});

		test('update sends only what changes, with the snapshot to load and whether it overrides', async () => {
			const { items, error } = await run(bed.oauth, {
				resource: 'subAccount',
				operation: 'update',
				locationId: locator('loc_east'),
				name: 'East End Dental Care',
				fields: { website: 'https://east.example.com' },
				snapshotId: 'snap_med_spa',
				snapshotOverride: true,
			});
			expect(error).toBeUndefined();
			const [request] = ghl.fake.requests;
			expect(request).toMatchObject({ method: 'PUT', path: '/locations/loc_east' });
			expect(request.body).toEqual({
				companyId: 'company_agency',
				name: 'East End Dental Care',
				website: 'https://east.example.com',
				snapshot: { id: 'snap_med_spa', override: true },
			});
			expect(items[0].json).toMatchObject({
				id: 'loc_east',
				name: 'East End Dental Care',
				website: 'https://east.example.com',
			});
			expect(
				snapshotLoads(ghl.fake.store.location('loc_east')!).get('snap_med_spa')?.override,
			).toBe(true);
		});

		test('update with nothing to change is refused before any request', async () => {
			const { error } = await run(bed.oauth, {
				resource: 'subAccount',
				operation: 'update',
				locationId: locator('loc_east'),
			});
			expect(error?.message).toBe('Nothing to update');
			expect(ghl.fake.requests).toHaveLength(0);
		});
	});

	describe('delete', () => {
		test('without "Confirm Deletion" it is refused before any request; Continue On Fail gives one error item per item', async () => {
			const stopped = await run(bed.pit, {
				resource: 'subAccount',
				operation: 'delete',
				locationId: locator('loc_west'),
			});
			expect(stopped.error?.message).toBe(
				'Sub-account loc_west was not deleted: "Confirm Deletion" is off',
			);
			expect(stopped.error?.description).toContain('Turn on "Confirm Deletion"');

			const { items, error } = await run(
				bed.pit,
				{ resource: 'subAccount', operation: 'delete', locationId: locator('={{ $json.loc }}') },
				[{ loc: 'loc_west' }, { loc: 'loc_north' }],
				{ continueOnFail: true },
			);
			expect(error).toBeUndefined();
			expect(items.map((i) => [i.json.error, i.pairedItem])).toEqual([
				['Sub-account loc_west was not deleted: "Confirm Deletion" is off', { item: 0 }],
				['Sub-account loc_north was not deleted: "Confirm Deletion" is off', { item: 1 }],
			]);
			expect(ghl.fake.requests).toHaveLength(0);
			expect(ghl.fake.store.location('loc_west')).toBeDefined();
		});

		test('with a token lacking locations.internal-access-only GHL answers 403 and the hint names that scope', async () => {
			const { error } = await run(bed.oauth, {
				resource: 'subAccount',
				operation: 'delete',
				locationId: locator('loc_west'),
				confirmDelete: true,
			});
			expect(error?.message).toContain('[403]');
			expect(error?.description).toContain('locations.internal-access-only');
			expect(error?.description).toContain("not in the credential's default scopes");
			expect(ghl.fake.requestsTo('DELETE', '/locations/loc_west')).toHaveLength(1);
			expect(ghl.fake.store.location('loc_west')).toBeDefined();
		});

		test('confirmed, with a token that has the scope: the sub-account is gone', async () => {
			const { items, error } = await run(bed.pit, {
				resource: 'subAccount',
				operation: 'delete',
				locationId: locator('loc_west'),
				confirmDelete: true,
				deleteTwilioAccount: true,
			});
			expect(error).toBeUndefined();
			const [request] = ghl.fake.requests;
			expect(request).toMatchObject({
				method: 'DELETE',
				path: '/locations/loc_west',
				query: { deleteTwilioAccount: 'true' },
				status: 200,
			});
			expect(items.map((i) => i.json)).toEqual([
				{
					success: true,
					message: 'Deleted location with id: loc_west',
					id: 'loc_west',
					deleted: true,
				},
			]);
			expect(ghl.fake.store.location('loc_west')).toBeUndefined();
		});
	});

	describe('get sub-account token', () => {
		test('exchanges the agency connection for a token of the chosen sub-account and outputs it', async () => {
			const { items, error } = await run(bed.oauth, {
				resource: 'subAccount',
				operation: 'getToken',
				locationId: locator('loc_east'),
			});
			expect(error).toBeUndefined();
			const [request] = ghl.fake.requests;
			expect(request).toMatchObject({
				method: 'POST',
				path: '/oauth/locationToken',
				body: { companyId: 'company_agency', locationId: 'loc_east' },
			});
			expect(request.headers['content-type']).toBe('application/x-www-form-urlencoded');
			expect(tokenOf(ghl.fake, request)).toMatchObject({ kind: 'agency', source: 'oauth' });
			expect(items).toHaveLength(1);
			expect(items[0].json).toMatchObject({ locationId: 'loc_east', token_type: 'Bearer' });
			expect(ghl.fake.store.tokens.get(String(items[0].json.access_token))).toMatchObject({
				kind: 'location',
				locationId: 'loc_east',
			});
		});

		test('a Private Integration Token is refused before any request', async () => {
			const { error } = await run(bed.pit, {
				resource: 'subAccount',
				operation: 'getToken',
				locationId: locator('loc_east'),
			});
			expect(error?.message).toBe('"Get Sub-Account Token" needs an agency OAuth2 connection');
			expect(ghl.fake.requests).toHaveLength(0);
		});
	});

	describe('installed locations', () => {
		test('lists where the app is installed, with the app id taken from a client id', async () => {
			const { items, error } = await run(bed.oauth, {
				resource: 'installedLocation',
				operation: 'getMany',
				appId: `${FAKE_APP_ID}-agencyclient`,
				filters: { isInstalled: true },
				returnAll: true,
			});
			expect(error).toBeUndefined();
			expect(items.map((i) => i.json._id).sort()).toEqual(['loc_east', 'loc_north', 'loc_south']);
			expect(items.every((i) => i.json.isInstalled === true)).toBe(true);
			const [request] = ghl.fake.requests;
			expect(request).toMatchObject({
				method: 'GET',
				path: '/oauth/installedLocations',
				query: {
					companyId: 'company_agency',
					appId: FAKE_APP_ID,
					isInstalled: 'true',
					skip: '0',
					limit: '100',
				},
			});
			expect(tokenOf(ghl.fake, request)).toMatchObject({ kind: 'agency', source: 'oauth' });
		});

		test('Limit pages through with skip', async () => {
			const { items } = await run(bed.oauth, {
				resource: 'installedLocation',
				operation: 'getMany',
				appId: FAKE_APP_ID,
				returnAll: false,
				limit: 1,
			});
			expect(items).toHaveLength(1);
			expect(ghl.fake.requests.map((r) => [r.query.skip, r.query.limit])).toEqual([['0', '1']]);
		});

		test('a sub-account credential is refused before any request', async () => {
			const { error } = await run(ghl.pit, {
				resource: 'installedLocation',
				operation: 'getMany',
				appId: FAKE_APP_ID,
			});
			expect(error?.message).toBe(
				'"Installed Location: Get Many" needs an agency OAuth2 connection',
			);
			expect(ghl.fake.requests).toHaveLength(0);
		});
	});
});
