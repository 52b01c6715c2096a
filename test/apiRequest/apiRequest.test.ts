import type { IDataObject } from 'n8n-workflow';

import { GoHighLevelApiRequest } from '../../nodes/GoHighLevelApiRequest/GoHighLevelApiRequest.node';
import { ENDPOINTS } from '../../nodes/shared/catalog';
import { createContact } from '../fake/handlers/contacts';
import { addCalendar } from '../fake/handlers/calendars';
import { seed as seedConversations } from '../fake/handlers/conversations';
import type { HarnessNode } from '../harness/engine';
import { useGhl } from '../harness/ghl';
import { addAgency, locator, type AgencyBed } from '../subAccounts/agency';

const endpoint = (key: string) => ({ __rl: true, mode: 'list', value: key });
/** The Parameters resource mapper as the editor stores it. */
const mapped = (value: IDataObject) => ({
	mappingMode: 'defineBelow',
	value,
	matchingColumns: [],
	schema: [],
});

describe('GoHighLevel API Request', () => {
	const ghl = useGhl();
	let agency: AgencyBed;
	const location = () => ghl.fake.store.location('loc_main')!;
	const run = (parameters: IDataObject, extra: Partial<HarnessNode> = {}, items: object[] = [{}]) =>
		ghl.harness.runNode(
			{
				type: 'goHighLevelApiRequest',
				credentialId: ghl.pit,
				parameters: { authentication: 'privateIntegrationToken', ...parameters },
				...extra,
			},
			items,
		);

	beforeAll(() => {
		agency = addAgency(ghl);
		for (let i = 0; i < 130; i++) {
			createContact(location(), {
				email: `person${i}@example.com`,
				firstName: `Person ${i}`,
				dateAdded: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
			});
		}
	});

	test('lists all 576 operations grouped by API, searchable, and maps the chosen one’s parameters', async () => {
		const node = new GoHighLevelApiRequest();
		expect(node.description.usableAsTool).toBe(true);
		const all = await node.methods.listSearch.searchEndpoints.call({} as never);
		expect(all.results).toHaveLength(ENDPOINTS.length);
		expect(all.results).toHaveLength(576);
		// Grouped: the names start with the API's title and come sorted by it.
		const groups = all.results.map((r) => r.name.split(':')[0]);
		expect(groups).toEqual([...groups].sort((a, b) => a.localeCompare(b)));
		expect(new Set(groups).size).toBe(41);

		const found = await node.methods.listSearch.searchEndpoints.call({} as never, 'contacts tags');
		expect(found.results.map((r) => r.value)).toEqual(
			expect.arrayContaining([
				'POST /contacts/{contactId}/tags',
				'DELETE /contacts/{contactId}/tags',
			]),
		);
		expect(found.results.find((r) => r.value === 'GET /contacts/')).toBeUndefined();
		const paged = await node.methods.listSearch.searchEndpoints.call({} as never, 'GET /contacts/');
		expect(paged.results.find((r) => r.value === 'GET /contacts/')?.name).toBe(
			'Contacts: Get Contacts — GET /contacts/ (pages, deprecated)',
		);

		const context = (key: string) => ({ getCurrentNodeParameter: () => key }) as never;
		const { fields } = await node.methods.resourceMapping.getEndpointParameters.call(
			context('PUT /contacts/{contactId}/tasks/{taskId}'),
		);
		expect(fields.map((f) => [f.id, f.required, f.removed ?? false])).toEqual([
			['contactId', true, false],
			['taskId', true, false],
		]);
		const calendars = await node.methods.resourceMapping.getEndpointParameters.call(
			context('GET /calendars/'),
		);
		expect(calendars.fields.find((f) => f.id === 'locationId')).toMatchObject({
			required: false,
			displayName: 'locationId (query, empty: the Sub-Account)',
		});
		expect(calendars.fields.find((f) => f.id === 'groupId')).toMatchObject({
			required: false,
			removed: true,
		});
	});

	test('GET with paging: Return All follows GHL’s startAfter cursor, one item per record', async () => {
		const { items, error } = await run({
			endpoint: endpoint('GET /contacts/'),
			parameters: mapped({}),
			returnAll: true,
		});
		expect(error).toBeUndefined();
		expect(items).toHaveLength(130);
		expect(items[129].json.email).toBe('person129@example.com');
		const requests = ghl.fake.requestsTo('GET', '/contacts/');
		expect(requests.map((r) => r.query)).toEqual([
			{ locationId: 'loc_main', limit: '100' },
			{
				locationId: 'loc_main',
				limit: '100',
				startAfter: expect.any(String),
				startAfterId: expect.any(String),
			},
		]);
		expect(requests[0].headers.version).toBe('2021-07-28');
	});

	test('GET with paging and a Limit sends one request sized to it', async () => {
		const { items } = await run({
			endpoint: endpoint('GET /contacts/'),
			parameters: mapped({ query: '' }),
			returnAll: false,
			limit: 7,
		});
		expect(items).toHaveLength(7);
		expect(ghl.fake.requests.map((r) => [r.method, r.path, r.query])).toEqual([
			['GET', '/contacts/', { locationId: 'loc_main', limit: '7' }],
		]);
	});

	test('POST with a body: path id from the Sub-Account, the body as given, GHL’s answer as the item', async () => {
		const { items, error } = await run({
			endpoint: endpoint('POST /locations/{locationId}/tags'),
			parameters: mapped({ locationId: '' }),
			body: JSON.stringify({ name: 'VIP via API Request' }),
		});
		expect(error).toBeUndefined();
		expect(items).toHaveLength(1);
		expect((items[0].json.tag as IDataObject).name).toBe('VIP via API Request');
		expect(ghl.fake.requests).toHaveLength(1);
		expect(ghl.fake.requests[0]).toMatchObject({
			method: 'POST',
			path: '/locations/loc_main/tags',
			body: { name: 'VIP via API Request' },
		});
		expect(ghl.fake.requests[0].headers).toMatchObject({
			version: '2021-07-28',
			authorization: 'Bearer pit-location-main',
		});
	});

	test('a 2021-04-15 API gets its own Version', async () => {
		addCalendar(location(), { name: 'API Request Calendar' });
		const { items, error } = await run({
			endpoint: endpoint('GET /calendars/'),
			parameters: mapped({}),
		});
		expect(error).toBeUndefined();
		expect((items[0].json.calendars as IDataObject[]).map((c) => c.name)).toContain(
			'API Request Calendar',
		);
		expect(ghl.fake.requests[0]).toMatchObject({
			method: 'GET',
			path: '/calendars/',
			query: { locationId: 'loc_main' },
		});
		expect(ghl.fake.requests[0].headers.version).toBe('2021-04-15');
	});

	test('an agency-only endpoint runs with an agency token, and is refused with a sub-account one before any request', async () => {
		const create = {
			endpoint: endpoint('POST /locations/'),
			parameters: mapped({}),
			body: JSON.stringify({ name: 'Harbor Dental', companyId: 'company_agency' }),
		};
		const { items, error } = await run(create, { credentialId: agency.pit });
		expect(error).toBeUndefined();
		expect(ghl.fake.store.location(String(items[0].json.id))?.companyId).toBe('company_agency');
		expect(ghl.fake.requests[0]).toMatchObject({
			method: 'POST',
			path: '/locations/',
			headers: { authorization: 'Bearer pit-agency-company_agency' },
		});

		ghl.fake.resetLog();
		const refused = await run(create);
		expect(refused.error?.message).toBe(
			'This operation (POST /locations/) needs an agency credential',
		);
		expect(ghl.fake.requests).toEqual([]);
	});

	test('an agency OAuth2 connection gets a sub-account token for the chosen Sub-Account', async () => {
		const [north] = agency.agency.locationIds;
		createContact(ghl.fake.store.location(north)!, {
			email: 'north@example.com',
			firstName: 'North',
		});
		const { items, error } = await run(
			{
				authentication: 'oAuth2',
				locationId: locator(north),
				endpoint: endpoint('GET /contacts/'),
				parameters: mapped({}),
				returnAll: true,
			},
			{ credentialId: agency.oauth },
		);
		expect(error).toBeUndefined();
		expect(items.map((i) => i.json.email)).toContain('north@example.com');
		expect(ghl.fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			'POST /oauth/locationToken',
			'GET /contacts/',
		]);
		const token = ghl.fake.store.tokens.get(
			String(ghl.fake.requests[1].headers.authorization).replace(/^Bearer /, ''),
		);
		expect(token).toMatchObject({ kind: 'location', locationId: north });
	});

	test('an endpoint paged by lastMessageId: Return All reads every page, one item per message', async () => {
		seedConversations(location());
		const conversation = [
			...location().collection<{ id: string; contactId: string }>('conversations').values(),
		][0];
		// Cancelled scheduled messages have no status in the spec, so GHL's list (and the fake's) leaves them out.
		const stored = [
			...location()
				.collection<{ id: string; conversationId: string; status: string }>('messages')
				.values(),
		].filter((m) => m.conversationId === conversation.id && m.status !== 'cancelled');
		const { items, error } = await run({
			endpoint: endpoint('GET /conversations/{conversationId}/messages'),
			parameters: mapped({ conversationId: conversation.id }),
			returnAll: true,
		});
		expect(error).toBeUndefined();
		expect(stored.length).toBeGreaterThan(0);
		expect(items.map((i) => i.json.id).sort()).toEqual(stored.map((m) => m.id).sort());
		const requests = ghl.fake.requests.map((r) => [
			r.path,
			r.headers.version,
			r.query.lastMessageId !== undefined,
		]);
		expect(requests[0]).toEqual([
			`/conversations/${conversation.id}/messages`,
			'2021-04-15',
			false,
		]);
		expect(requests.slice(1).every((r) => r[2] === true)).toBe(true);
	});

	test('a missing required parameter or body field is refused before any request, naming it', async () => {
		const noId = await run({
			endpoint: endpoint('GET /contacts/{contactId}'),
			parameters: mapped({}),
		});
		expect(noId.error?.message).toBe('"contactId" is required for GET /contacts/{contactId}');
		const noName = await run({
			endpoint: endpoint('POST /locations/{locationId}/tags'),
			parameters: mapped({}),
			body: '{}',
		});
		expect(noName.error?.message).toBe(
			'The body lacks "name", required for POST /locations/{locationId}/tags',
		);
		const bodyOnGet = await run({
			endpoint: endpoint('GET /calendars/'),
			parameters: mapped({}),
			body: '{"x":1}',
		});
		expect(bodyOnGet.error?.message).toBe('GET /calendars/ takes no body');
		const unknown = await run({ endpoint: endpoint('GET /nowhere'), parameters: mapped({}) });
		expect(unknown.error?.message).toBe(
			'"Endpoint" is not an operation of GHL’s API: "GET /nowhere"',
		);
		expect(ghl.fake.requests).toEqual([]);
	});

	test('GHL’s error comes through with its hint; Continue On Fail gives one error item per input item', async () => {
		const { items, error } = await run(
			{
				endpoint: endpoint('GET /contacts/{contactId}'),
				parameters: mapped({ contactId: '={{ $json.id }}' }),
			},
			{ continueOnFail: true },
			[{ id: 'no-such-contact' }, { id: [...location().collection('contacts').keys()][0] }],
		);
		expect(error).toBeUndefined();
		expect(items).toHaveLength(2);
		// GHL answers an unknown contact id with 400 and its own message, passed through with the hint.
		expect(items[0].json).toMatchObject({
			statusCode: 400,
			hint: 'GHL rejected the request GET /contacts/no-such-contact. Check the fields named in the message.',
		});
		expect(items[0].json.error).toMatch(/not found/i);
		expect(items[0].pairedItem).toEqual({ item: 0 });
		expect(items[1].json).toMatchObject({ contact: { email: 'person0@example.com' } });
		expect(ghl.fake.requests.map((r) => r.path)).toEqual([
			'/contacts/no-such-contact',
			`/contacts/${items[1].json.contact && (items[1].json.contact as IDataObject).id}`,
		]);
	});
});
