import { GoHighLevelBusinesses } from '../../nodes/GoHighLevelBusinesses/GoHighLevelBusinesses.node';
import { addBusiness, businesses } from '../fake/handlers/businesses';
import { useGhl } from '../harness/ghl';
import { editorContext, locator } from '../customObjects/context';

describe('GoHighLevel Businesses', () => {
	const ghl = useGhl();
	const node = new GoHighLevelBusinesses();
	const location = () => ghl.fake.store.location('loc_main')!;
	const run = (parameters: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
		ghl.harness.runNode({
			type: 'goHighLevelBusinesses',
			parameters: { authentication: 'privateIntegrationToken', ...parameters },
			credentialId: ghl.pit,
			...extra,
		});

	test('create sends the business with the sub-account; the answer\'s "buiseness" comes out as the item', async () => {
		const { items, error } = await run({
			resource: 'business',
			operation: 'create',
			name: 'Acme Dental Supplies',
			fields: {
				email: 'sales@acme.example',
				phone: '+1 (415) 555-0177',
				city: 'Oakland',
				website: 'acme.example',
			},
		});
		expect(error).toBeUndefined();
		expect(ghl.fake.requests[0]).toMatchObject({
			method: 'POST',
			path: '/businesses/',
			headers: { version: '2021-07-28' },
			body: {
				name: 'Acme Dental Supplies',
				locationId: 'loc_main',
				email: 'sales@acme.example',
				phone: '+14155550177',
				city: 'Oakland',
				website: 'acme.example',
			},
		});
		expect(items[0].json).toMatchObject({
			id: expect.any(String),
			name: 'Acme Dental Supplies',
			city: 'Oakland',
		});
	});

	test('get, update, get many with paging, picker and delete', async () => {
		const business = addBusiness(location(), {
			name: 'Bright Smiles Lab',
			email: 'lab@bright.example',
		});
		const id = String(business.id);
		const got = await run({ resource: 'business', operation: 'get', businessId: locator(id) });
		expect(ghl.fake.requests[0].path).toBe(`/businesses/${id}`);
		expect(got.items[0].json).toMatchObject({ id, name: 'Bright Smiles Lab' });

		ghl.fake.resetLog();
		const updated = await run({
			resource: 'business',
			operation: 'update',
			businessId: locator(id),
			fields: { name: 'Bright Smiles Laboratory', state: 'CA' },
		});
		expect(ghl.fake.requests[0]).toMatchObject({
			method: 'PUT',
			path: `/businesses/${id}`,
			body: { name: 'Bright Smiles Laboratory', state: 'CA' },
		});
		expect(updated.items[0].json).toMatchObject({
			id,
			name: 'Bright Smiles Laboratory',
			state: 'CA',
			email: 'lab@bright.example',
		});

		for (let i = 0; i < 105; i++) addBusiness(location(), { name: `Supplier ${i}` });
		ghl.fake.resetLog();
		const all = await run({ resource: 'business', operation: 'getMany', returnAll: true });
		expect(all.items).toHaveLength(businesses(location()).size);
		expect(ghl.fake.requests.map((r) => [r.query.skip, r.query.limit])).toEqual([
			['0', '100'],
			['100', '100'],
		]);

		const { results } = await node.methods.listSearch.searchBusinesses.call(
			editorContext(ghl.fake),
			'bright',
		);
		expect(results).toEqual([{ name: 'Bright Smiles Laboratory', value: id }]);

		ghl.fake.resetLog();
		const deleted = await run({
			resource: 'business',
			operation: 'delete',
			businessId: locator(id),
		});
		expect(ghl.fake.requests[0]).toMatchObject({ method: 'DELETE', path: `/businesses/${id}` });
		expect(deleted.items[0].json).toEqual({ success: true });
		expect(businesses(location()).has(id)).toBe(false);
	});

	test('a bad email fails before any request; with Continue On Fail each input item yields its own error item', async () => {
		const two = await ghl.harness.runNode(
			{
				type: 'goHighLevelBusinesses',
				parameters: {
					authentication: 'privateIntegrationToken',
					resource: 'business',
					operation: 'update',
					businessId: locator('={{ $json.id }}'),
					fields: { email: '={{ $json.email }}' },
				},
				credentialId: ghl.pit,
				continueOnFail: true,
			},
			[
				{ id: 'biz1', email: 'not-an-email' },
				{ id: 'doesNotExist', email: 'ok@example.com' },
			],
		);
		expect(two.items.map((i) => i.json.error)).toEqual([
			'"Email" is not a valid email address: "not-an-email"',
			expect.stringContaining('Business not found'),
		]);
		expect(two.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(ghl.fake.requests.map((r) => r.path)).toEqual(['/businesses/doesNotExist']);
	});
});
