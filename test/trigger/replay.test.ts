import {
	claimDelivery,
	forgetProcessMemory,
	persistMemory,
	type ReplayState,
} from '../../nodes/GoHighLevelTrigger/replay';
import { processedData } from '../harness/deduplication';
import { WebhookHarness } from '../harness/webhook';
import { contactCreate, fresh, GhlSender, minutesAgo, verifyingWith } from './sender';

const sender = new GhlSender();
const events = (n: number) =>
	Array.from({ length: n }, () => sender.signed(fresh(contactCreate())));
const idOf = (request: { body: Buffer }) => JSON.parse(request.body.toString()).webhookId as string;

describe('GoHighLevel Trigger: a webhookId starts one execution', () => {
	test('the same webhookId twice → one execution; the repeat gets 200 and starts nothing', async () => {
		const harness = new WebhookHarness(verifyingWith(sender));
		const request = sender.signed(fresh(contactCreate()));

		const first = await harness.post(request);
		const repeat = await harness.post(request);

		expect(first.started).toBe(true);
		expect(first.items[0].webhookId).toBe(idOf(request));
		expect(repeat).toMatchObject({
			status: 200,
			started: false,
			response: { workflowStarted: false },
		});
		expect((repeat.response as { reason: string }).reason).toContain('was already received');
		expect(harness.executions).toBe(1);
	});

	test('replays of the second and third event (not only the first) start nothing', async () => {
		const harness = new WebhookHarness(verifyingWith(sender));
		const [a, b, c] = events(3);
		for (const request of [a, b, c]) expect((await harness.post(request)).started).toBe(true);

		for (const request of [b, c, a, c]) expect((await harness.post(request)).started).toBe(false);

		expect(harness.executions).toBe(3);
	});

	test('ten copies of one event at the same moment → one execution', async () => {
		const harness = new WebhookHarness(verifyingWith(sender));
		await harness.post(sender.signed(fresh(contactCreate())));
		const request = sender.signed(fresh(contactCreate()));

		const deliveries = await Promise.all(
			Array.from({ length: 10 }, async () => await harness.post(request)),
		);

		expect(deliveries.filter((d) => d.started)).toHaveLength(1);
		expect(deliveries.every((d) => d.status === 200)).toBe(true);
		expect(harness.executions).toBe(2);
	});

	test('a new signature over the same webhookId (GHL retrying after a 429) still starts nothing', async () => {
		const harness = new WebhookHarness(verifyingWith(sender));
		const event = fresh(contactCreate());

		await harness.post(sender.signed(event));
		const retry = await harness.post(
			sender.signedLegacy({ ...event, timestamp: new Date().toISOString() }),
		);

		expect(retry.started).toBe(false);
		expect(harness.executions).toBe(1);
	});

	test('after a restart (process memory gone, static data as n8n saved it) every earlier id is still refused', async () => {
		const before = new WebhookHarness(verifyingWith(sender));
		const sequential = events(3);
		for (const request of sequential) await before.post(request);
		const concurrent = events(5);
		await Promise.all(concurrent.map(async (request) => await before.post(request)));
		expect(before.executions).toBe(8);

		const after = before.restart();
		const replays = await Promise.all(
			[...sequential, ...concurrent].map(async (request) => await after.post(request)),
		);
		const other = await after.post(sender.signed(fresh(contactCreate())));

		expect(replays.filter((d) => d.started)).toHaveLength(0);
		expect(other.started).toBe(true);
		expect(after.executions).toBe(1);
	});

	test("a copy another n8n process let through (the first execution's static data not saved yet, or n8n 1.x) ends at the trigger: the next node gets nothing", async () => {
		const first = new WebhookHarness(verifyingWith(sender));
		const request = sender.signed(fresh(contactCreate()));
		const ran = await first.post(request);
		expect(ran.received).toEqual([expect.objectContaining({ webhookId: idOf(request) })]);

		// A second process on the same database: its own (empty) memory, the static data from before the first
		// execution ended. Its webhook method cannot tell the copy apart, n8n's deduplication store can.
		forgetProcessMemory();
		const elsewhere = new WebhookHarness(verifyingWith(sender), { workflowId: first.id });
		const copy = await elsewhere.post(request);
		const other = await elsewhere.post(sender.signed(fresh(contactCreate())));

		expect(copy).toMatchObject({ status: 200, started: true, items: [], received: [] });
		expect(other.received).toHaveLength(1);
		expect(processedData.countFor(first.id)).toBe(2);
	});

	test('ids leave the shared store and the static data when their window ends, however many there were', async () => {
		const start = Date.now();
		jest.useFakeTimers({
			now: start,
			doNotFake: [
				'nextTick',
				'setImmediate',
				'setTimeout',
				'setInterval',
				'clearTimeout',
				'clearInterval',
				'queueMicrotask',
				'hrtime',
				'performance',
			],
		});
		try {
			const harness = new WebhookHarness(verifyingWith(sender));
			for (const request of events(20)) await harness.post(request);
			expect(processedData.countFor(harness.id)).toBe(20);

			// Six minutes on (window: 5): the next delivery's execution forgets the twenty.
			jest.setSystemTime(start + 6 * 60_000);
			const later = sender.signed(fresh(contactCreate()));
			expect((await harness.post(later)).received).toHaveLength(1);

			expect(processedData.countFor(harness.id)).toBe(1);
			expect(
				(harness.savedStaticData['node:GoHighLevel Trigger'] as ReplayState).seenWebhooks!.map(
					(e) => e.id,
				),
			).toEqual([idOf(later)]);
		} finally {
			jest.useRealTimers();
		}
	});

	test('an unsigned GHL workflow webhook with a webhookId is guarded the same way', async () => {
		const harness = new WebhookHarness({ events: ['*'], verifySignature: false });
		const body = { contact_id: 'c1', first_name: 'Ann', webhookId: 'wf-delivery-1' };

		await harness.post({ body });
		await harness.post({ body });

		expect(harness.executions).toBe(1);
	});

	test("events without a webhookId (GHL's documented examples have none) each start the workflow: nothing tells copies apart", async () => {
		const harness = new WebhookHarness(verifyingWith(sender));
		const { webhookId: _id, ...unidentified } = fresh(contactCreate());
		const request = sender.signed(unidentified);

		await harness.post(request);
		await harness.post(request);

		expect(harness.executions).toBe(2);
	});

	test('an event that started nothing (not chosen) is not remembered', async () => {
		const harness = new WebhookHarness(verifyingWith(sender, { events: ['OpportunityCreate'] }));
		const request = sender.signed(fresh(contactCreate()));

		await harness.post(request);

		expect(JSON.stringify(harness.savedStaticData)).not.toContain(idOf(request));
	});
});

describe('GoHighLevel Trigger: the replay memory is bounded by the replay window', () => {
	test('a saved id is kept until its window ends and dropped after', () => {
		const scope = `bound-${Math.random()}`;
		const now = Date.now();
		const state: ReplayState = {
			seenWebhooks: [
				{ id: 'old', until: now - 1 },
				{ id: 'live', until: now + 60_000 },
			],
		};

		expect(claimDelivery(scope, 'live', now + 300_000, now, state)).toBe(false);
		expect(claimDelivery(scope, 'old', now + 300_000, now, state)).toBe(true);
		persistMemory(scope, state, now);

		expect(state.seenWebhooks!.map((e) => e.id).sort()).toEqual(['live', 'old']);
		// Ten minutes on, both windows are over: nothing is kept, however many ids there were.
		persistMemory(scope, state, now + 600_000);
		expect(state.seenWebhooks).toEqual([]);
	});

	test('through the webhook path: ids whose window ended are not carried forward in static data', async () => {
		const stale = Array.from({ length: 2000 }, (_, i) => ({
			id: `old-${i}`,
			until: Date.now() - 1000,
		}));
		const harness = new WebhookHarness(verifyingWith(sender), {
			staticData: { 'node:GoHighLevel Trigger': { seenWebhooks: stale } },
		});

		const request = sender.signed(fresh(contactCreate()));
		await harness.post(request);

		const state = harness.savedStaticData['node:GoHighLevel Trigger'] as ReplayState;
		expect(state.seenWebhooks!.map((e) => e.id)).toEqual([idOf(request)]);
	});

	test('an id is remembered for the window after the later of its timestamp and its arrival', async () => {
		const harness = new WebhookHarness(
			verifyingWith(sender, { options: { replayWindowMinutes: 10 } }),
		);
		const request = sender.signed(fresh(contactCreate(), minutesAgo(4)));

		await harness.post(request);

		const [entry] = (harness.savedStaticData['node:GoHighLevel Trigger'] as ReplayState)
			.seenWebhooks!;
		expect(entry.until - Date.now()).toBeGreaterThan(9 * 60_000);
		expect(entry.until - Date.now()).toBeLessThanOrEqual(10 * 60_000);
	});
});
