import { createContact } from '../fake/handlers/contacts';
import { addPipeline, createOpportunity, seed } from '../fake/handlers/opportunities';
import { useGhl } from '../harness/ghl';

const rl = (value: string) => ({ __rl: true, mode: 'id', value });

describe('GoHighLevel Opportunities', () => {
	const ghl = useGhl();
	const location = () => ghl.fake.store.location('loc_main')!;
	const opportunities = () => location().collection<any>('opportunities');
	const run = (
		parameters: Record<string, unknown>,
		items: object[] = [{}],
		extra: Record<string, unknown> = {},
	) =>
		ghl.harness.runNode(
			{
				type: 'goHighLevelOpportunities',
				parameters: { resource: 'opportunity', ...parameters },
				credentialId: ghl.pit,
				...extra,
			},
			items,
		);
	let contactId: string;

	beforeAll(() => {
		contactId = createContact(location(), { email: 'deal@example.com', firstName: 'Acme' }).id;
		seed(location());
	});

	test('create puts the deal in the chosen stage, with the value as a number', async () => {
		const { items, error } = await run({
			operation: 'create',
			pipelineId: rl('pl_sales'),
			pipelineStageId: 'pl_sales_st1',
			contactId: rl(contactId),
			name: 'Acme: redesign',
			fields: { monetaryValue: 4200.5, assignedTo: 'user_sales' },
		});
		expect(error).toBeUndefined();
		const [request] = ghl.fake.requests;
		expect(request).toMatchObject({ method: 'POST', path: '/opportunities/' });
		expect(request.headers.version).toBe('2021-07-28');
		expect(request.body).toEqual({
			status: 'open',
			monetaryValue: 4200.5,
			assignedTo: 'user_sales',
			name: 'Acme: redesign',
			pipelineId: 'pl_sales',
			pipelineStageId: 'pl_sales_st1',
			contactId,
			locationId: 'loc_main',
		});
		expect(opportunities().get(items[0].json.id as string)).toMatchObject({
			pipelineStageId: 'pl_sales_st1',
			monetaryValue: 4200.5,
			status: 'open',
		});
	});

	test('create or update: creates once, then updates the same deal; value goes through an update', async () => {
		const parameters = {
			operation: 'upsert',
			pipelineId: rl('pl_onboarding'),
			contactId: rl(contactId),
			name: 'Acme onboarding',
		};
		const first = await run({ ...parameters, fields: { monetaryValue: 100 } });
		const second = await run({
			...parameters,
			pipelineStageId: 'pl_onboarding_st2',
			fields: { monetaryValue: 250, source: 'api' },
		});
		expect(first.items[0].json).toMatchObject({ isNew: true, monetaryValue: 100 });
		expect(second.items[0].json).toMatchObject({
			isNew: false,
			id: first.items[0].json.id,
			monetaryValue: 250,
			pipelineStageId: 'pl_onboarding_st2',
			source: 'api',
		});
		expect(ghl.fake.requestsTo('POST', '/opportunities/upsert')[0].body).toMatchObject({
			followers: [],
			isRemoveAllFollowers: false,
			followersActionType: 'add',
		});
		expect([...opportunities().values()].filter((o) => o.name === 'Acme onboarding')).toHaveLength(
			1,
		);
	});

	describe('move to stage', () => {
		let dealId: string;
		beforeEach(() => {
			dealId = createOpportunity(location(), {
				name: 'Mover',
				pipelineId: 'pl_sales',
				contactId,
			}).id;
		});

		test('by name, ignoring case and spaces', async () => {
			const { items, error } = await run({
				operation: 'moveToStage',
				opportunityId: dealId,
				pipelineId: rl('pl_sales'),
				stageBy: 'name',
				stageName: '  proPOSAL ',
			});
			expect(error).toBeUndefined();
			expect(ghl.fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
				'GET /opportunities/pipelines',
				`PUT /opportunities/${dealId}`,
			]);
			expect(ghl.fake.requests[1].body).toEqual({
				pipelineId: 'pl_sales',
				pipelineStageId: 'pl_sales_st2',
			});
			expect(items[0].json.pipelineStageId).toBe('pl_sales_st2');
			expect(opportunities().get(dealId).pipelineStageId).toBe('pl_sales_st2');
		});

		test('an unknown name fails listing the valid stage names, and nothing changes', async () => {
			const { error } = await run({
				operation: 'moveToStage',
				opportunityId: dealId,
				pipelineId: rl('pl_sales'),
				stageBy: 'name',
				stageName: 'Closed',
			});
			expect(error?.message).toBe('No stage named "Closed" in pipeline "Sales"');
			expect(error?.description).toBe(
				'Valid stage names: New Lead, Contacted, Proposal, Negotiation, Won',
			);
			expect(ghl.fake.requestsTo('PUT', new RegExp(dealId))).toHaveLength(0);
			expect(opportunities().get(dealId).pipelineStageId).toBe('pl_sales_st0');
		});

		test('from the list, with names resolved by Simplify', async () => {
			const { items } = await run({
				operation: 'moveToStage',
				opportunityId: dealId,
				pipelineId: rl('pl_sales'),
				stageBy: 'list',
				pipelineStageId: 'pl_sales_st3',
				simplify: true,
			});
			expect(items[0].json).toMatchObject({
				id: dealId,
				pipelineName: 'Sales',
				stageName: 'Negotiation',
				contactId,
				status: 'open',
			});
		});

		test('by names coming from items (what an agent or an order system sends)', async () => {
			const { items } = await run(
				{
					operation: 'moveToStage',
					opportunityId: '={{ $json.deal }}',
					pipelineId: rl('pl_sales'),
					stageBy: 'name',
					stageName: '={{ $json.stage }}',
				},
				[
					{ deal: dealId, stage: 'contacted' },
					{ deal: dealId, stage: 'WON' },
				],
			);
			expect(items.map((i) => i.json.pipelineStageId)).toEqual(['pl_sales_st1', 'pl_sales_st4']);
		});
	});

	describe('update with the stage by name', () => {
		let dealId: string;
		beforeEach(() => {
			dealId = createOpportunity(location(), {
				name: 'Row from a database',
				pipelineId: 'pl_sales',
				contactId,
			}).id;
		});

		test('in the pipeline given: one PUT with the stage ID and the other fields', async () => {
			const { items, error } = await run({
				operation: 'update',
				opportunityId: dealId,
				fields: {
					pipelineId: 'pl_sales',
					stageName: ' negotiation ',
					monetaryValue: 7300,
					status: 'won',
					assignedTo: 'user_sales',
				},
			});
			expect(error).toBeUndefined();
			expect(ghl.fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
				'GET /opportunities/pipelines',
				`PUT /opportunities/${dealId}`,
			]);
			expect(ghl.fake.requests[1].body).toEqual({
				pipelineId: 'pl_sales',
				pipelineStageId: 'pl_sales_st3',
				monetaryValue: 7300,
				status: 'won',
				assignedTo: 'user_sales',
			});
			expect(items[0].json).toMatchObject({ pipelineStageId: 'pl_sales_st3', status: 'won' });
			expect(opportunities().get(dealId)).toMatchObject({
				pipelineStageId: 'pl_sales_st3',
				monetaryValue: 7300,
				status: 'won',
				assignedTo: 'user_sales',
			});
		});

		test("without a pipeline, in the opportunity's own pipeline", async () => {
			const { error } = await run({
				operation: 'update',
				opportunityId: dealId,
				fields: { stageName: 'Proposal' },
			});
			expect(error).toBeUndefined();
			expect(ghl.fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
				`GET /opportunities/${dealId}`,
				'GET /opportunities/pipelines',
				`PUT /opportunities/${dealId}`,
			]);
			expect(ghl.fake.requests[2].body).toEqual({ pipelineStageId: 'pl_sales_st2' });
		});

		test('an unknown name fails listing the valid names, and nothing is sent', async () => {
			const { error } = await run({
				operation: 'update',
				opportunityId: dealId,
				fields: { pipelineId: 'pl_sales', stageName: 'Closed', monetaryValue: 1 },
			});
			expect(error?.message).toBe('No stage named "Closed" in pipeline "Sales"');
			expect(error?.description).toBe(
				'Valid stage names: New Lead, Contacted, Proposal, Negotiation, Won',
			);
			expect(ghl.fake.requestsTo('PUT', new RegExp(dealId))).toHaveLength(0);
		});
	});

	test('update status to lost with a reason, then won', async () => {
		const deal = createOpportunity(location(), {
			name: 'Lost one',
			pipelineId: 'pl_sales',
			contactId,
		});
		const lost = await run({
			operation: 'updateStatus',
			opportunityId: deal.id,
			status: 'lost',
			lostReasonId: 'lr_price_too_high',
		});
		expect(ghl.fake.requests[0]).toMatchObject({
			method: 'PUT',
			path: `/opportunities/${deal.id}/status`,
			body: { status: 'lost', lostReasonId: 'lr_price_too_high' },
		});
		expect(lost.items[0].json).toEqual({ id: deal.id, status: 'lost', succeeded: true });
		expect(opportunities().get(deal.id)).toMatchObject({
			status: 'lost',
			lostReasonId: 'lr_price_too_high',
		});
		await run({
			operation: 'updateStatus',
			opportunityId: deal.id,
			status: 'won',
			lostReasonId: 'lr_price_too_high',
		});
		expect(ghl.fake.requests[1].body).toEqual({ status: 'won' });
		expect(opportunities().get(deal.id)).toMatchObject({ status: 'won', lostReasonId: undefined });
	});

	test('a status from an expression that GHL does not know is refused before any request', async () => {
		const { error } = await run({
			operation: 'updateStatus',
			opportunityId: 'x1',
			status: '={{ "closed" }}',
		});
		expect(error?.message).toBe('"Status" must be one of open, won, lost, abandoned: "closed"');
		expect(ghl.fake.requests).toHaveLength(0);
	});

	test('get, update (value, name, custom field), followers, delete', async () => {
		const deal = createOpportunity(location(), {
			name: 'Edit me',
			pipelineId: 'pl_sales',
			contactId,
		});
		const got = await run({ operation: 'get', opportunityId: deal.id });
		expect(got.items[0].json).toMatchObject({ id: deal.id, name: 'Edit me' });
		await run({
			operation: 'update',
			opportunityId: deal.id,
			fields: {
				name: 'Edited',
				monetaryValue: 999,
				customFields: { field: [{ id: 'cf_deal_type', value: 'Retainer' }] },
			},
		});
		expect(ghl.fake.requests.at(-1)!.body).toEqual({
			name: 'Edited',
			monetaryValue: 999,
			customFields: [{ id: 'cf_deal_type', field_value: 'Retainer' }],
		});
		expect(opportunities().get(deal.id)).toMatchObject({
			name: 'Edited',
			monetaryValue: 999,
			customFields: [{ id: 'cf_deal_type', fieldValue: 'Retainer' }],
		});
		await run({
			operation: 'addFollowers',
			opportunityId: deal.id,
			followers: ['user_owner', 'user_sales'],
		});
		const removed = await run({
			operation: 'removeFollowers',
			opportunityId: deal.id,
			followers: ['user_owner'],
		});
		expect(removed.items[0].json).toMatchObject({
			followers: ['user_sales'],
			followersRemoved: ['user_owner'],
		});
		const deleted = await run({ operation: 'delete', opportunityId: deal.id });
		expect(deleted.items[0].json).toEqual({ id: deal.id, deleted: true });
		expect(opportunities().has(deal.id)).toBe(false);
	});

	describe('get many', () => {
		beforeAll(() => {
			const big = ghl.fake.store.addLocation('loc_pipeline', 'company_main');
			ghl.fake.store.addToken('pit-pipeline', {
				kind: 'location',
				locationId: 'loc_pipeline',
				companyId: 'company_main',
			});
			ghl.harness.addTokenCredential(
				ghl.fake.url,
				'pit-pipeline',
				{ locationId: 'loc_pipeline' },
				'pit-pipeline',
			);
			const pipeline = addPipeline(big, 'Sales', ['A', 'B']);
			const owner = createContact(big, { email: 'o@example.com' }).id;
			for (let i = 0; i < 257; i++)
				createOpportunity(big, {
					name: `Deal ${i}`,
					pipelineId: pipeline.id,
					contactId: owner,
					pipelineStageId: pipeline.stages[i % 2].id,
					status: i % 5 === 0 ? 'won' : 'open',
				});
		});
		const runBig = (parameters: Record<string, unknown>) =>
			ghl.harness.runNode({
				type: 'goHighLevelOpportunities',
				parameters: { resource: 'opportunity', operation: 'getMany', ...parameters },
				credentialId: 'pit-pipeline',
			});

		test('Return All pages with startAfter cursors: every deal once, in ceil(N/100) requests', async () => {
			const { items } = await runBig({ returnAll: true, filters: { status: 'all' } });
			expect(items).toHaveLength(257);
			expect(new Set(items.map((i) => i.json.id)).size).toBe(257);
			expect(ghl.fake.requests).toHaveLength(3);
			expect(ghl.fake.requests[1].query).toMatchObject({
				location_id: 'loc_pipeline',
				limit: '100',
				startAfterId: expect.any(String),
				startAfter: expect.any(String),
			});
		});

		test('filters by stage and status; Limit stops early', async () => {
			const won = await runBig({ returnAll: true, filters: { status: 'won' } });
			expect(won.items).toHaveLength(52);
			expect(won.items.every((i) => i.json.status === 'won')).toBe(true);
			ghl.fake.resetLog();
			const limited = await runBig({
				returnAll: false,
				limit: 7,
				filters: { pipeline_stage_id: 'pl_sales_st1', status: 'all' },
			});
			expect(limited.items).toHaveLength(7);
			expect(ghl.fake.requests).toHaveLength(1);
			expect(ghl.fake.requests[0].query).toMatchObject({
				limit: '7',
				pipeline_stage_id: 'pl_sales_st1',
			});
		});

		test("dates are sent as GHL's mm-dd-yyyy", async () => {
			await runBig({
				returnAll: false,
				limit: 1,
				filters: { date: '2026-02-01T00:00:00Z', endDate: '2026-12-31T00:00:00Z', status: 'all' },
			});
			expect(ghl.fake.requests[0].query).toMatchObject({
				date: '02-01-2026',
				endDate: '12-31-2026',
			});
		});
	});

	test('pipelines: one item per stage carries its pipeline', async () => {
		const { items } = await ghl.harness.runNode({
			type: 'goHighLevelOpportunities',
			parameters: { resource: 'pipeline', operation: 'getMany', output: 'stages' },
			credentialId: ghl.pit,
		});
		expect(items[0].json).toEqual({
			id: 'pl_sales_st0',
			name: 'New Lead',
			position: 0,
			pipelineId: 'pl_sales',
			pipelineName: 'Sales',
		});
		expect(items.filter((i) => i.json.pipelineName === 'Onboarding')).toHaveLength(3);
	});

	test('lost reasons', async () => {
		const { items } = await ghl.harness.runNode({
			type: 'goHighLevelOpportunities',
			parameters: { resource: 'lostReason', operation: 'getMany', returnAll: true },
			credentialId: ghl.pit,
		});
		expect(items.map((i) => i.json.name)).toEqual([
			'Price too high',
			'Went with a competitor',
			'No response',
		]);
	});

	test('Continue On Fail and 429 recovery on a batch of stage moves', async () => {
		const ids = [0, 1, 2].map(
			(i) =>
				createOpportunity(location(), { name: `Batch ${i}`, pipelineId: 'pl_sales', contactId }).id,
		);
		ghl.fake.inject({
			method: 'PUT',
			path: /^\/opportunities\//,
			status: 429,
			times: 2,
			headers: { 'Retry-After': '0' },
		});
		const { items, error } = await run(
			{
				operation: 'moveToStage',
				opportunityId: '={{ $json.id }}',
				pipelineId: rl('pl_sales'),
				stageBy: 'name',
				stageName: '={{ $json.stage }}',
			},
			[
				{ id: ids[0], stage: 'Won' },
				{ id: ids[1], stage: 'Lost in space' },
				{ id: ids[2], stage: 'won' },
			],
			{ continueOnFail: true },
		);
		expect(error).toBeUndefined();
		expect(items.map((i) => i.json.pipelineStageId ?? i.json.error)).toEqual([
			'pl_sales_st4',
			'No stage named "Lost in space" in pipeline "Sales"',
			'pl_sales_st4',
		]);
		expect(ghl.fake.requests.filter((r) => r.status === 429)).toHaveLength(2);
		expect(ids.map((id) => opportunities().get(id).pipelineStageId)).toEqual([
			'pl_sales_st4',
			'pl_sales_st0',
			'pl_sales_st4',
		]);
	});
});
