import { createContact } from '../fake/handlers/contacts';
import { addPipeline, createOpportunity } from '../fake/handlers/opportunities';
import type { LocationState } from '../fake/store';
import { useGhl } from '../harness/ghl';

const rl = (value: string) => ({ __rl: true, mode: 'id', value });
const DAY = 24 * 3600 * 1000;
const iso = (t: number) => new Date(t).toISOString();
const PERIOD = {
	start: Date.parse('2026-11-01T00:00:00Z'),
	end: Date.parse('2026-11-08T00:00:00Z'),
};
const custom = { period: 'custom', periodStart: iso(PERIOD.start), periodEnd: iso(PERIOD.end) };

/** A sub-account of its own with a token credential, so its deals are the only ones the node sees. */
function subAccount(ghl: ReturnType<typeof useGhl>, id: string): LocationState {
	const location = ghl.fake.store.addLocation(id, 'company_main');
	ghl.fake.store.addToken(`pit-${id}`, {
		kind: 'location',
		locationId: id,
		companyId: 'company_main',
	});
	ghl.harness.addTokenCredential(ghl.fake.url, `pit-${id}`, { locationId: id }, `pit-${id}`);
	const reasons = location.collection('lostReasons');
	for (const [reasonId, name] of [
		['lr_price', 'Price too high'],
		['lr_competitor', 'Went with a competitor'],
		['lr_silent', 'No response'],
	]) {
		reasons.set(reasonId, { id: reasonId, name, locationId: id });
	}
	return location;
}

describe('Opportunities: Get Pipeline Summary', () => {
	const ghl = useGhl();
	const summary = (
		locationId: string,
		parameters: Record<string, unknown>,
		extra: Record<string, unknown> = {},
	) =>
		ghl.harness.runNode(
			{
				type: 'goHighLevelOpportunities',
				parameters: { resource: 'opportunity', operation: 'getPipelineSummary', ...parameters },
				credentialId: `pit-${locationId}`,
				...extra,
			},
			[{}],
		);

	describe('eleven deals worked out by hand', () => {
		let location: LocationState;
		beforeAll(() => {
			location = subAccount(ghl, 'loc_small');
			const pipeline = addPipeline(location, 'Deals', ['A', 'B', 'C']);
			addPipeline(location, 'Elsewhere', ['X']);
			const contactId = createContact(location, { email: 'small@example.com' }).id;
			const [a, b, c] = pipeline.stages.map((s) => s.id);
			const deal = (
				name: string,
				stage: string,
				status: string,
				value: number | undefined,
				createdAt: string,
				changedAt: string,
				lostReasonId?: string,
			) =>
				createOpportunity(location, {
					name,
					pipelineId: pipeline.id,
					contactId,
					pipelineStageId: stage,
					status,
					...(value === undefined ? {} : { monetaryValue: value }),
					createdAt,
					updatedAt: changedAt,
					lastStageChangeAt: status === 'open' ? changedAt : createdAt,
					...(status === 'open' ? {} : { lastStatusChangeAt: changedAt }),
					...(lostReasonId ? { lostReasonId } : {}),
				});
			deal('1 open A', a, 'open', 100, '2026-10-01T00:00:00Z', '2026-10-01T00:00:00Z');
			deal(
				'2 open A, opened in period',
				a,
				'open',
				300,
				'2026-11-02T00:00:00Z',
				'2026-11-03T00:00:00Z',
			);
			deal('3 open B', b, 'open', 50.5, '2026-09-01T00:00:00Z', '2026-11-05T00:00:00Z');
			deal('4 won C, 11 days', c, 'won', 1000, '2026-10-22T00:00:00Z', '2026-11-02T00:00:00Z');
			deal(
				'5 won C, opened in period, 3 days',
				c,
				'won',
				500,
				'2026-11-01T12:00:00Z',
				'2026-11-04T12:00:00Z',
			);
			deal(
				'6 won B before the period',
				b,
				'won',
				700,
				'2026-08-01T00:00:00Z',
				'2026-10-15T00:00:00Z',
			);
			deal(
				'7 lost A, price',
				a,
				'lost',
				200,
				'2026-10-10T00:00:00Z',
				'2026-11-06T00:00:00Z',
				'lr_price',
			);
			deal(
				'8 lost B, no value, no reason, opened in period',
				b,
				'lost',
				undefined,
				'2026-11-03T00:00:00Z',
				'2026-11-07T00:00:00Z',
			);
			deal(
				'9 lost B at the first instant of the period',
				b,
				'lost',
				400,
				'2026-10-01T00:00:00Z',
				'2026-11-01T00:00:00Z',
				'lr_price',
			);
			deal('10 abandoned A', a, 'abandoned', 80, '2026-10-05T00:00:00Z', '2026-11-05T00:00:00Z');
			deal(
				'11 lost A a second before the period',
				a,
				'lost',
				999,
				'2026-10-01T00:00:00Z',
				'2026-10-31T23:59:59Z',
				'lr_competitor',
			);
			const other = [
				...location.collection<{ id: string; name: string }>('pipelines').values(),
			].find((p) => p.name === 'Elsewhere')!;
			createOpportunity(location, {
				name: 'not in this pipeline',
				pipelineId: other.id,
				contactId,
				status: 'won',
				monetaryValue: 5,
				lastStatusChangeAt: '2026-11-02T00:00:00Z',
			});
		});

		test('per stage and totals, in three requests', async () => {
			const before = Date.now();
			const { items, error } = await summary('loc_small', {
				pipelineId: rl('pl_deals'),
				...custom,
			});
			const after = Date.now();
			expect(error).toBeUndefined();
			expect(ghl.fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
				'GET /opportunities/pipelines',
				'GET /opportunities/search',
				'GET /opportunities/lost-reason',
			]);
			expect(ghl.fake.requests[1].query).toMatchObject({
				location_id: 'loc_small',
				pipeline_id: 'pl_deals',
				status: 'all',
				limit: '100',
			});

			const periodFields = {
				periodStart: '2026-11-01T00:00:00.000Z',
				periodEnd: '2026-11-08T00:00:00.000Z',
			};
			const [a, b, c, totals] = items.map((i) => i.json);
			expect(items).toHaveLength(4);
			expect(a).toMatchObject({
				type: 'stage',
				pipelineId: 'pl_deals',
				pipelineName: 'Deals',
				stageId: 'pl_deals_st0',
				stageName: 'A',
				position: 0,
				openDeals: 2,
				openValue: 400,
				averageOpenValue: 200,
				openedInPeriod: 1,
				wonInPeriod: 0,
				wonValueInPeriod: 0,
				lostInPeriod: 1,
				...periodFields,
			});
			expect(b).toMatchObject({
				stageName: 'B',
				openDeals: 1,
				openValue: 50.5,
				averageOpenValue: 50.5,
				openedInPeriod: 1,
				wonInPeriod: 0,
				lostInPeriod: 2,
			});
			expect(c).toMatchObject({
				stageName: 'C',
				openDeals: 0,
				openValue: 0,
				averageOpenValue: null,
				averageDaysInStage: null,
				openedInPeriod: 1,
				wonInPeriod: 2,
				wonValueInPeriod: 1500,
				lostInPeriod: 0,
			});
			expect(totals).toMatchObject({
				type: 'totals',
				pipelineId: 'pl_deals',
				stageId: null,
				openDeals: 3,
				openValue: 450.5,
				averageOpenValue: 150.17,
				openedInPeriod: 3,
				wonInPeriod: 2,
				wonValueInPeriod: 1500,
				lostInPeriod: 3,
				lostValueInPeriod: 600,
				abandonedInPeriod: 1,
				winRate: 0.4,
				averageDaysToWin: 7,
				lostReasons: [
					{ id: 'lr_price', name: 'Price too high', count: 2, value: 600 },
					{ id: null, name: '(no reason given)', count: 1, value: 0 },
				],
				dealsRead: 11,
				...periodFields,
			});

			// Days in stage run to the moment of the run: deal 1 since Oct 1, deal 2 since Nov 3, deal 3 since Nov 5.
			const days = (now: number, ...since: string[]) =>
				since.reduce((sum, s) => sum + (now - Date.parse(s)) / DAY, 0) / since.length;
			const between = (value: unknown, low: number, high: number) => {
				expect(value).toBeGreaterThanOrEqual(Math.floor(low * 100) / 100);
				expect(value).toBeLessThanOrEqual(Math.ceil(high * 100) / 100);
			};
			between(
				a.averageDaysInStage,
				days(before, '2026-10-01T00:00:00Z', '2026-11-03T00:00:00Z'),
				days(after, '2026-10-01T00:00:00Z', '2026-11-03T00:00:00Z'),
			);
			between(
				b.averageDaysInStage,
				days(before, '2026-11-05T00:00:00Z'),
				days(after, '2026-11-05T00:00:00Z'),
			);
			const all = ['2026-10-01T00:00:00Z', '2026-11-03T00:00:00Z', '2026-11-05T00:00:00Z'];
			between(totals.averageDaysInStage, days(before, ...all), days(after, ...all));
			expect(Date.parse(totals.asOf as string)).toBeGreaterThanOrEqual(before - 1);
		});

		test('no lost deal with a reason in the period: the reasons are not fetched; both ends of the period count', async () => {
			const { items } = await summary('loc_small', {
				pipelineId: rl('pl_deals'),
				period: 'custom',
				periodStart: '2026-11-02T00:00:00Z',
				periodEnd: '2026-11-05T00:00:00Z',
			});
			expect(ghl.fake.requests.map((r) => r.path)).toEqual([
				'/opportunities/pipelines',
				'/opportunities/search',
			]);
			expect(items.at(-1)!.json).toMatchObject({
				openedInPeriod: 2,
				wonInPeriod: 2,
				lostInPeriod: 0,
				winRate: 1,
				lostReasons: [],
				abandonedInPeriod: 1,
			});
		});

		test('"Last 7 Days" ends now', async () => {
			const before = Date.now();
			const { items } = await summary('loc_small', {
				pipelineId: rl('pl_deals'),
				period: 'last7Days',
			});
			const totals = items.at(-1)!.json;
			expect(
				Date.parse(totals.periodEnd as string) - Date.parse(totals.periodStart as string),
			).toBe(7 * DAY);
			expect(Date.parse(totals.periodEnd as string)).toBeGreaterThanOrEqual(before);
			expect(Date.parse(totals.periodEnd as string)).toBeLessThanOrEqual(Date.now());
		});

		test('a period that ends before it starts, or an unknown pipeline, fails naming the field', async () => {
			const reversed = await summary('loc_small', {
				pipelineId: rl('pl_deals'),
				period: 'custom',
				periodStart: '2026-11-08T00:00:00Z',
				periodEnd: '2026-11-01T00:00:00Z',
			});
			expect(reversed.error?.message).toBe('"Period End" must be after "Period Start"');
			expect(ghl.fake.requests).toHaveLength(0);
			const unknown = await summary(
				'loc_small',
				{ pipelineId: rl('pl_nope'), ...custom },
				{ continueOnFail: true },
			);
			expect(unknown.items.map((i) => i.json.error)).toEqual([
				'Pipeline "pl_nope" not found in this sub-account',
			]);
			expect(ghl.fake.requests.map((r) => r.path)).toEqual(['/opportunities/pipelines']);
		});
	});

	describe('three thousand deals', () => {
		const STAGES = ['New Lead', 'Qualified', 'Demo', 'Proposal', 'Negotiation', 'Closing'];
		const REASONS = ['lr_price', 'lr_competitor', 'lr_silent', undefined];
		const N = 3000;
		let location: LocationState;
		type Spec = {
			stage: number;
			status: string;
			value: number;
			created: number;
			changed: number;
			reason?: string;
		};
		const specs: Spec[] = [];

		beforeAll(() => {
			location = subAccount(ghl, 'loc_big');
			const pipeline = addPipeline(location, 'Big Sales', STAGES);
			const other = addPipeline(location, 'Other', ['Only']);
			const contactId = createContact(location, { email: 'big@example.com' }).id;
			// A fixed pseudo-random sequence, so a failure can be reproduced.
			let seed = 20;
			const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
			const start = Date.parse('2026-06-01T00:00:00Z');
			for (let i = 0; i < N; i++) {
				const created = start + Math.floor(random() * 170 * DAY);
				const changed = Math.min(
					created + Math.floor(random() * 40 * DAY),
					Date.parse('2026-11-20T00:00:00Z'),
				);
				const status = ['open', 'open', 'won', 'lost', 'abandoned'][Math.floor(random() * 5)];
				const spec: Spec = {
					stage: Math.floor(random() * STAGES.length),
					status,
					value: Math.round(random() * 500000) / 100,
					created,
					changed,
					reason: status === 'lost' ? REASONS[Math.floor(random() * 4)] : undefined,
				};
				specs.push(spec);
				createOpportunity(location, {
					name: `Deal ${i}`,
					pipelineId: pipeline.id,
					contactId,
					pipelineStageId: pipeline.stages[spec.stage].id,
					status,
					monetaryValue: spec.value,
					createdAt: iso(created),
					updatedAt: iso(changed),
					lastStageChangeAt: iso(status === 'open' ? changed : created),
					...(status === 'open' ? {} : { lastStatusChangeAt: iso(changed) }),
					...(spec.reason ? { lostReasonId: spec.reason } : {}),
				});
			}
			for (let i = 0; i < 150; i++) {
				createOpportunity(location, {
					name: `Other ${i}`,
					pipelineId: other.id,
					contactId,
					status: 'won',
					monetaryValue: 1,
					createdAt: iso(PERIOD.start + DAY),
					lastStatusChangeAt: iso(PERIOD.start + DAY),
				});
			}
		});

		test('the summary equals the answer counted from the generated deals, in 1 + 30 + 1 requests', async () => {
			const before = Date.now();
			const { items, error } = await summary('loc_big', {
				pipelineId: rl('pl_big_sales'),
				...custom,
			});
			const after = Date.now();
			expect(error).toBeUndefined();

			// Minimal: the pipeline list, 3,000 deals at 100 a page (the total in `meta` spares a 31st, empty page),
			// the lost reasons' names.
			const paths = ghl.fake.requests.map((r) => r.path);
			expect(paths).toEqual([
				'/opportunities/pipelines',
				...Array(30).fill('/opportunities/search'),
				'/opportunities/lost-reason',
			]);
			expect(
				ghl.fake.requests
					.filter((r) => r.path === '/opportunities/search')
					.every((r) => r.query.limit === '100' && r.query.pipeline_id === 'pl_big_sales'),
			).toBe(true);

			// The answer, counted straight from what was generated.
			const inPeriod = (t: number) => t >= PERIOD.start && t <= PERIOD.end;
			const cents = (x: number) => Math.round(x * 100) / 100;
			const expected = STAGES.map((name, stage) => {
				const here = specs.filter((s) => s.stage === stage);
				const open = here.filter((s) => s.status === 'open');
				const won = here.filter((s) => s.status === 'won' && inPeriod(s.changed));
				const openValue = open.reduce((sum, s) => sum + s.value, 0);
				return {
					stageName: name,
					position: stage,
					openDeals: open.length,
					openValue: cents(openValue),
					averageOpenValue: open.length ? cents(openValue / open.length) : null,
					openedInPeriod: here.filter((s) => inPeriod(s.created)).length,
					wonInPeriod: won.length,
					wonValueInPeriod: cents(won.reduce((sum, s) => sum + s.value, 0)),
					lostInPeriod: here.filter((s) => s.status === 'lost' && inPeriod(s.changed)).length,
				};
			});
			expect(items).toHaveLength(STAGES.length + 1);
			items.slice(0, -1).forEach((item, i) => {
				const { openValue, averageOpenValue, wonValueInPeriod, ...counts } = expected[i];
				expect(item.json).toMatchObject({ type: 'stage', ...counts });
				expect(item.json.openValue).toBeCloseTo(openValue, 2);
				expect(item.json.averageOpenValue).toBeCloseTo(averageOpenValue!, 2);
				expect(item.json.wonValueInPeriod).toBeCloseTo(wonValueInPeriod, 2);
			});

			const won = specs.filter((s) => s.status === 'won' && inPeriod(s.changed));
			const lost = specs.filter((s) => s.status === 'lost' && inPeriod(s.changed));
			expect(won.length).toBeGreaterThan(10);
			expect(lost.length).toBeGreaterThan(10);
			const totals = items.at(-1)!.json;
			expect(totals).toMatchObject({
				type: 'totals',
				openDeals: specs.filter((s) => s.status === 'open').length,
				openedInPeriod: specs.filter((s) => inPeriod(s.created)).length,
				wonInPeriod: won.length,
				lostInPeriod: lost.length,
				abandonedInPeriod: specs.filter((s) => s.status === 'abandoned' && inPeriod(s.changed))
					.length,
				winRate: Math.round((won.length / (won.length + lost.length)) * 10000) / 10000,
				dealsRead: N,
			});
			expect(totals.averageDaysToWin).toBeCloseTo(
				won.reduce((sum, s) => sum + (s.changed - s.created) / DAY, 0) / won.length,
				2,
			);
			const names: Record<string, string> = {
				lr_price: 'Price too high',
				lr_competitor: 'Went with a competitor',
				lr_silent: 'No response',
			};
			const reasonRows = REASONS.map((reason) => {
				const these = lost.filter((s) => s.reason === reason);
				return {
					id: reason ?? null,
					name: reason ? names[reason] : '(no reason given)',
					count: these.length,
					value: cents(these.reduce((sum, s) => sum + s.value, 0)),
				};
			}).filter((r) => r.count > 0);
			expect(totals.lostReasons).toEqual(
				expect.arrayContaining(
					reasonRows.map((r) => ({ ...r, value: expect.closeTo(r.value, 2) })),
				),
			);
			expect(totals.lostReasons).toHaveLength(reasonRows.length);
			const counts = (totals.lostReasons as Array<{ count: number }>).map((r) => r.count);
			expect(counts).toEqual([...counts].sort((x, y) => y - x));

			// Days in stage of the open deals, to the moment of the run.
			const open = specs.filter((s) => s.status === 'open');
			const meanDays = (now: number) =>
				open.reduce((sum, s) => sum + (now - s.changed) / DAY, 0) / open.length;
			expect(totals.averageDaysInStage).toBeGreaterThanOrEqual(
				Math.floor(meanDays(before) * 100) / 100,
			);
			expect(totals.averageDaysInStage).toBeLessThanOrEqual(Math.ceil(meanDays(after) * 100) / 100);
		});
	});
});
