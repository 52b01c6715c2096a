import type { IDataObject } from 'n8n-workflow';

import { GoHighLevelSubAccounts } from '../../nodes/GoHighLevelSubAccounts/GoHighLevelSubAccounts.node';
import { seed as seedSettings, TIMEZONES } from '../fake/handlers/locations';
import { useGhl } from '../harness/ghl';
import { addAgency, locator, type AgencyBed } from './agency';
import { expectTokensFitSpec, pickerContext, subAccountsRunner, tokenOf } from './node';

/** Settings of one sub-account, run from the agency's OAuth2 connection: each request carries that sub-account's token. */
describe('GoHighLevel Sub-Accounts: custom fields, custom values, tags, timezones, templates', () => {
	const ghl = useGhl();
	const runNode = subAccountsRunner(ghl);
	let bed: AgencyBed;
	const SOUTH = 'loc_south';
	const run = (parameters: IDataObject) =>
		runNode(bed.oauth, { locationId: locator(SOUTH), ...parameters });
	const south = () => ghl.fake.store.location(SOUTH)!;
	// The sub-account token is exchanged once per process (tokenCache.ts): the first test makes the exchange.
	const sent = () => ghl.fake.requests.filter((r) => r.path !== '/oauth/locationToken');
	const paths = () => sent().map((r) => `${r.method} ${r.path}`);
	const exchanges = () => Number(ghl.fake.store.global.get('locationTokenCount') ?? 0);

	beforeAll(() => {
		bed = addAgency(ghl);
	});
	afterEach(() => expectTokensFitSpec(ghl.fake));
	afterAll(() => expect(exchanges()).toBe(1));

	describe('from the agency connection', () => {
		afterEach(() => {
			// Every request but the exchange carries the token of loc_south, got once for the whole file.
			for (const request of ghl.fake.requests.filter((r) => r.path !== '/oauth/locationToken')) {
				expect(tokenOf(ghl.fake, request)).toMatchObject({
					kind: 'location',
					locationId: SOUTH,
					source: 'locationToken',
				});
			}
		});

		test('custom fields: create, get, get many, update, delete', async () => {
			const created = await run({
				resource: 'customField',
				operation: 'create',
				name: 'Preferred Dentist',
				dataType: 'TEXTBOX_LIST',
				model: 'contact',
				fields: { placeholder: 'Who?', position: 3, options: 'Dr. A, Dr. B' },
			});
			expect(created.error).toBeUndefined();
			expect(paths()).toEqual([`POST /locations/${SOUTH}/customFields`]);
			expect(sent()[0].body).toEqual({
				name: 'Preferred Dentist',
				dataType: 'TEXTBOX_LIST',
				model: 'contact',
				placeholder: 'Who?',
				position: 3,
				textBoxListOptions: [
					{ label: 'Dr. A', prefillValue: '' },
					{ label: 'Dr. B', prefillValue: '' },
				],
			});
			const id = String(created.items[0].json.id);
			expect(created.items[0].json).toMatchObject({
				name: 'Preferred Dentist',
				dataType: 'TEXTBOX_LIST',
				model: 'contact',
				locationId: SOUTH,
			});

			const got = await run({
				resource: 'customField',
				operation: 'get',
				customFieldId: locator(id),
			});
			expect(got.items[0].json).toMatchObject({ id, name: 'Preferred Dentist' });

			const opportunityFields = await run({
				resource: 'customField',
				operation: 'getMany',
				model: 'opportunity',
			});
			expect(ghl.fake.requestsTo('GET', `/locations/${SOUTH}/customFields`)[0].query).toEqual({
				model: 'opportunity',
			});
			// Exactly the sub-account's opportunity fields (the seed has one of every type), none of its contact fields.
			const seededOpportunityFields = [
				...south().collection<{ name: string; model: string }>('customFields').values(),
			]
				.filter((f) => f.model === 'opportunity')
				.map((f) => f.name);
			expect(seededOpportunityFields).toContain('Deal Type');
			expect(opportunityFields.items.map((i) => i.json.name)).toEqual(seededOpportunityFields);

			ghl.fake.resetLog();
			const updated = await run({
				resource: 'customField',
				operation: 'update',
				customFieldId: locator(id),
				name: 'Preferred Doctor',
				model: 'contact',
			});
			expect(sent()[0]).toMatchObject({
				method: 'PUT',
				path: `/locations/${SOUTH}/customFields/${id}`,
				body: { name: 'Preferred Doctor', model: 'contact' },
			});
			expect(updated.items[0].json).toMatchObject({ id, name: 'Preferred Doctor' });

			ghl.fake.resetLog();
			const deleted = await run({
				resource: 'customField',
				operation: 'delete',
				customFieldId: locator(id),
			});
			expect(paths()).toEqual([`DELETE /locations/${SOUTH}/customFields/${id}`]);
			expect(deleted.items.map((i) => i.json)).toEqual([{ id, deleted: true }]);
			expect(south().collection('customFields').has(id)).toBe(false);
		});

		test('custom values: create, get, get many, update, delete', async () => {
			const created = await run({
				resource: 'customValue',
				operation: 'create',
				name: 'Review Link',
				value: 'https://g.page/r/south',
			});
			expect(sent()[0]).toMatchObject({
				method: 'POST',
				path: `/locations/${SOUTH}/customValues`,
				body: { name: 'Review Link', value: 'https://g.page/r/south' },
			});
			const id = String(created.items[0].json.id);
			expect(created.items[0].json).toMatchObject({
				name: 'Review Link',
				value: 'https://g.page/r/south',
				fieldKey: '{{ custom_values.review_link }}',
			});

			const got = await run({
				resource: 'customValue',
				operation: 'get',
				customValueId: locator(id),
			});
			expect(got.items[0].json).toMatchObject({ id, value: 'https://g.page/r/south' });

			const many = await run({ resource: 'customValue', operation: 'getMany' });
			expect(many.items.map((i) => i.json.name)).toEqual([
				'Office Phone',
				'Booking Link',
				'Review Link',
			]);

			ghl.fake.resetLog();
			const updated = await run({
				resource: 'customValue',
				operation: 'update',
				customValueId: locator(id),
				name: 'Review Link',
				value: 'https://g.page/r/south2',
			});
			expect(sent()[0]).toMatchObject({
				method: 'PUT',
				path: `/locations/${SOUTH}/customValues/${id}`,
				body: { name: 'Review Link', value: 'https://g.page/r/south2' },
			});
			expect(updated.items[0].json.value).toBe('https://g.page/r/south2');

			const deleted = await run({
				resource: 'customValue',
				operation: 'delete',
				customValueId: locator(id),
			});
			expect(deleted.items.map((i) => i.json)).toEqual([{ id, deleted: true }]);
			expect(south().collection('customValues').has(id)).toBe(false);
		});

		test('tags: create, get, get many, update, delete', async () => {
			const created = await run({ resource: 'tag', operation: 'create', name: 'implant-lead' });
			expect(sent()[0]).toMatchObject({
				method: 'POST',
				path: `/locations/${SOUTH}/tags`,
				body: { name: 'implant-lead' },
			});
			const id = String(created.items[0].json.id);

			const got = await run({ resource: 'tag', operation: 'get', tagId: locator(id) });
			expect(got.items[0].json).toEqual({ id, name: 'implant-lead', locationId: SOUTH });

			const many = await run({ resource: 'tag', operation: 'getMany' });
			expect(many.items.map((i) => i.json.name)).toEqual([
				'vip',
				'newsletter',
				'lead',
				'referral',
				'implant-lead',
			]);

			ghl.fake.resetLog();
			const updated = await run({
				resource: 'tag',
				operation: 'update',
				tagId: locator(id),
				name: 'implants',
			});
			expect(sent()[0]).toMatchObject({
				method: 'PUT',
				path: `/locations/${SOUTH}/tags/${id}`,
				body: { name: 'implants' },
			});
			expect(updated.items[0].json).toEqual({ id, name: 'implants', locationId: SOUTH });

			const deleted = await run({ resource: 'tag', operation: 'delete', tagId: locator(id) });
			expect(deleted.items.map((i) => i.json)).toEqual([{ id, deleted: true }]);
			expect(south().collection('tags').has(id)).toBe(false);
		});

		test("a missing record gives GHL's 404 with the hint; Continue On Fail keeps the other items", async () => {
			const tag = [...south().collection('tags').values()][0];
			const { items, error } = await runNode(
				bed.oauth,
				{
					locationId: locator(SOUTH),
					resource: 'tag',
					operation: 'get',
					tagId: locator('={{ $json.id }}'),
				},
				[{ id: tag.id }, { id: 'noSuchTag123' }],
				{ continueOnFail: true },
			);
			expect(error).toBeUndefined();
			expect(items.map((i) => i.json.name ?? i.json.error)).toEqual([
				tag.name,
				'Tag not found [404]',
			]);
			expect(items[1].json).toMatchObject({ statusCode: 404 });
			expect(items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
			expect(ghl.fake.requestsTo('POST', '/oauth/locationToken').length).toBeLessThanOrEqual(1);
		});

		test('timezones: one item per time zone', async () => {
			const { items } = await run({ resource: 'timezone', operation: 'getMany' });
			expect(paths()).toEqual([`GET /locations/${SOUTH}/timezones`]);
			expect(items.map((i) => i.json)).toEqual(TIMEZONES.map((timezone) => ({ timezone })));
		});

		test('templates: get many by type, delete', async () => {
			const sms = await run({
				resource: 'template',
				operation: 'getMany',
				type: 'sms',
				returnAll: true,
			});
			expect(sent()[0]).toMatchObject({
				method: 'GET',
				path: `/locations/${SOUTH}/templates`,
				query: { originId: SOUTH, type: 'sms', skip: '0', limit: '100' },
			});
			expect(sms.items.map((i) => i.json.id)).toEqual(['tpl_sms_reminder']);

			const deleted = await run({
				resource: 'template',
				operation: 'delete',
				templateId: locator('tpl_sms_reminder'),
			});
			expect(
				ghl.fake.requestsTo('DELETE', `/locations/${SOUTH}/templates/tpl_sms_reminder`),
			).toHaveLength(1);
			expect(deleted.items.map((i) => i.json)).toEqual([{ id: 'tpl_sms_reminder', deleted: true }]);

			ghl.fake.resetLog();
			const all = await run({ resource: 'template', operation: 'getMany', returnAll: true });
			expect(all.items.map((i) => i.json.id)).toEqual(['tpl_email_welcome']);
			const withDeleted = await run({
				resource: 'template',
				operation: 'getMany',
				options: { deleted: true },
				returnAll: true,
			});
			expect(withDeleted.items.map((i) => i.json.id)).toEqual([
				'tpl_sms_reminder',
				'tpl_email_welcome',
			]);
		});
	});

	test('pickers list the records of the sub-account in the Sub-Account field', async () => {
		const main = ghl.fake.store.location('loc_main')!;
		seedSettings(main);
		const { methods } = new GoHighLevelSubAccounts();
		const ctx = pickerContext(ghl.fake, 'pit-location-main', {
			accountType: 'location',
			locationId: 'loc_main',
		});
		expect(
			(await methods.listSearch.searchTags.call(ctx, 'NEWS')).results.map((r) => r.name),
		).toEqual(['newsletter']);
		expect(
			(await methods.listSearch.searchCustomValues.call(ctx)).results.map((r) => r.name),
		).toEqual(['Booking Link', 'Office Phone']);
		expect(
			(await methods.listSearch.searchTemplates.call(ctx)).results.map((r) => r.value),
		).toEqual(['tpl_sms_reminder', 'tpl_email_welcome']);
		expect(paths()).toEqual([
			'GET /locations/loc_main/tags',
			'GET /locations/loc_main/customValues',
			'GET /locations/loc_main/templates',
		]);
		expect(ghl.fake.requests[2].query).toEqual({ originId: 'loc_main', limit: '100' });
	});
});
