import { GoHighLevelCustomObjects } from '../../nodes/GoHighLevelCustomObjects/GoHighLevelCustomObjects.node';
import {
	folders,
	objectFields,
	schemas,
	seed as seedObjects,
} from '../fake/handlers/customObjects';
import { useGhl } from '../harness/ghl';
import { editorContext, locator } from './context';

const PET = 'custom_objects.pet';

describe('GoHighLevel Custom Objects: object schemas, fields and folders', () => {
	const ghl = useGhl();
	const node = new GoHighLevelCustomObjects();
	const location = () => ghl.fake.store.location('loc_main')!;
	const run = (parameters: Record<string, unknown>, credentialId = ghl.pit) =>
		ghl.harness.runNode({
			type: 'goHighLevelCustomObjects',
			parameters: { authentication: 'privateIntegrationToken', ...parameters },
			credentialId,
		});

	beforeAll(() => seedObjects(location()));

	test('get many lists standard and custom objects; get returns one with its fields', async () => {
		const many = await run({ resource: 'object', operation: 'getMany', returnAll: true });
		expect(ghl.fake.requests[0]).toMatchObject({
			method: 'GET',
			path: '/objects/',
			query: { locationId: 'loc_main' },
		});
		expect(many.items.map((i) => i.json.key)).toEqual(
			expect.arrayContaining(['contact', 'business', PET]),
		);

		ghl.fake.resetLog();
		const one = await run({ resource: 'object', operation: 'get', objectKey: locator(PET) });
		expect(ghl.fake.requests[0].query).toEqual({ locationId: 'loc_main', fetchProperties: 'true' });
		expect(one.items[0].json).toMatchObject({
			key: PET,
			labels: { singular: 'Pet', plural: 'Pets' },
		});
		expect((one.items[0].json.fields as unknown[]).length).toBe(12);
	});

	test('create needs an agency credential: a sub-account token fails before any request', async () => {
		const { error } = await run({
			resource: 'object',
			operation: 'create',
			singular: 'Vet',
			plural: 'Vets',
			key: 'vet',
			primaryName: 'Vet Name',
			primaryKey: 'name',
		});
		expect(error?.message).toBe('This operation (POST /objects/) needs an agency credential');
		expect(ghl.fake.requests).toHaveLength(0);
	});

	test('create with an agency token sends the schema GHL expects, prefixed key included', async () => {
		const agency = ghl.harness.addTokenCredential(ghl.fake.url, 'pit-agency-main', {
			companyId: 'company_main',
		});
		const { items, error } = await run(
			{
				resource: 'object',
				operation: 'create',
				locationId: locator('loc_main'),
				singular: 'Vet',
				plural: 'Vets',
				key: 'vet',
				primaryName: 'Vet Name',
				primaryKey: 'name',
				description: 'Referring vets',
			},
			agency,
		);
		expect(error).toBeUndefined();
		expect(ghl.fake.requestsTo('POST', '/objects/')[0].body).toEqual({
			labels: { singular: 'Vet', plural: 'Vets' },
			key: 'custom_objects.vet',
			description: 'Referring vets',
			locationId: 'loc_main',
			primaryDisplayPropertyDetails: {
				key: 'custom_objects.vet.name',
				name: 'Vet Name',
				dataType: 'TEXT',
			},
		});
		expect(items[0].json).toMatchObject({
			key: 'custom_objects.vet',
			primaryDisplayProperty: 'custom_objects.vet.name',
		});
	});

	test('a key with capitals or spaces fails before any request, naming the field', async () => {
		const { error } = await run({
			resource: 'object',
			operation: 'create',
			singular: 'Vet',
			plural: 'Vets',
			key: 'My Vet',
			primaryName: 'Name',
			primaryKey: 'name',
		});
		expect(error?.message).toBe(
			'"Key" may hold only lowercase letters, digits and underscores: "My Vet"',
		);
		expect(ghl.fake.requests).toHaveLength(0);
	});

	test('update sends labels and the searchable properties (listed from the object) that search then uses', async () => {
		const options = await node.methods.loadOptions.getObjectFieldKeys.call(
			editorContext(ghl.fake, { objectKey: locator(PET) }),
		);
		expect(options.map((o) => o.value)).toContain('custom_objects.pet.notes');
		ghl.fake.resetLog();
		const { items, error } = await run({
			resource: 'object',
			operation: 'update',
			objectKey: locator(PET),
			searchableProperties: ['custom_objects.pet.name', 'custom_objects.pet.notes'],
			fields: { plural: 'Patients (pets)' },
		});
		expect(error).toBeUndefined();
		expect(ghl.fake.requests[0]).toMatchObject({
			method: 'PUT',
			path: '/objects/custom_objects.pet',
			body: {
				locationId: 'loc_main',
				searchableProperties: ['custom_objects.pet.name', 'custom_objects.pet.notes'],
				labels: { plural: 'Patients (pets)' },
			},
		});
		expect(items[0].json.labels).toEqual({ singular: 'Pet', plural: 'Patients (pets)' });
		expect(schemas(location()).get(PET)?.labels.plural).toBe('Patients (pets)');
	});

	test('folders and fields: create a folder, a select field in it with options, update, get, list and delete', async () => {
		const folder = await run({
			resource: 'objectFolder',
			operation: 'create',
			objectKey: locator(PET),
			name: 'Medical',
		});
		expect(ghl.fake.requests[0]).toMatchObject({
			method: 'POST',
			path: '/custom-fields/folder',
			body: { objectKey: PET, name: 'Medical', locationId: 'loc_main' },
		});
		const folderId = folder.items[0].json.id as string;
		const { results } = await node.methods.listSearch.searchObjectFolders.call(
			editorContext(ghl.fake, { objectKey: locator(PET) }),
			'med',
		);
		expect(results).toEqual([{ name: 'Medical', value: folderId }]);

		ghl.fake.resetLog();
		const field = await run({
			resource: 'objectField',
			operation: 'create',
			objectKey: locator(PET),
			folderId: locator(folderId),
			name: 'Allergies',
			key: 'allergies',
			dataType: 'MULTIPLE_OPTIONS',
			showInForms: true,
			fields: { options: 'Penicillin, Pollen' },
		});
		expect(field.error).toBeUndefined();
		expect(ghl.fake.requests[0]).toMatchObject({
			method: 'POST',
			path: '/custom-fields/',
			headers: { version: '2021-07-28' },
			body: {
				locationId: 'loc_main',
				name: 'Allergies',
				dataType: 'MULTIPLE_OPTIONS',
				fieldKey: 'custom_objects.pet.allergies',
				objectKey: PET,
				parentId: folderId,
				showInForms: true,
				options: [
					{ key: 'penicillin', label: 'Penicillin' },
					{ key: 'pollen', label: 'Pollen' },
				],
			},
		});
		const fieldId = field.items[0].json.id as string;

		ghl.fake.resetLog();
		const updated = await run({
			resource: 'objectField',
			operation: 'update',
			fieldId: locator(fieldId),
			showInForms: false,
			fields: { name: 'Known Allergies' },
		});
		expect(ghl.fake.requests[0]).toMatchObject({
			method: 'PUT',
			path: `/custom-fields/${fieldId}`,
			body: { locationId: 'loc_main', showInForms: false, name: 'Known Allergies' },
		});
		expect(updated.items[0].json).toMatchObject({ name: 'Known Allergies', showInForms: false });

		const got = await run({ resource: 'objectField', operation: 'get', fieldId: locator(fieldId) });
		expect(got.items[0].json).toMatchObject({
			id: fieldId,
			fieldKey: 'custom_objects.pet.allergies',
		});
		const listed = await run({
			resource: 'objectField',
			operation: 'getMany',
			objectKey: locator(PET),
			what: 'fields',
			returnAll: true,
		});
		expect(listed.items.map((i) => i.json.id)).toContain(fieldId);
		const listedFolders = await run({
			resource: 'objectField',
			operation: 'getMany',
			objectKey: locator(PET),
			what: 'folders',
			limit: 10,
		});
		expect(listedFolders.items.map((i) => i.json.name)).toEqual(['General', 'Medical']);

		// A folder that still holds a field: GHL's refusal comes through.
		const refused = await run({
			resource: 'objectFolder',
			operation: 'delete',
			folderId: locator(folderId),
		});
		expect(refused.error?.message).toContain('The folder still holds fields');

		ghl.fake.resetLog();
		await run({ resource: 'objectField', operation: 'delete', fieldId: locator(fieldId) });
		expect(ghl.fake.requests[0]).toMatchObject({
			method: 'DELETE',
			path: `/custom-fields/${fieldId}`,
		});
		expect(objectFields(location()).has(fieldId)).toBe(false);
		const renamed = await run({
			resource: 'objectFolder',
			operation: 'update',
			folderId: locator(folderId),
			name: 'Health',
		});
		expect(renamed.items[0].json).toMatchObject({ id: folderId, name: 'Health' });
		ghl.fake.resetLog();
		await run({ resource: 'objectFolder', operation: 'delete', folderId: locator(folderId) });
		expect(ghl.fake.requests[0]).toMatchObject({
			method: 'DELETE',
			path: `/custom-fields/folder/${folderId}`,
			query: { locationId: 'loc_main' },
		});
		expect(folders(location()).has(folderId)).toBe(false);
	});

	test('a select field without options fails before any request', async () => {
		const [folder] = [...folders(location()).values()];
		const { error } = await run({
			resource: 'objectField',
			operation: 'create',
			objectKey: locator(PET),
			folderId: locator(folder.id),
			name: 'Color',
			key: 'color',
			dataType: 'SINGLE_OPTIONS',
			showInForms: true,
		});
		expect(error?.message).toBe('"Options" is required for a single options field');
		expect(ghl.fake.requests).toHaveLength(0);
	});
});
