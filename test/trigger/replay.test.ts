import { alreadySeen, remember, REMEMBERED_WEBHOOKS, type ReplayState } from '../../nodes/GoHighLevelTrigger/replay';
import { WebhookHarness } from '../harness/webhook';
import { contactCreate, fresh, GhlSender, verifyingWith } from './sender';

const sender = new GhlSender();

describe('GoHighLevel Trigger: replayed webhookIds', () => {
	test('the same webhookId twice → one execution; the repeat gets 200 and starts nothing', async () => {
		const harness = new WebhookHarness(verifyingWith(sender));
		const request = sender.signed(fresh(contactCreate()));

		const first = await harness.post(request);
		const repeat = await harness.post(request);

		expect(first.started).toBe(true);
		expect(repeat).toMatchObject({ status: 200, started: false, response: { workflowStarted: false } });
		expect((repeat.response as { reason: string }).reason).toContain('was already received');
		expect(harness.executions).toBe(1);
	});

	test('a new signature over the same webhookId (GHL retrying after a 429) still starts nothing', async () => {
		const harness = new WebhookHarness(verifyingWith(sender));
		const event = fresh(contactCreate());

		await harness.post(sender.signed(event));
		const retry = await harness.post(sender.signedLegacy({ ...event, timestamp: new Date().toISOString() }));

		expect(retry.started).toBe(false);
		expect(harness.executions).toBe(1);
	});

	test('different webhookIds each start the workflow', async () => {
		const harness = new WebhookHarness(verifyingWith(sender));

		for (let i = 0; i < 3; i++) await harness.post(sender.signed(fresh(contactCreate())));

		expect(harness.executions).toBe(3);
	});

	test('the memory survives a restart: a new Workflow from the saved static data still knows the id', async () => {
		const before = new WebhookHarness(verifyingWith(sender));
		const request = sender.signed(fresh(contactCreate()));
		await before.post(request);
		const saved = before.savedStaticData;
		expect(JSON.stringify(saved)).toContain(JSON.parse(request.body.toString()).webhookId);

		const after = before.restart();
		const repeat = await after.post(request);
		const other = await after.post(sender.signed(fresh(contactCreate())));

		expect(repeat).toMatchObject({ status: 200, started: false });
		expect(other.started).toBe(true);
		expect(after.executions).toBe(1);
	});

	test('an event that started nothing (not chosen) is not remembered: static data is not rewritten for it', async () => {
		const harness = new WebhookHarness(verifyingWith(sender, { events: ['OpportunityCreate'] }));

		await harness.post(sender.signed(fresh(contactCreate())));

		expect(harness.savedStaticData).toEqual({});
	});

	test(`at most ${REMEMBERED_WEBHOOKS} ids are kept, the oldest go first`, () => {
		const state: ReplayState = {};
		for (let i = 0; i < REMEMBERED_WEBHOOKS + 5; i++) remember(state, `wh-${i}`, 1_000 + i);

		expect(state.seenWebhooks).toHaveLength(REMEMBERED_WEBHOOKS);
		expect(alreadySeen(state, 'wh-4')).toBe(false);
		expect(alreadySeen(state, 'wh-5')).toBe(true);
		expect(state.seenWebhooks![REMEMBERED_WEBHOOKS - 1]).toEqual({ id: `wh-${REMEMBERED_WEBHOOKS + 4}`, at: 1_000 + REMEMBERED_WEBHOOKS + 4 });
	});

	test('the bound holds through the webhook path too (static data as n8n saves it)', async () => {
		const full: ReplayState = { seenWebhooks: Array.from({ length: REMEMBERED_WEBHOOKS }, (_, i) => ({ id: `old-${i}`, at: i })) };
		const harness = new WebhookHarness(verifyingWith(sender), { staticData: { 'node:GoHighLevel Trigger': full } });

		await harness.post(sender.signed(fresh(contactCreate())));

		const state = harness.savedStaticData['node:GoHighLevel Trigger'] as ReplayState;
		expect(state.seenWebhooks).toHaveLength(REMEMBERED_WEBHOOKS);
		expect(state.seenWebhooks![0].id).toBe('old-1');
	});
});
