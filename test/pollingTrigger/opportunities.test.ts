import { createContact, type FakeContact } from '../fake/handlers/contacts';
import {
	addPipeline,
	createOpportunity,
	type FakeOpportunity,
} from '../fake/handlers/opportunities';
import { MAX_TRACKED_STAGES } from '../../nodes/GoHighLevelPollingTrigger/events/opportunities';
import type { LocationState } from '../fake/store';
import { useGhl } from '../harness/ghl';
import { callGhl, ids, pollingTrigger } from './setup';

describe('GoHighLevel Polling Trigger: opportunities', () => {
	const ghl = useGhl();
	let location: LocationState;
	let contact: FakeContact;
	let sales: ReturnType<typeof addPipeline>;
	let onboarding: ReturnType<typeof addPipeline>;
	let counter = 0;
	const addDeals = (count: number, pipeline = sales): FakeOpportunity[] =>
		Array.from({ length: count }, () =>
			createOpportunity(location, {
				name: `Deal ${++counter}`,
				pipelineId: pipeline.id,
				contactId: contact.id,
			}),
		);
	const moveTo = async (deal: FakeOpportunity, stageId: string) =>
		await callGhl(ghl, 'PUT', `/opportunities/${deal.id}`, { pipelineStageId: stageId });
	const searches = () => ghl.fake.requestsTo('GET', '/opportunities/search');

	beforeAll(() => {
		location = ghl.fake.store.location('loc_main')!;
		contact = createContact(location, { firstName: 'Dealer', email: 'dealer@example.com' });
		sales = addPipeline(location, 'Sales', ['New Lead', 'Contacted', 'Proposal', 'Won']);
		onboarding = addPipeline(location, 'Onboarding', ['Kickoff', 'Live']);
		addDeals(3);
	});

	describe('New Opportunity', () => {
		test('the first poll outputs no item; deals added after it come out once, oldest first', async () => {
			const trigger = pollingTrigger(ghl, { event: 'OpportunityCreate' });
			expect(await trigger.poll()).toEqual({ items: [], emitted: true });
			const added = addDeals(2);
			ghl.fake.resetLog();
			const { items } = await trigger.poll();
			expect(ids(items)).toEqual(ids(added as never));
			expect(items[0]).toMatchObject({
				name: added[0].name,
				pipelineId: sales.id,
				event: 'OpportunityCreate',
			});
			expect((await trigger.poll()).items).toEqual([]);
		});

		test('asks for deals added from the day before the look-back window on, ascending, and cuts exactly on createdAt', async () => {
			const trigger = pollingTrigger(ghl, { event: 'OpportunityCreate' });
			await trigger.poll();
			const cursor = (trigger.nodeState.state as { since: number }).since;
			const dayBefore = new Date(cursor - 24 * 3600 * 1000);
			const expectedDate = `${String(dayBefore.getUTCMonth() + 1).padStart(2, '0')}-${String(dayBefore.getUTCDate()).padStart(2, '0')}-${dayBefore.getUTCFullYear()}`;
			ghl.fake.resetLog();
			await trigger.poll();
			expect(searches()).toHaveLength(1);
			expect(searches()[0].query).toEqual({
				location_id: 'loc_main',
				order: 'added_asc',
				status: 'all',
				date: expectedDate,
				limit: '100',
			});
			expect(searches()[0].headers.version).toBe('2021-07-28');
		});

		test('120 deals added between two polls come out once, over two pages', async () => {
			const trigger = pollingTrigger(ghl, { event: 'OpportunityCreate' });
			await trigger.poll();
			const cursor = (trigger.nodeState.state as { since: number }).since;
			const added = addDeals(120);
			ghl.fake.resetLog();
			const { items } = await trigger.poll();
			expect(ids(items)).toEqual(ids(added as never));
			// The search reads whole days, so it also returns (and the node drops) deals from before the cursor.
			const inWindow = [...location.collection<FakeOpportunity>('opportunities').values()].filter(
				(o) =>
					Date.parse(o.createdAt) >=
					Date.parse(new Date(cursor - 24 * 3600 * 1000).toISOString().slice(0, 10)),
			).length;
			expect(inWindow).toBeGreaterThan(100);
			expect(searches()).toHaveLength(Math.ceil(inWindow / 100));
			expect(searches()[1].query.startAfterId).toEqual(expect.any(String));
			expect((await trigger.poll()).items).toEqual([]);
		});

		test('a pipeline and a status narrow the search; a restart keeps the cursor', async () => {
			const trigger = pollingTrigger(ghl, {
				event: 'OpportunityCreate',
				pipelineId: { __rl: true, mode: 'id', value: onboarding.id },
				status: 'open',
			});
			await trigger.poll();
			addDeals(2, sales);
			const [kickoff] = addDeals(1, onboarding);
			trigger.restart();
			ghl.fake.resetLog();
			expect(ids((await trigger.poll()).items)).toEqual([kickoff.id]);
			expect(searches()[0].query).toMatchObject({ pipeline_id: onboarding.id, status: 'open' });
		});

		test('Emit Existing outputs the newest deals; Fetch Test Event the newest one', async () => {
			const newest = addDeals(3);
			const trigger = pollingTrigger(ghl, {
				event: 'OpportunityCreate',
				emitExisting: true,
				existingLimit: 2,
			});
			expect(ids((await trigger.poll()).items)).toEqual(ids(newest.slice(1) as never));
			const manual = await trigger.fetchTestEvent();
			expect(manual.items).toEqual([
				expect.objectContaining({ id: newest[2].id, event: 'OpportunityCreate' }),
			]);
		});
	});

	describe('Opportunity Stage Changed', () => {
		const stage = (pipeline: typeof sales, index: number) => pipeline.stages[index].id;

		test('the first poll outputs no item; a move comes out once, with the stage it left', async () => {
			const [deal] = addDeals(1);
			const trigger = pollingTrigger(ghl, { event: 'OpportunityStageUpdate' });
			expect(await trigger.poll()).toEqual({ items: [], emitted: true });

			await moveTo(deal, stage(sales, 2));
			const { items } = await trigger.poll();
			expect(items).toEqual([
				expect.objectContaining({
					id: deal.id,
					pipelineStageId: stage(sales, 2),
					previousStageId: stage(sales, 0),
					event: 'OpportunityStageUpdate',
				}),
			]);
			expect((await trigger.poll()).items).toEqual([]);

			await moveTo(deal, stage(sales, 1));
			expect((await trigger.poll()).items).toEqual([
				expect.objectContaining({
					id: deal.id,
					pipelineStageId: stage(sales, 1),
					previousStageId: stage(sales, 2),
				}),
			]);
		});

		test('a deal added and moved between two polls is reported without previousStageId; one only added is not', async () => {
			const trigger = pollingTrigger(ghl, { event: 'OpportunityStageUpdate' });
			await trigger.poll();
			const [moved, untouched] = addDeals(2);
			await moveTo(moved, stage(sales, 3));
			const { items } = await trigger.poll();
			expect(ids(items)).toEqual([moved.id]);
			expect(items[0].previousStageId).toBeUndefined();
			expect(ids(items)).not.toContain(untouched.id);
		});

		test('the stage map survives a restart, and every move over five polls comes out once', async () => {
			const deals = addDeals(3);
			const trigger = pollingTrigger(ghl, { event: 'OpportunityStageUpdate' });
			await trigger.poll();
			const expected: string[] = [];
			const emitted: string[] = [];
			const plan: Array<Array<[number, number]>> = [
				[[0, 1]],
				[],
				[
					[1, 2],
					[2, 1],
				],
				[[0, 3]],
				[[1, 0]],
			];
			for (const [poll, moves] of plan.entries()) {
				for (const [deal, to] of moves) {
					await moveTo(deals[deal], stage(sales, to));
					expected.push(`${deals[deal].id}:${stage(sales, to)}`);
				}
				if (poll === 2) trigger.restart();
				emitted.push(...(await trigger.poll()).items.map((i) => `${i.id}:${i.pipelineStageId}`));
			}
			expect(emitted.sort()).toEqual(expected.sort());
		});

		test('Fetch Test Event returns the most recent move and leaves the stage map as it was', async () => {
			const [deal] = addDeals(1);
			const trigger = pollingTrigger(ghl, { event: 'OpportunityStageUpdate' });
			await trigger.poll();
			await moveTo(deal, stage(sales, 2));
			const manual = await trigger.fetchTestEvent();
			expect(manual.items).toEqual([
				expect.objectContaining({ id: deal.id, pipelineStageId: stage(sales, 2) }),
			]);
			expect((await trigger.poll()).items).toEqual([
				expect.objectContaining({ id: deal.id, previousStageId: stage(sales, 0) }),
			]);
		});

		test('the stage map is bounded; a deal it forgot is still reported when it moves', async () => {
			const big = ghl.fake.store.addLocation('loc_big', 'company_main');
			ghl.fake.store.addToken('pit-location-big', {
				kind: 'location',
				locationId: 'loc_big',
				companyId: 'company_main',
			});
			const credential = ghl.harness.addTokenCredential(ghl.fake.url, 'pit-location-big', {
				locationId: 'loc_big',
			});
			const pipeline = addPipeline(big, 'Bulk', ['Open', 'Closed']);
			const owner = createContact(big, { firstName: 'Bulk' });
			const deals = Array.from({ length: MAX_TRACKED_STAGES + 2 }, (_, i) =>
				createOpportunity(big, { name: `Bulk ${i}`, pipelineId: pipeline.id, contactId: owner.id }),
			);
			ghl.fake.rateLimit.enabled = false;
			const trigger = pollingTrigger(ghl, { event: 'OpportunityStageUpdate' }, credential);
			await trigger.poll();
			const stages = (trigger.nodeState.state as { stages: Record<string, string> }).stages;
			expect(Object.keys(stages)).toHaveLength(MAX_TRACKED_STAGES);
			// The two deals that moved (here: were created) longest ago are the ones forgotten.
			expect(stages[deals[0].id]).toBeUndefined();
			expect(stages[deals[2].id]).toBe(pipeline.stages[0].id);

			const move = async (deal: FakeOpportunity) =>
				await fetch(`${ghl.fake.url}/opportunities/${deal.id}`, {
					method: 'PUT',
					headers: {
						Authorization: 'Bearer pit-location-big',
						Version: '2021-07-28',
						'Content-Type': 'application/json',
					},
					body: JSON.stringify({ pipelineStageId: pipeline.stages[1].id }),
				});
			await move(deals[0]);
			await move(deals[2]);
			const { items } = await trigger.poll();
			expect(items.map((i) => [i.id, i.previousStageId])).toEqual([
				[deals[0].id, undefined],
				[deals[2].id, pipeline.stages[0].id],
			]);
		});
	});
});
