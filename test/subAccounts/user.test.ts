import { useGhl } from '../harness/ghl';
import { addAgency, locator, type AgencyBed } from './agency';
import { expectTokensFitSpec, subAccountsRunner, tokenOf } from './node';

describe('GoHighLevel Sub-Accounts: users', () => {
	const ghl = useGhl();
	const run = subAccountsRunner(ghl);
	let bed: AgencyBed;
	const NORTH = 'loc_north';
	const usersOf = (locationId: string) => [
		...ghl.fake.store.location(locationId)!.collection('users').values(),
	];

	beforeAll(() => {
		bed = addAgency(ghl);
	});
	afterEach(() => expectTokensFitSpec(ghl.fake));

	test("get many: the users of the sub-account, with that sub-account's token", async () => {
		const { items, error } = await run(bed.oauth, {
			resource: 'user',
			operation: 'getMany',
			locationId: locator(NORTH),
		});
		expect(error).toBeUndefined();
		expect(items.map((i) => i.json.email)).toEqual([
			'olivia@mainstreetdental.example',
			'sam@mainstreetdental.example',
			'fiona@mainstreetdental.example',
		]);
		const [exchange, list] = ghl.fake.requests;
		expect(exchange).toMatchObject({
			method: 'POST',
			path: '/oauth/locationToken',
			body: { locationId: NORTH },
		});
		expect(list).toMatchObject({ method: 'GET', path: '/users/', query: { locationId: NORTH } });
		expect(tokenOf(ghl.fake, list)).toMatchObject({ kind: 'location', locationId: NORTH });
	});

	test('create, get, update, search, delete from the agency connection', async () => {
		const created = await run(bed.oauth, {
			resource: 'user',
			operation: 'create',
			locationId: locator(NORTH),
			firstName: 'Nora',
			lastName: 'Nurse',
			email: 'nora@north.example',
			password: 'S3cret!pass',
			role: 'user',
			type: 'account',
			phone: '+1 415 555 0199',
		});
		expect(created.error).toBeUndefined();
		const [post] = ghl.fake.requests;
		expect(post).toMatchObject({ method: 'POST', path: '/users/', status: 201 });
		expect(post.body).toEqual({
			firstName: 'Nora',
			lastName: 'Nurse',
			email: 'nora@north.example',
			password: 'S3cret!pass',
			type: 'account',
			role: 'user',
			locationIds: [NORTH],
			phone: '+14155550199',
			companyId: 'company_agency',
		});
		expect(tokenOf(ghl.fake, post)?.kind).toBe('agency');
		const id = String(created.items[0].json.id);
		expect(created.items[0].json).toMatchObject({
			name: 'Nora Nurse',
			roles: { type: 'account', role: 'user', locationIds: [NORTH] },
		});
		expect(created.items[0].json.password).toBeUndefined();
		expect(usersOf(NORTH).map((u) => u.id)).toContain(id);

		ghl.fake.resetLog();
		const got = await run(bed.oauth, { resource: 'user', operation: 'get', userId: locator(id) });
		expect(ghl.fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`GET /users/${id}`]);
		expect(got.items[0].json).toMatchObject({ id, email: 'nora@north.example' });

		ghl.fake.resetLog();
		const updated = await run(bed.oauth, {
			resource: 'user',
			operation: 'update',
			userId: locator(id),
			fields: { role: 'admin', locationIds: 'loc_north, loc_south' },
		});
		expect(ghl.fake.requests[0]).toMatchObject({
			method: 'PUT',
			path: `/users/${id}`,
			body: { role: 'admin', locationIds: ['loc_north', 'loc_south'] },
		});
		expect(updated.items[0].json).toMatchObject({
			roles: { role: 'admin', locationIds: ['loc_north', 'loc_south'] },
		});
		expect(usersOf('loc_south').map((u) => u.id)).toContain(id);

		ghl.fake.resetLog();
		const found = await run(bed.oauth, {
			resource: 'user',
			operation: 'search',
			locationId: locator('loc_south'),
			query: 'nora',
			filters: { role: 'admin' },
			returnAll: true,
		});
		expect(ghl.fake.requests[0]).toMatchObject({
			method: 'GET',
			path: '/users/search',
			query: {
				companyId: 'company_agency',
				query: 'nora',
				role: 'admin',
				locationId: 'loc_south',
				skip: '0',
				limit: '100',
			},
		});
		expect(found.items.map((i) => i.json.id)).toEqual([id]);

		ghl.fake.resetLog();
		const deleted = await run(bed.oauth, {
			resource: 'user',
			operation: 'delete',
			userId: locator(id),
		});
		expect(ghl.fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`DELETE /users/${id}`]);
		expect(deleted.items[0].json).toMatchObject({ id, deleted: true, succeded: true });
		expect([...usersOf(NORTH), ...usersOf('loc_south')].map((u) => u.id)).not.toContain(id);
	});

	test('search without a Sub-Account covers the whole agency; Limit is the page size', async () => {
		const { items } = await run(bed.oauth, {
			resource: 'user',
			operation: 'search',
			query: 'sam',
			returnAll: false,
			limit: 1,
		});
		expect(ghl.fake.requests[0].query).toEqual({
			companyId: 'company_agency',
			query: 'sam',
			skip: '0',
			limit: '1',
		});
		expect(items.map((i) => i.json.email)).toEqual(['sam@mainstreetdental.example']);
		expect(items[0].json.roles).toMatchObject({
			locationIds: ['loc_north', 'loc_south', 'loc_east'],
		});
	});

	test('with a sub-account token, create asks GHL which agency the sub-account belongs to first', async () => {
		const { items, error } = await run(ghl.pit, {
			resource: 'user',
			operation: 'create',
			firstName: 'Mia',
			lastName: 'Main',
			email: 'mia@main.example',
			password: 'S3cret!pass',
			role: 'user',
			type: 'account',
		});
		expect(error).toBeUndefined();
		expect(ghl.fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			'GET /locations/loc_main',
			'POST /users/',
		]);
		expect(ghl.fake.requests[1].body).toMatchObject({
			companyId: 'company_main',
			locationIds: ['loc_main'],
		});
		expect(usersOf('loc_main').map((u) => u.id)).toContain(items[0].json.id);
	});

	test('bad fields are refused before any request, naming the field', async () => {
		const badEmail = await run(bed.oauth, {
			resource: 'user',
			operation: 'create',
			locationId: locator(NORTH),
			firstName: 'A',
			lastName: 'B',
			email: 'not-an-email',
			password: 'x',
		});
		expect(badEmail.error?.message).toBe('"Email" is not a valid email address: "not-an-email"');
		const nothing = await run(bed.oauth, {
			resource: 'user',
			operation: 'update',
			userId: locator('user_owner'),
		});
		expect(nothing.error?.message).toBe('Nothing to update');
		expect(ghl.fake.requests).toHaveLength(0);
	});
});
