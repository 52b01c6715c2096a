import { useGhl } from '../harness/ghl';
import { createContact, deleteContact } from '../fake/handlers/contacts';

/**
 * GHL answers a bulk request per contact: UpdateTagsResponseDTO lists `{ contactId, type, message }` for each, and
 * ContactsBulkUpateResponse lists the `ids` it updated. Each item reports its own contact's result; nothing is
 * reported done that GHL did not report done.
 */
describe('GoHighLevel Contacts: per-contact results of the bulk operations', () => {
	const ghl = useGhl();
	const location = () => ghl.fake.store.location('loc_main')!;
	const tagsOf = (id: string) =>
		location().collection<{ tags: string[] }>('contacts').get(id)!.tags;
	const bulk = (
		operation: string,
		items: object[],
		options: { continueOnFail?: boolean; parameters?: object } = {},
	) =>
		ghl.harness.runNode(
			{
				type: 'goHighLevelContacts',
				parameters: {
					resource: 'contact',
					operation,
					contactId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
					tags: 'vip',
					...options.parameters,
				},
				credentialId: ghl.pit,
				continueOnFail: options.continueOnFail,
			},
			items,
		);

	/** A live contact, a deleted one, one of another sub-account of the agency, and an id GHL cannot read. */
	function mixedContacts() {
		const live = createContact(location(), { email: 'live@example.com', tags: ['lead'] }).id;
		const deleted = createContact(location(), { email: 'gone@example.com' }).id;
		deleteContact(location(), deleted);
		const other =
			ghl.fake.store.location('loc_other') ??
			ghl.fake.store.addLocation('loc_other', 'company_main');
		const foreign = createContact(other, { email: 'elsewhere@example.com' }).id;
		return { live, deleted, foreign, malformed: 'abcdef' };
	}

	test("Add Tags (Bulk) with Continue On Fail: the tagged contact succeeds, each refused one is an error item with GHL's message", async () => {
		const { live, deleted, foreign, malformed } = mixedContacts();
		const { items, error } = await bulk(
			'addTagsBulk',
			[{ id: live }, { id: deleted }, { id: foreign }, { id: malformed }],
			{ continueOnFail: true },
		);
		expect(error).toBeUndefined();
		expect(
			ghl.fake.requestsTo('POST', '/contacts/bulk/tags/update/add').map((r) => r.body.contacts),
		).toEqual([[live, deleted, foreign, malformed]]);
		expect(items.map((i) => i.json)).toEqual([
			{ id: live, tags: ['vip'], success: true, tagsAdded: ['vip'], tagsRemoved: [] },
			{ error: `GHL did not add the tags to contact ${deleted}: contact is deleted` },
			{
				error: `GHL did not add the tags to contact ${foreign}: contact does not belong to location`,
			},
			{
				error: `GHL did not add the tags to contact ${malformed}: contact id is not a valid firebase id`,
			},
		]);
		expect(items.map((i) => i.pairedItem)).toEqual([
			{ item: 0 },
			{ item: 1 },
			{ item: 2 },
			{ item: 3 },
		]);
		expect(tagsOf(live)).toEqual(['lead', 'vip']);
		expect(
			ghl.fake.store.location('loc_other')!.collection<{ tags: string[] }>('contacts').get(foreign)!
				.tags,
		).toEqual([]);
	});

	test('Remove Tags (Bulk) without Continue On Fail: the node fails naming the contact GHL refused', async () => {
		const { live, deleted } = mixedContacts();
		const { items, error } = await bulk('removeTagsBulk', [{ id: live }, { id: deleted }], {
			parameters: { tags: 'lead' },
		});
		expect(items).toEqual([]);
		expect(error?.message).toBe(
			`GHL did not remove the tags from contact ${deleted}: contact is deleted`,
		);
		// GHL did remove the tag from the live contact: the request went through, only the deleted one was refused.
		expect(tagsOf(live)).toEqual([]);
	});

	test('the documented UpdateTagsResponseDTO example, answered as is, gives each input item its own result', async () => {
		const [documented] = ghl.fake.spec.responseExamples(
			'POST',
			'/contacts/bulk/tags/update/{type}',
		);
		expect(documented.status).toBe('201');
		const example = documented.example as { responses: Array<{ contactId: string }> };
		ghl.fake.inject({
			method: 'POST',
			path: '/contacts/bulk/tags/update/add',
			status: 201,
			body: example,
			times: 1,
		});
		// The example answers for qFSqySFkVvNzOSqgGqFi twice (tagged, then "deleted"): sent twice, one result each.
		const ids = example.responses.map((r) => r.contactId);
		expect(ids).toEqual([
			'qFSqySFkVvNzOSqgGqFi',
			'abcdef',
			'qFSqySFkVvNzOSqgGqFi',
			'3ualbhnV7j3n3a9r2moD',
		]);
		const { items, error } = await bulk(
			'addTagsBulk',
			ids.map((id) => ({ id })),
			{ continueOnFail: true },
		);
		expect(error).toBeUndefined();
		expect(items.map((i) => i.json)).toEqual([
			{ id: 'qFSqySFkVvNzOSqgGqFi', tags: ['vip'], success: true, tagsAdded: [], tagsRemoved: [] },
			{
				error: 'GHL did not add the tags to contact abcdef: contact id is not a valid firebase id',
			},
			{ error: 'GHL did not add the tags to contact qFSqySFkVvNzOSqgGqFi: contact is deleted' },
			{
				error:
					'GHL did not add the tags to contact 3ualbhnV7j3n3a9r2moD: contact does not belong to location',
			},
		]);
	});

	test('a contact GHL reports no result for is not reported tagged', async () => {
		const a = createContact(location(), { email: 'a@example.com' }).id;
		const b = createContact(location(), { email: 'b@example.com' }).id;
		const body = {
			succeded: true,
			errorCount: 0,
			responses: [{ contactId: a, type: 'success', message: 'Tags updated' }],
		};
		ghl.fake.inject({
			method: 'POST',
			path: '/contacts/bulk/tags/update/add',
			status: 201,
			body,
			times: 1,
		});
		const { items } = await bulk('addTagsBulk', [{ id: a }, { id: b }], { continueOnFail: true });
		expect(items.map((i) => i.json)).toEqual([
			{ id: a, tags: ['vip'], success: true },
			{ error: `GHL did not add the tags to contact ${b}: GHL reported no result for it` },
		]);
	});

	test('Set Business (Bulk): contacts GHL leaves out of `ids` (deleted, other sub-account) are error items, or fail the node', async () => {
		const { live, deleted, foreign } = mixedContacts();
		const input = [{ id: live }, { id: deleted }, { id: foreign }];
		const withContinue = await bulk('setBusinessBulk', input, {
			continueOnFail: true,
			parameters: { businessId: 'biz_acme' },
		});
		expect(withContinue.items.map((i) => i.json)).toEqual([
			{ id: live, businessId: 'biz_acme', success: true },
			{
				error: `GHL did not set the business of contact ${deleted}: GHL did not report it among the contacts it updated`,
			},
			{
				error: `GHL did not set the business of contact ${foreign}: GHL did not report it among the contacts it updated`,
			},
		]);
		expect(location().collection<{ businessId?: string }>('contacts').get(live)!.businessId).toBe(
			'biz_acme',
		);

		const failing = await bulk('setBusinessBulk', input, {
			parameters: { businessId: 'biz_acme' },
		});
		expect(failing.error?.message).toBe(
			`GHL did not set the business of contact ${deleted}: GHL did not report it among the contacts it updated`,
		);
	});

	test('Set Business (Bulk) on the documented ContactsBulkUpateResponse example: only the id it lists succeeds', async () => {
		const [documented] = ghl.fake.spec.responseExamples('POST', '/contacts/bulk/business');
		expect(documented).toEqual({
			status: '200',
			example: { success: true, ids: ['pOC0uJ97VYOKH2m3fkMD'] },
		});
		ghl.fake.inject({
			method: 'POST',
			path: '/contacts/bulk/business',
			status: 200,
			body: documented.example,
			times: 1,
		});
		const { items } = await bulk(
			'setBusinessBulk',
			[{ id: 'IDqvFHGColiyK6jiatuz' }, { id: 'pOC0uJ97VYOKH2m3fkMD' }],
			{
				continueOnFail: true,
				parameters: { businessId: '63b7ec34ea409a9a8bd2a4ff' },
			},
		);
		expect(items.map((i) => i.json)).toEqual([
			{
				error:
					'GHL did not set the business of contact IDqvFHGColiyK6jiatuz: GHL did not report it among the contacts it updated',
			},
			{ id: 'pOC0uJ97VYOKH2m3fkMD', businessId: '63b7ec34ea409a9a8bd2a4ff', success: true },
		]);
	});
});
