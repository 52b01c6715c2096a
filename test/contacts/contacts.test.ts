import { useGhl } from '../harness/ghl';
import { createContact } from '../fake/handlers/contacts';

const node = (parameters: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
	type: 'goHighLevelContacts',
	parameters: { authentication: 'privateIntegrationToken', ...parameters },
	...extra,
});

describe('GoHighLevel Contacts: contact', () => {
	const ghl = useGhl();
	const run = (
		parameters: Record<string, unknown>,
		items: Record<string, unknown>[] = [{}],
		extra = {},
	) => ghl.harness.runNode({ ...node(parameters, extra), credentialId: ghl.pit }, items);
	const location = () => ghl.fake.store.location('loc_main')!;

	test('create sends the contact with the sub-account and the contacts API version', async () => {
		const { items, error } = await run({
			resource: 'contact',
			operation: 'create',
			fields: {
				firstName: 'Ada',
				lastName: 'Lovelace',
				email: 'ada@example.com',
				phone: '+1 (415) 555-0100',
				tags: 'vip, newsletter',
			},
		});
		expect(error).toBeUndefined();
		const [request] = ghl.fake.requests;
		expect(request.method).toBe('POST');
		expect(request.path).toBe('/contacts/');
		expect(request.headers.version).toBe('2021-07-28');
		expect(request.headers.authorization).toBe('Bearer pit-location-main');
		expect(request.body).toEqual({
			firstName: 'Ada',
			lastName: 'Lovelace',
			email: 'ada@example.com',
			phone: '+14155550100',
			tags: ['vip', 'newsletter'],
			locationId: 'loc_main',
		});
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ email: 'ada@example.com', tags: ['vip', 'newsletter'] });
		expect(
			location()
				.collection('contacts')
				.get(items[0].json.id as string)?.email,
		).toBe('ada@example.com');
	});

	test('a bad email fails before any request, naming the field', async () => {
		const { error, items } = await run({
			resource: 'contact',
			operation: 'create',
			fields: { email: 'not-an-email' },
		});
		expect(items).toEqual([]);
		expect(error?.message).toBe('"Email" is not a valid email address: "not-an-email"');
		expect(ghl.fake.requests).toHaveLength(0);
	});

	test('a bad phone fails before any request with an E.164 hint', async () => {
		const { error } = await run({
			resource: 'contact',
			operation: 'upsert',
			fields: { phone: '555-12' },
		});
		expect(error?.message).toBe('"Phone" is not a valid phone number: "555-12"');
		expect(error?.description).toContain('E.164');
		expect(ghl.fake.requests).toHaveLength(0);
	});

	test('create or update creates once, then updates the same contact by email', async () => {
		const first = await run({
			resource: 'contact',
			operation: 'upsert',
			fields: { email: 'grace@example.com', firstName: 'Grace' },
		});
		const second = await run({
			resource: 'contact',
			operation: 'upsert',
			fields: { email: 'grace@example.com', companyName: 'Navy' },
		});
		expect(first.items[0].json).toMatchObject({ isNew: true, firstName: 'Grace' });
		expect(second.items[0].json).toMatchObject({
			isNew: false,
			firstName: 'Grace',
			companyName: 'Navy',
			id: first.items[0].json.id,
		});
		expect(ghl.fake.requestsTo('POST', '/contacts/upsert')).toHaveLength(2);
		expect(
			[...location().collection('contacts').values()].filter(
				(c) => c.email === 'grace@example.com',
			),
		).toHaveLength(1);
	});

	test('parameters resolve expressions from the incoming items', async () => {
		const { items } = await ghl.harness.runNodes(
			[
				{ mail: 'expr1@example.com', who: 'One' },
				{ mail: 'expr2@example.com', who: 'Two' },
			],
			[
				{
					...node({
						resource: 'contact',
						operation: 'upsert',
						fields: { email: '={{ $json.mail }}', firstName: '={{ $json.who.toUpperCase() }}' },
					}),
					credentialId: ghl.pit,
				},
			],
		);
		expect(items.map((i) => [i.json.email, i.json.firstName, i.pairedItem])).toEqual([
			['expr1@example.com', 'ONE', { item: 0 }],
			['expr2@example.com', 'TWO', { item: 1 }],
		]);
	});

	test('get, update and delete act on the contact chosen by the resource locator', async () => {
		const contact = createContact(location(), { firstName: 'Linus', email: 'linus@example.com' });
		const locator = { __rl: true, mode: 'id', value: contact.id };
		const got = await run({ resource: 'contact', operation: 'get', contactId: locator });
		expect(got.items[0].json).toMatchObject({ id: contact.id, email: 'linus@example.com' });
		expect(ghl.fake.requests[0].path).toBe(`/contacts/${contact.id}`);

		const updated = await run({
			resource: 'contact',
			operation: 'update',
			contactId: locator,
			fields: { lastName: 'Torvalds', customFields: { field: [{ id: 'cf_shoe', value: '44' }] } },
		});
		expect(ghl.fake.requestsTo('PUT', `/contacts/${contact.id}`)[0].body).toEqual({
			lastName: 'Torvalds',
			customFields: [{ id: 'cf_shoe', field_value: '44' }],
		});
		expect(updated.items[0].json).toMatchObject({
			lastName: 'Torvalds',
			customFields: [{ id: 'cf_shoe', value: '44' }],
		});

		const removed = await run({ resource: 'contact', operation: 'delete', contactId: locator });
		expect(removed.items[0].json).toEqual({ id: contact.id, deleted: true });
		expect(location().collection('contacts').has(contact.id)).toBe(false);
	});

	test('update without fields is refused before any request', async () => {
		const { error } = await run({
			resource: 'contact',
			operation: 'update',
			contactId: { __rl: true, mode: 'id', value: 'abc' },
			fields: {},
		});
		expect(error?.message).toBe('Nothing to update');
		expect(ghl.fake.requests).toHaveLength(0);
	});

	test("a missing contact passes GHL's message through with a hint", async () => {
		const { error } = await run({
			resource: 'contact',
			operation: 'get',
			contactId: { __rl: true, mode: 'id', value: 'doesNotExist1' },
		});
		expect(error?.message).toContain('Contact not found');
		expect(error?.message).toContain('[400]');
	});

	describe('get many', () => {
		beforeAll(() => {
			const loc = ghl.fake.store.addLocation('loc_big', 'company_main');
			for (let i = 0; i < 1037; i++)
				createContact(loc, { email: `person${i}@example.com`, tags: i % 2 ? ['odd'] : ['even'] });
			ghl.harness.addTokenCredential(ghl.fake.url, 'pit-big', { locationId: 'loc_big' }, 'pit-big');
			ghl.fake.store.addToken('pit-big', {
				kind: 'location',
				locationId: 'loc_big',
				companyId: 'company_main',
			});
		});
		const runBig = (parameters: Record<string, unknown>) =>
			ghl.harness.runNode({ ...node(parameters), credentialId: 'pit-big' });

		test('Return All yields every contact exactly once in the fewest requests', async () => {
			const { items, error } = await runBig({
				resource: 'contact',
				operation: 'getMany',
				returnAll: true,
			});
			expect(error).toBeUndefined();
			expect(items).toHaveLength(1037);
			expect(new Set(items.map((i) => i.json.id)).size).toBe(1037);
			expect(ghl.fake.requests).toHaveLength(Math.ceil(1037 / 100));
			expect(
				ghl.fake.requests.every((r) => r.path === '/contacts/search' && r.body.pageLimit === 100),
			).toBe(true);
		});

		test('Limit 5 sends one request for five', async () => {
			const { items } = await runBig({
				resource: 'contact',
				operation: 'getMany',
				returnAll: false,
				limit: 5,
			});
			expect(items).toHaveLength(5);
			expect(ghl.fake.requests).toHaveLength(1);
			expect(ghl.fake.requests[0].body).toMatchObject({ locationId: 'loc_big', pageLimit: 5 });
		});

		test('Limit 250 stops after three pages', async () => {
			const { items } = await runBig({
				resource: 'contact',
				operation: 'getMany',
				returnAll: false,
				limit: 250,
			});
			expect(items).toHaveLength(250);
			expect(ghl.fake.requests.map((r) => r.body.pageLimit)).toEqual([100, 100, 50]);
		});

		test('filters become GHL search filters', async () => {
			const { items } = await runBig({
				resource: 'contact',
				operation: 'getMany',
				returnAll: true,
				filters: { tag: 'odd' },
			});
			expect(items).toHaveLength(518);
			expect(ghl.fake.requests[0].body.filters).toEqual([
				{ field: 'tags', operator: 'contains', value: 'odd' },
			]);
		});

		test('search takes GHL filters as JSON', async () => {
			const { items } = await runBig({
				resource: 'contact',
				operation: 'search',
				query: 'person10',
				filters: '[{"field":"tags","operator":"contains","value":"even"}]',
				returnAll: true,
			});
			// person10, person100..108 (even ones), person1000..1036 (even ones)
			expect(items.map((i) => i.json.email).sort()).toEqual(
				[
					'person10',
					...[100, 102, 104, 106, 108],
					...Array.from({ length: 19 }, (_, k) => 1000 + 2 * k),
				]
					.map((n) => `${String(n).startsWith('person') ? n : 'person' + n}@example.com`)
					.sort(),
			);
		});

		test('search refuses filters that are not a JSON array', async () => {
			const { error } = await runBig({
				resource: 'contact',
				operation: 'search',
				filters: '{"field":"tags"}',
				returnAll: true,
			});
			expect(error?.message).toBe('"Filters (JSON)" must be a JSON array of filters');
			expect(ghl.fake.requests).toHaveLength(0);
		});
	});

	test('find duplicate by email and by phone', async () => {
		createContact(location(), { email: 'dup@example.com', phone: '+14155550999' });
		const byEmail = await run({
			resource: 'contact',
			operation: 'findDuplicate',
			email: 'dup@example.com',
		});
		expect(byEmail.items[0].json).toMatchObject({
			found: true,
			contact: { email: 'dup@example.com' },
		});
		const byPhone = await run({
			resource: 'contact',
			operation: 'findDuplicate',
			phone: '+14155550999',
		});
		expect(ghl.fake.requests[1].query).toEqual({ locationId: 'loc_main', number: '+14155550999' });
		expect(byPhone.items[0].json).toMatchObject({ found: true });
		const none = await run({
			resource: 'contact',
			operation: 'findDuplicate',
			email: 'nobody@example.com',
		});
		expect(none.items[0].json).toEqual({ found: false, contact: null });
	});

	test('add and remove tags keep the other tags', async () => {
		const contact = createContact(location(), { email: 'tags@example.com', tags: ['a'] });
		const contactId = { __rl: true, mode: 'id', value: contact.id };
		await run({ resource: 'contact', operation: 'addTags', contactId, tags: 'b, c' });
		expect(ghl.fake.requests[0].body).toEqual({ tags: ['b', 'c'] });
		const removed = await run({
			resource: 'contact',
			operation: 'removeTags',
			contactId,
			tags: 'a',
		});
		expect(removed.items[0].json).toEqual({ id: contact.id, tags: ['b', 'c'] });
		expect(contact.tags).toEqual(['b', 'c']);
	});

	test('add and remove followers', async () => {
		const contact = createContact(location(), { email: 'follow@example.com' });
		const contactId = { __rl: true, mode: 'id', value: contact.id };
		const added = await run({
			resource: 'contact',
			operation: 'addFollowers',
			contactId,
			followers: ['user_a', 'user_b'],
		});
		expect(added.items[0].json).toMatchObject({ followers: ['user_a', 'user_b'] });
		await run({
			resource: 'contact',
			operation: 'removeFollowers',
			contactId,
			followers: ['user_a'],
		});
		expect(ghl.fake.requests[1]).toMatchObject({
			method: 'DELETE',
			body: { followers: ['user_a'] },
		});
		expect(contact.followers).toEqual(['user_b']);
	});

	test("get appointments lists the contact's appointments, one item each", async () => {
		const contact = createContact(location(), { email: 'appt@example.com' });
		location()
			.collection('appointments')
			.set('appt1', { id: 'appt1', contactId: contact.id, title: 'Cleaning' });
		location()
			.collection('appointments')
			.set('appt2', { id: 'appt2', contactId: 'someone-else', title: 'Other' });
		const { items } = await run({
			resource: 'contact',
			operation: 'getAppointments',
			contactId: { __rl: true, mode: 'id', value: contact.id },
		});
		expect(items.map((i) => i.json.id)).toEqual(['appt1']);
	});
});

describe('GoHighLevel Contacts: notes and tasks', () => {
	const ghl = useGhl();
	const run = (parameters: Record<string, unknown>) =>
		ghl.harness.runNode({ ...node(parameters), credentialId: ghl.pit });

	test('note create, get, get many, update, delete', async () => {
		const contact = createContact(ghl.fake.store.location('loc_main')!, {
			email: 'notes@example.com',
		});
		const contactId = { __rl: true, mode: 'id', value: contact.id };
		const created = await run({
			resource: 'note',
			operation: 'create',
			contactId,
			body: 'Called, no answer',
			options: { title: 'Call' },
		});
		expect(ghl.fake.requests[0]).toMatchObject({
			method: 'POST',
			path: `/contacts/${contact.id}/notes`,
			body: { body: 'Called, no answer', title: 'Call' },
		});
		const noteId = created.items[0].json.id as string;
		expect(
			(await run({ resource: 'note', operation: 'get', contactId, noteId })).items[0].json.body,
		).toBe('Called, no answer');
		await run({ resource: 'note', operation: 'create', contactId, body: 'Second' });
		expect((await run({ resource: 'note', operation: 'getMany', contactId })).items).toHaveLength(
			2,
		);
		const updated = await run({
			resource: 'note',
			operation: 'update',
			contactId,
			noteId,
			body: 'Called back',
		});
		expect(updated.items[0].json.body).toBe('Called back');
		expect(
			(await run({ resource: 'note', operation: 'delete', contactId, noteId })).items[0].json,
		).toEqual({ id: noteId, deleted: true });
		expect((await run({ resource: 'note', operation: 'getMany', contactId })).items).toHaveLength(
			1,
		);
	});

	test('task create, get many, update, complete, reopen, delete', async () => {
		const contact = createContact(ghl.fake.store.location('loc_main')!, {
			email: 'tasks@example.com',
		});
		const contactId = { __rl: true, mode: 'id', value: contact.id };
		const created = await run({
			resource: 'task',
			operation: 'create',
			contactId,
			title: 'Send quote',
			dueDate: '2026-12-01T10:00:00.000+01:00',
		});
		expect(ghl.fake.requests[0].body).toEqual({
			title: 'Send quote',
			dueDate: '2026-12-01T09:00:00.000Z',
			completed: false,
		});
		const taskId = created.items[0].json.id as string;
		await run({
			resource: 'task',
			operation: 'update',
			contactId,
			taskId,
			fields: { title: 'Send the quote' },
		});
		expect(
			(await run({ resource: 'task', operation: 'markComplete', contactId, taskId })).items[0].json
				.completed,
		).toBe(true);
		expect(ghl.fake.requests.at(-1)).toMatchObject({
			method: 'PUT',
			path: `/contacts/${contact.id}/tasks/${taskId}/completed`,
			body: { completed: true },
		});
		expect(
			(await run({ resource: 'task', operation: 'markIncomplete', contactId, taskId })).items[0]
				.json.completed,
		).toBe(false);
		const got = await run({ resource: 'task', operation: 'get', contactId, taskId });
		expect(got.items[0].json).toMatchObject({ title: 'Send the quote', completed: false });
		expect((await run({ resource: 'task', operation: 'getMany', contactId })).items).toHaveLength(
			1,
		);
		await run({ resource: 'task', operation: 'delete', contactId, taskId });
		expect((await run({ resource: 'task', operation: 'getMany', contactId })).items).toHaveLength(
			0,
		);
	});

	test('a task whose due date resolves to nothing is refused before any request', async () => {
		// n8n itself refuses an empty required field; an expression that yields nothing reaches the node.
		const { error } = await run({
			resource: 'task',
			operation: 'create',
			contactId: { __rl: true, mode: 'id', value: 'c1' },
			title: 'x',
			dueDate: '={{ $json.due }}',
		});
		expect(error?.message).toBe('"Due Date" is required');
		expect(ghl.fake.requests).toHaveLength(0);
	});
});

describe('GoHighLevel Contacts: bulk tags', () => {
	const ghl = useGhl();

	test('250 items become 3 bulk requests; a bad item fails alone with Continue On Fail', async () => {
		const location = ghl.fake.store.location('loc_main')!;
		const ids = Array.from(
			{ length: 250 },
			(_, i) => createContact(location, { email: `bulk${i}@example.com` }).id,
		);
		const items = ids.map((id) => ({ id }));
		items.splice(7, 0, { id: 'bad id with spaces' });
		const { items: out, error } = await ghl.harness.runNode(
			{
				type: 'goHighLevelContacts',
				parameters: {
					resource: 'contact',
					operation: 'addTagsBulk',
					contactId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
					tags: 'imported, 2026',
				},
				credentialId: ghl.pit,
				continueOnFail: true,
			},
			items,
		);
		expect(error).toBeUndefined();
		expect(out).toHaveLength(251);
		expect(out[7].json.error).toBe('"Contact" is not a valid ID: "bad id with spaces"');
		expect(out.filter((i) => i.json.success === true)).toHaveLength(250);
		expect(out.map((i) => i.pairedItem)).toEqual(items.map((_, item) => ({ item })));
		const requests = ghl.fake.requestsTo('POST', '/contacts/bulk/tags/update/add');
		expect(requests.map((r) => r.body.contacts.length)).toEqual([100, 100, 50]);
		expect(requests[0].body).toMatchObject({ locationId: 'loc_main', tags: ['imported', '2026'] });
		expect(
			ids.every((id) => location.collection('contacts').get(id)!.tags.includes('imported')),
		).toBe(true);

		await ghl.harness.runNode(
			{
				type: 'goHighLevelContacts',
				parameters: {
					resource: 'contact',
					operation: 'removeTagsBulk',
					contactId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
					tags: '2026',
				},
				credentialId: ghl.pit,
			},
			ids.slice(0, 10).map((id) => ({ id })),
		);
		expect(ghl.fake.requestsTo('POST', '/contacts/bulk/tags/update/remove')).toHaveLength(1);
		expect(location.collection('contacts').get(ids[0])!.tags).toEqual(['imported']);
	});

	test('Set Business (Bulk): contacts grouped by business, 100 per request; an empty business unlinks with null', async () => {
		const location = ghl.fake.store.location('loc_main')!;
		const stored = (id: string) =>
			location.collection<{ businessId?: string }>('contacts').get(id)!;
		const ids = Array.from(
			{ length: 130 },
			(_, i) => createContact(location, { email: `biz${i}@example.com` }).id,
		);
		// The first 120 go to one business, the last 10 to another: two groups, three requests.
		const items = ids.map((id, i) => ({ id, business: i < 120 ? 'biz_acme' : 'biz_globex' }));
		const run = (input: object[]) =>
			ghl.harness.runNode(
				{
					type: 'goHighLevelContacts',
					parameters: {
						resource: 'contact',
						operation: 'setBusinessBulk',
						contactId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
						businessId: '={{ $json.business }}',
					},
					credentialId: ghl.pit,
				},
				input,
			);
		const { items: out, error } = await run(items);
		expect(error).toBeUndefined();
		expect(out).toHaveLength(130);
		expect(out[0].json).toEqual({ id: ids[0], businessId: 'biz_acme', success: true });
		expect(out[125].json).toEqual({ id: ids[125], businessId: 'biz_globex', success: true });
		const requests = ghl.fake.requestsTo('POST', '/contacts/bulk/business');
		expect(requests.map((r) => [r.body.businessId, r.body.ids.length])).toEqual([
			['biz_acme', 100],
			['biz_acme', 20],
			['biz_globex', 10],
		]);
		expect(requests[0].body.locationId).toBe('loc_main');
		expect([stored(ids[0]).businessId, stored(ids[129]).businessId]).toEqual([
			'biz_acme',
			'biz_globex',
		]);

		await run([{ id: ids[0], business: '' }]);
		expect(ghl.fake.requestsTo('POST', '/contacts/bulk/business').at(-1)!.body).toEqual({
			locationId: 'loc_main',
			ids: [ids[0]],
			businessId: null,
		});
		expect(stored(ids[0]).businessId).toBeUndefined();
	});
});
