import type { ResourceMapperField } from 'n8n-workflow';

import { GoHighLevelCustomObjects } from '../../nodes/GoHighLevelCustomObjects/GoHighLevelCustomObjects.node';
import { records, seed as seedObjects } from '../fake/handlers/customObjects';
import { useGhl } from '../harness/ghl';
import { editorContext, locator } from './context';

const PET = 'custom_objects.pet';

describe('GoHighLevel Custom Objects: records', () => {
	const ghl = useGhl();
	const node = new GoHighLevelCustomObjects();
	const location = () => ghl.fake.store.location('loc_main')!;
	let columns: ResourceMapperField[];
	let updateColumns: ResourceMapperField[];
	const run = (parameters: Record<string, unknown>, items: Record<string, unknown>[] = [{}]) =>
		ghl.harness.runNode(
			{
				type: 'goHighLevelCustomObjects',
				parameters: { authentication: 'privateIntegrationToken', ...parameters },
				credentialId: ghl.pit,
			},
			items,
		);
	/** The resource mapper's value as n8n saves it: the columns the editor loaded, and the values entered. */
	const mapped = (
		value: Record<string, unknown>,
		mappingMode = 'defineBelow',
		schema = columns,
	) => ({
		mappingMode,
		value,
		matchingColumns: [],
		schema,
		attemptToConvertTypes: false,
		convertFieldsToString: false,
	});

	beforeAll(async () => {
		seedObjects(location());
		ghl.fake.resetLog();
		const editor = editorContext(ghl.fake, { objectKey: locator(PET) });
		({ fields: columns } = await node.methods.resourceMapping.getRecordColumns.call(editor));
		({ fields: updateColumns } =
			await node.methods.resourceMapping.getRecordColumnsForUpdate.call(editor));
	});

	test('the columns come from the object schema: one per field, typed, options for selects, file upload read-only', async () => {
		await node.methods.resourceMapping.getRecordColumns.call(
			editorContext(ghl.fake, { objectKey: locator(PET) }),
		);
		const [request] = ghl.fake.requests;
		expect(request.path).toBe('/objects/custom_objects.pet');
		expect(request.query).toEqual({ locationId: 'loc_main', fetchProperties: 'true' });
		const byId = Object.fromEntries(columns.map((c) => [c.id, c]));
		expect(Object.fromEntries(columns.map((c) => [c.id, c.type]))).toEqual({
			name: 'string',
			notes: 'string',
			weight_kg: 'number',
			adoption_fee: 'number',
			birthday: 'dateTime',
			vaccines: 'array',
			traits: 'array',
			species: 'options',
			size: 'options',
			vet_phone: 'string',
			vet_email: 'string',
			photo: 'string',
		});
		expect(byId.name).toMatchObject({ displayName: 'Pet Name (text)', required: true });
		expect(byId.species.options).toEqual([
			{ name: 'Dog', value: 'dog' },
			{ name: 'Cat', value: 'cat' },
			{ name: 'Bird', value: 'bird' },
		]);
		expect(byId.photo).toMatchObject({
			readOnly: true,
			displayName: 'Photo (file upload: not settable through the API)',
			required: false,
		});
	});

	test('create sends every settable type in the shape GHL stores it', async () => {
		const { items, error } = await run({
			resource: 'record',
			operation: 'create',
			objectKey: locator(PET),
			properties: mapped({
				name: 'Rex',
				notes: 'Line one\nLine two',
				weight_kg: 12.5,
				adoption_fee: 1250.5,
				birthday: '2024-03-01',
				vaccines: ['rabies', 'distemper'],
				traits: "={{ 'friendly, playful' }}",
				species: 'dog',
				size: 'medium',
				vet_phone: '+14155550100',
				vet_email: 'vet@example.com',
			}),
			options: { owner: 'user_owner' },
		});
		expect(error).toBeUndefined();
		const [request] = ghl.fake.requests;
		expect([request.method, request.path, request.headers.version]).toEqual([
			'POST',
			'/objects/custom_objects.pet/records',
			'2021-07-28',
		]);
		expect(request.body).toEqual({
			locationId: 'loc_main',
			owner: ['user_owner'],
			properties: {
				name: 'Rex',
				notes: 'Line one\nLine two',
				weight_kg: 12.5,
				adoption_fee: 1250.5,
				birthday: '2024-03-01',
				vaccines: ['rabies', 'distemper'],
				traits: ['friendly', 'playful'],
				species: 'dog',
				size: 'medium',
				vet_phone: '+14155550100',
				vet_email: 'vet@example.com',
			},
		});
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({
			id: expect.any(String),
			owner: ['user_owner'],
			properties: { name: 'Rex', species: 'dog' },
		});
		expect(records(location()).get(items[0].json.id as string)?.properties.traits).toEqual([
			'friendly',
			'playful',
		]);
	});

	test("a date from an expression is sent as the day; Map Automatically takes the item's matching keys", async () => {
		const { items, error } = await run(
			{
				resource: 'record',
				operation: 'create',
				objectKey: locator(PET),
				properties: mapped({}, 'autoMapInputData'),
			},
			[
				{
					name: 'Kiwi',
					species: 'bird',
					birthday: '2025-07-04T15:00:00.000Z',
					unrelated: 'ignored',
				},
			],
		);
		expect(error).toBeUndefined();
		expect(ghl.fake.requests[0].body.properties).toEqual({
			name: 'Kiwi',
			species: 'bird',
			birthday: '2025-07-04',
		});
		expect(items[0].json).toMatchObject({ properties: { name: 'Kiwi' } });
	});

	test('an option the field lacks, a bad number, a missing primary property and a file value fail before any request', async () => {
		const cases: Array<[Record<string, unknown>, string]> = [
			// Values from expressions: n8n checks only fixed values against the columns before running.
			[{ name: 'Rex', species: "={{ 'liz' + 'ard' }}" }, '"Species" has no option "lizard"'],
			[{ name: "={{ '' }}", notes: 'no name' }, '"Pet Name" is required'],
			[
				{ name: 'Rex', photo: 'https://example.com/rex.jpg' },
				'"Photo" is a file upload field, which GHL does not let the API set',
			],
		];
		for (const [value, message] of cases) {
			const { error } = await run({
				resource: 'record',
				operation: 'create',
				objectKey: locator(PET),
				properties: mapped(value),
			});
			expect(error?.message).toBe(message);
		}
		expect(ghl.fake.requests).toHaveLength(0);
	});

	test('update sends only the properties added; one left empty clears it (lists as [])', async () => {
		const created = await run({
			resource: 'record',
			operation: 'create',
			objectKey: locator(PET),
			properties: mapped({ name: 'Bolt', notes: 'fast', traits: ['playful'], weight_kg: 20 }),
		});
		const id = created.items[0].json.id as string;
		ghl.fake.resetLog();
		const { items, error } = await run({
			resource: 'record',
			operation: 'update',
			objectKey: locator(PET),
			recordId: locator(id),
			properties: mapped(
				{ notes: null, traits: [], weight_kg: null, size: 'large' },
				'defineBelow',
				updateColumns,
			),
		});
		expect(error).toBeUndefined();
		const [request] = ghl.fake.requests;
		expect([request.method, request.path, request.query]).toEqual([
			'PUT',
			`/objects/custom_objects.pet/records/${id}`,
			{ locationId: 'loc_main' },
		]);
		expect(request.body).toEqual({
			properties: { notes: '', traits: [], weight_kg: '', size: 'large' },
		});
		expect(updateColumns.every((c) => !c.required)).toBe(true);
		expect(items[0].json.properties).toEqual({ name: 'Bolt', size: 'large' });
	});

	test('get, search with Return All over several pages, and delete', async () => {
		const rex = await run({
			resource: 'record',
			operation: 'create',
			objectKey: locator(PET),
			properties: mapped({ name: 'Searchable Sam' }),
		});
		const id = rex.items[0].json.id as string;
		ghl.fake.resetLog();
		const got = await run({
			resource: 'record',
			operation: 'get',
			objectKey: locator(PET),
			recordId: locator(id),
		});
		expect(ghl.fake.requests[0].path).toBe(`/objects/custom_objects.pet/records/${id}`);
		expect(got.items[0].json).toMatchObject({ id, properties: { name: 'Searchable Sam' } });

		for (let i = 0; i < 120; i++)
			await run({
				resource: 'record',
				operation: 'create',
				objectKey: locator(PET),
				properties: mapped({ name: `Bulk ${i}` }),
			});
		const total = [...records(location()).values()].filter((r) => r.objectKey === PET).length;
		ghl.fake.resetLog();
		const all = await run({
			resource: 'record',
			operation: 'search',
			objectKey: locator(PET),
			returnAll: true,
		});
		expect(all.items).toHaveLength(total);
		const searches = ghl.fake.requestsTo('POST', '/objects/custom_objects.pet/records/search');
		expect(searches.map((r) => r.body.pageLimit)).toEqual([100, 100]);
		expect(searches[0].body).toEqual({
			locationId: 'loc_main',
			page: 1,
			query: '',
			searchAfter: [],
			pageLimit: 100,
		});
		expect(searches[1].body.searchAfter).toEqual(
			(all.items[99].json.searchAfter as number[]).map(String),
		);

		ghl.fake.resetLog();
		const limited = await run({
			resource: 'record',
			operation: 'search',
			objectKey: locator(PET),
			query: 'sam',
			limit: 5,
		});
		expect(limited.items.map((i) => (i.json.properties as { name: string }).name)).toEqual([
			'Searchable Sam',
		]);
		expect(ghl.fake.requests[0].body).toMatchObject({ query: 'sam', pageLimit: 5 });

		ghl.fake.resetLog();
		const deleted = await run({
			resource: 'record',
			operation: 'delete',
			objectKey: locator(PET),
			recordId: locator(id),
		});
		expect(ghl.fake.requests[0].method).toBe('DELETE');
		expect(deleted.items[0].json).toEqual({ id, success: true });
		expect(records(location()).has(id)).toBe(false);
	});

	test("GHL's error on a missing record is passed through", async () => {
		const { error } = await run({
			resource: 'record',
			operation: 'get',
			objectKey: locator(PET),
			recordId: locator('doesNotExist1'),
		});
		expect(error?.message).toContain('Record not found');
	});

	test('the record picker lists records by their first text property', async () => {
		const { results } = await node.methods.listSearch.searchRecords.call(
			editorContext(ghl.fake, { objectKey: locator(PET) }),
			'buddy',
		);
		expect(results.map((r) => r.name)).toEqual([expect.stringMatching(/^Buddy \(/)]);
	});
});
