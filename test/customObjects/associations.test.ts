import { GoHighLevelCustomObjects } from '../../nodes/GoHighLevelCustomObjects/GoHighLevelCustomObjects.node';
import { associations, relations, seed as seedAssociations } from '../fake/handlers/associations';
import { createContact } from '../fake/handlers/contacts';
import { createRecord, seed as seedObjects } from '../fake/handlers/customObjects';
import { useGhl } from '../harness/ghl';
import { editorContext, locator } from './context';

const PET = 'custom_objects.pet';

describe('GoHighLevel Custom Objects: association types and relations', () => {
	const ghl = useGhl();
	const node = new GoHighLevelCustomObjects();
	const location = () => ghl.fake.store.location('loc_main')!;
	const run = (parameters: Record<string, unknown>) =>
		ghl.harness.runNode({
			type: 'goHighLevelCustomObjects',
			parameters: { authentication: 'privateIntegrationToken', ...parameters },
			credentialId: ghl.pit,
		});
	const petOwner = () => [...associations(location()).values()].find((a) => a.key === 'pet_owner')!;

	beforeAll(() => {
		seedObjects(location());
		seedAssociations(location());
	});

	test('get many pages with skip and limit; the picker names both sides', async () => {
		const { items } = await run({ resource: 'association', operation: 'getMany', returnAll: true });
		expect(ghl.fake.requests[0]).toMatchObject({
			method: 'GET',
			path: '/associations/',
			query: { locationId: 'loc_main', skip: '0', limit: '100' },
		});
		expect(items.map((i) => i.json.key)).toEqual(['contact_contact', 'pet_owner']);
		const { results } = await node.methods.listSearch.searchAssociations.call(
			editorContext(ghl.fake),
			'pet',
		);
		expect(results).toEqual([
			{ name: 'Pet ↔ Owner (custom_objects.pet ↔ contact)', value: petOwner().id },
		]);
	});

	test('get by ID, by key and for an object', async () => {
		const byId = await run({
			resource: 'association',
			operation: 'get',
			associationId: locator(petOwner().id),
		});
		expect(ghl.fake.requests[0].path).toBe(`/associations/${petOwner().id}`);
		expect(byId.items[0].json).toMatchObject({ key: 'pet_owner', secondObjectKey: 'contact' });
		ghl.fake.resetLog();
		const byKey = await run({ resource: 'association', operation: 'getByKey', key: 'pet_owner' });
		expect(ghl.fake.requests[0]).toMatchObject({
			path: '/associations/key/pet_owner',
			query: { locationId: 'loc_main' },
		});
		expect(byKey.items[0].json.id).toBe(petOwner().id);
		ghl.fake.resetLog();
		const forObject = await run({
			resource: 'association',
			operation: 'getManyForObject',
			objectKey: locator(PET),
			returnAll: true,
		});
		expect(ghl.fake.requests[0].path).toBe('/associations/objectKey/custom_objects.pet');
		expect(forObject.items.map((i) => i.json.key)).toEqual(['pet_owner']);
	});

	test('create, update and delete an association type', async () => {
		const created = await run({
			resource: 'association',
			operation: 'create',
			key: 'pet_sibling',
			firstObjectKey: locator(PET),
			firstObjectLabel: 'Pet',
			secondObjectKey: locator(PET),
			secondObjectLabel: 'Sibling',
		});
		expect(created.error).toBeUndefined();
		expect(ghl.fake.requests[0]).toMatchObject({
			method: 'POST',
			path: '/associations/',
			headers: { version: '2021-07-28' },
			body: {
				locationId: 'loc_main',
				key: 'pet_sibling',
				firstObjectKey: PET,
				firstObjectLabel: 'Pet',
				secondObjectKey: PET,
				secondObjectLabel: 'Sibling',
			},
		});
		const id = created.items[0].json.id as string;
		ghl.fake.resetLog();
		const updated = await run({
			resource: 'association',
			operation: 'update',
			associationId: locator(id),
			firstObjectLabel: 'Animal',
			secondObjectLabel: 'Littermate',
		});
		expect(ghl.fake.requests[0]).toMatchObject({
			method: 'PUT',
			path: `/associations/${id}`,
			body: { firstObjectLabel: 'Animal', secondObjectLabel: 'Littermate' },
		});
		expect(updated.items[0].json).toMatchObject({
			firstObjectLabel: 'Animal',
			secondObjectLabel: 'Littermate',
		});
		const deleted = await run({
			resource: 'association',
			operation: 'delete',
			associationId: locator(id),
		});
		expect(deleted.items[0].json).toEqual({
			deleted: true,
			id,
			message: 'Association deleted successfully',
		});
		expect(associations(location()).has(id)).toBe(false);
	});

	test('GHL refuses to delete a system association; its message comes through', async () => {
		const system = [...associations(location()).values()].find(
			(a) => a.associationType === 'SYSTEM_DEFINED',
		)!;
		const { error } = await run({
			resource: 'association',
			operation: 'delete',
			associationId: locator(system.id),
		});
		expect(error?.message).toContain('System defined associations cannot be deleted');
	});

	test('relate a pet record to its owner contact, list the relations with paging and a filter, delete one', async () => {
		const owner = createContact(location(), { firstName: 'Olga', email: 'olga@example.com' });
		const pets = Array.from({ length: 3 }, (_, i) =>
			createRecord(location(), PET, { name: `Pet ${i}` }),
		);
		for (const pet of pets) {
			const { error } = await run({
				resource: 'relation',
				operation: 'create',
				associationId: locator(petOwner().id),
				firstRecordId: pet.id,
				secondRecordId: owner.id,
			});
			expect(error).toBeUndefined();
		}
		expect(ghl.fake.requestsTo('POST', '/associations/relations')[0].body).toEqual({
			locationId: 'loc_main',
			associationId: petOwner().id,
			firstRecordId: pets[0].id,
			secondRecordId: owner.id,
		});

		ghl.fake.resetLog();
		const listed = await run({
			resource: 'relation',
			operation: 'getMany',
			recordId: owner.id,
			limit: 2,
		});
		expect(listed.items.map((i) => i.json.firstRecordId)).toEqual([pets[0].id, pets[1].id]);
		expect(ghl.fake.requests[0]).toMatchObject({
			path: `/associations/relations/${owner.id}`,
			query: { locationId: 'loc_main', skip: '0', limit: '2' },
		});

		ghl.fake.resetLog();
		const filtered = await run({
			resource: 'relation',
			operation: 'getMany',
			recordId: owner.id,
			returnAll: true,
			filters: { associationId: petOwner().id },
		});
		expect(filtered.items).toHaveLength(3);
		expect(ghl.fake.requests[0].query.associationIds).toBe(petOwner().id);

		ghl.fake.resetLog();
		const relationId = listed.items[0].json.id as string;
		await run({ resource: 'relation', operation: 'delete', relationId });
		expect(ghl.fake.requests[0]).toMatchObject({
			method: 'DELETE',
			path: `/associations/relations/${relationId}`,
			query: { locationId: 'loc_main' },
		});
		expect(relations(location()).has(relationId)).toBe(false);
	});

	test('a record of the wrong object is refused by GHL, with its message', async () => {
		const owner = createContact(location(), { firstName: 'Wrong', email: 'wrong@example.com' });
		const { error } = await run({
			resource: 'relation',
			operation: 'create',
			associationId: locator(petOwner().id),
			firstRecordId: owner.id,
			secondRecordId: owner.id,
		});
		expect(error?.message).toContain(
			`firstRecordId ${owner.id} is not a custom_objects.pet record`,
		);
	});
});
