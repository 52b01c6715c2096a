import type { IDataObject } from 'n8n-workflow';

import { GoHighLevelCampaigns } from '../../nodes/GoHighLevelCampaigns/GoHighLevelCampaigns.node';
import { campaignEnrolments, seed } from '../fake/handlers/campaigns';
import { createContact } from '../fake/handlers/contacts';
import type { HarnessNode } from '../harness/engine';
import { useGhl } from '../harness/ghl';
import { pickerContext } from './pickerContext';

const rl = (value: string, mode = 'id') => ({ __rl: true, mode, value });

describe('GoHighLevel Campaigns', () => {
	const ghl = useGhl();
	const location = () => ghl.fake.store.location('loc_main')!;
	const enrolments = () =>
		[...campaignEnrolments(location()).values()]
			.map((e) => `${e.contactId}:${e.campaignId}`)
			.sort();
	const run = (parameters: IDataObject, items: object[] = [{}], extra: Partial<HarnessNode> = {}) =>
		ghl.harness.runNode(
			{ type: 'goHighLevelCampaigns', parameters, credentialId: ghl.pit, ...extra },
			items,
		);
	let ada: string;
	let grace: string;

	beforeAll(() => {
		ada = createContact(location(), { email: 'ada@example.com', firstName: 'Ada' }).id;
		grace = createContact(location(), { email: 'grace@example.com', firstName: 'Grace' }).id;
		seed(location());
	});
	beforeEach(() => campaignEnrolments(location()).clear());

	test('the node is usable as a tool and its campaign picker shows each campaign with its status', async () => {
		const node = new GoHighLevelCampaigns();
		expect(node.description.usableAsTool).toBe(true);
		const { results } = await node.methods.listSearch.searchCampaigns.call(pickerContext(ghl.fake));
		expect(results).toEqual([
			{ name: 'New Patient Welcome (published)', value: 'cmp_new_patient_welcome' },
			{ name: 'Six Month Recall (published)', value: 'cmp_six_month_recall' },
			{ name: 'Holiday Promo (draft)', value: 'cmp_holiday_promo' },
		]);
		const filtered = await node.methods.listSearch.searchCampaigns.call(
			pickerContext(ghl.fake),
			'draft',
		);
		expect(filtered.results.map((r) => r.value)).toEqual(['cmp_holiday_promo']);
		expect(ghl.fake.requests[0]).toMatchObject({
			method: 'GET',
			path: '/campaigns/',
			query: { locationId: 'loc_main' },
		});
	});

	describe('campaign: get many', () => {
		test('all campaigns of the sub-account', async () => {
			const { items, error } = await run({
				resource: 'campaign',
				operation: 'getMany',
				returnAll: true,
			});
			expect(error).toBeUndefined();
			expect(items.map((i) => i.json)).toEqual([
				{
					id: 'cmp_new_patient_welcome',
					name: 'New Patient Welcome',
					status: 'published',
					locationId: 'loc_main',
				},
				{
					id: 'cmp_six_month_recall',
					name: 'Six Month Recall',
					status: 'published',
					locationId: 'loc_main',
				},
				{ id: 'cmp_holiday_promo', name: 'Holiday Promo', status: 'draft', locationId: 'loc_main' },
			]);
			const [request] = ghl.fake.requests;
			expect(request).toMatchObject({
				method: 'GET',
				path: '/campaigns/',
				query: { locationId: 'loc_main' },
			});
			expect(request.query.status).toBeUndefined();
			expect(request.headers.version).toBe('2021-07-28');
		});

		test('status filter is sent to GHL; Limit cuts the list', async () => {
			const drafts = await run({
				resource: 'campaign',
				operation: 'getMany',
				status: 'draft',
				returnAll: true,
			});
			expect(ghl.fake.requests[0].query).toEqual({ locationId: 'loc_main', status: 'draft' });
			expect(drafts.items.map((i) => i.json.id)).toEqual(['cmp_holiday_promo']);
			const limited = await run({
				resource: 'campaign',
				operation: 'getMany',
				status: 'published',
				returnAll: false,
				limit: 1,
			});
			expect(limited.items.map((i) => i.json.id)).toEqual(['cmp_new_patient_welcome']);
		});
	});

	describe('contact in campaign', () => {
		test('add enrols the contact: POST with an empty JSON body, answer shaped', async () => {
			const { items, error } = await run({
				resource: 'contactCampaign',
				operation: 'add',
				contactId: rl(ada),
				campaignId: rl('cmp_six_month_recall', 'list'),
			});
			expect(error).toBeUndefined();
			const [request] = ghl.fake.requests;
			expect(request).toMatchObject({
				method: 'POST',
				path: `/contacts/${ada}/campaigns/cmp_six_month_recall`,
				body: {},
				status: 201,
			});
			expect(request.headers.version).toBe('2021-07-28');
			expect(items.map((i) => i.json)).toEqual([
				{ contactId: ada, campaignId: 'cmp_six_month_recall', added: true },
			]);
			expect(enrolments()).toEqual([`${ada}:cmp_six_month_recall`]);
		});

		test('remove takes the contact out of that campaign only', async () => {
			await run({
				resource: 'contactCampaign',
				operation: 'add',
				contactId: rl(ada),
				campaignId: rl('cmp_six_month_recall'),
			});
			await run({
				resource: 'contactCampaign',
				operation: 'add',
				contactId: rl(ada),
				campaignId: rl('cmp_new_patient_welcome'),
			});
			ghl.fake.resetLog();
			const { items } = await run({
				resource: 'contactCampaign',
				operation: 'remove',
				contactId: rl(ada),
				campaignId: rl('cmp_six_month_recall'),
			});
			expect(ghl.fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
				`DELETE /contacts/${ada}/campaigns/cmp_six_month_recall`,
			]);
			expect(items[0].json).toEqual({
				contactId: ada,
				campaignId: 'cmp_six_month_recall',
				removed: true,
			});
			expect(enrolments()).toEqual([`${ada}:cmp_new_patient_welcome`]);
		});

		test('remove from all campaigns leaves other contacts enrolled', async () => {
			for (const [contact, campaign] of [
				[ada, 'cmp_six_month_recall'],
				[ada, 'cmp_new_patient_welcome'],
				[grace, 'cmp_six_month_recall'],
			]) {
				await run({
					resource: 'contactCampaign',
					operation: 'add',
					contactId: rl(contact),
					campaignId: rl(campaign),
				});
			}
			ghl.fake.resetLog();
			const { items } = await run({
				resource: 'contactCampaign',
				operation: 'removeFromAll',
				contactId: rl(ada),
			});
			expect(ghl.fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
				`DELETE /contacts/${ada}/campaigns/removeAll`,
			]);
			expect(items[0].json).toEqual({ contactId: ada, removedFromAll: true });
			expect(enrolments()).toEqual([`${grace}:cmp_six_month_recall`]);
		});

		test('a missing campaign or a campaign ID of "removeAll" is refused before any request', async () => {
			const missing = await run(
				{
					resource: 'contactCampaign',
					operation: 'add',
					contactId: rl(ada),
					campaignId: rl('={{ $json.campaign }}'),
				},
				[{ campaign: ' ' }],
			);
			expect(missing.error?.message).toBe('"Campaign" is required');
			const trap = await run({
				resource: 'contactCampaign',
				operation: 'remove',
				contactId: rl(ada),
				campaignId: rl('removeAll'),
			});
			expect(trap.error?.message).toBe('"Campaign" is not a valid ID: "removeAll"');
			expect(ghl.fake.requests).toHaveLength(0);
		});

		test('Continue On Fail: one error item for the unknown campaign, the others enrolled', async () => {
			const { items, error } = await run(
				{
					resource: 'contactCampaign',
					operation: 'add',
					contactId: rl('={{ $json.contact }}'),
					campaignId: rl('={{ $json.campaign }}'),
				},
				[
					{ contact: ada, campaign: 'cmp_six_month_recall' },
					{ contact: ada, campaign: 'cmp_no_such_campaign' },
					{ contact: grace, campaign: 'cmp_new_patient_welcome' },
				],
				{ continueOnFail: true },
			);
			expect(error).toBeUndefined();
			expect(items.map((i) => i.json.added ?? i.json.error)).toEqual([
				true,
				'Campaign not found [404]',
				true,
			]);
			expect(items[1].json.statusCode).toBe(404);
			expect(items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
			expect(enrolments()).toEqual(
				[`${ada}:cmp_six_month_recall`, `${grace}:cmp_new_patient_welcome`].sort(),
			);
		});

		test("without Continue On Fail, an unknown contact stops the run with GHL's message", async () => {
			const { error } = await run({
				resource: 'contactCampaign',
				operation: 'add',
				contactId: rl('nobody123'),
				campaignId: rl('cmp_six_month_recall'),
			});
			expect(error?.message).toBe('Contact not found [400]');
			expect(enrolments()).toEqual([]);
		});
	});
});
