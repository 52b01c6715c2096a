import { GoHighLevelTrigger } from '../../nodes/GoHighLevelTrigger/GoHighLevelTrigger.node';
import { WebhookHarness } from '../harness/webhook';
import { contactCreate, docFixtures, fresh, GhlSender, verifyingWith } from './sender';

const sender = new GhlSender();
const example = (event: string) =>
	docFixtures().find((f) => f.event === event)!.examples[0].payload;

const opportunity = (overrides: Record<string, unknown> = {}) =>
	fresh({ ...example('OpportunityStageUpdate'), ...overrides });

describe('GoHighLevel Trigger: filters', () => {
	test('Sub-Account IDs: events of other sub-accounts get 200 and start nothing', async () => {
		const harness = new WebhookHarness(
			verifyingWith(sender, { filters: { locationIds: 'loc_other, ve9EPM428h8vShlRW1KT' } }),
		);

		const mine = await harness.post(
			sender.signed(fresh(contactCreate({ locationId: 've9EPM428h8vShlRW1KT' }))),
		);
		const theirs = await harness.post(
			sender.signed(fresh(contactCreate({ locationId: 'loc_elsewhere' }))),
		);

		expect(mine.started).toBe(true);
		expect(theirs).toMatchObject({
			status: 200,
			started: false,
			response: { reason: 'Filtered out: its sub-account is not in Sub-Account IDs' },
		});
		expect(harness.executions).toBe(1);
	});

	test('Sub-Account IDs also match invoices (altId), sub-account events (id) and workflow webhooks (location.id)', async () => {
		const harness = new WebhookHarness(
			verifyingWith(sender, {
				filters: { locationIds: '6578278e879ad2646715ba9c,ve9EPM428h8vShlRW1KT' },
			}),
		);

		const invoice = await harness.post(
			sender.signed(fresh({ ...example('InvoicePaid'), type: 'InvoicePaid' })),
		);
		const location = await harness.post(sender.signed(fresh(example('LocationUpdate'))));
		const workflow = await harness.post(
			sender.signed(
				fresh({ contact_id: 'c1', location: { id: 've9EPM428h8vShlRW1KT' }, customData: {} }),
			),
		);
		const agencyInstall = await harness.post(
			sender.signed(
				fresh(docFixtures().find((f) => f.event === 'AppInstall')!.examples[2].payload),
			),
		);

		expect([invoice.started, location.started, workflow.started]).toEqual([true, true, true]);
		// An agency-level install names no sub-account, so it cannot match the list.
		expect(agencyInstall).toMatchObject({ status: 200, started: false });
	});

	test('Pipeline IDs and Stage IDs filter opportunity events', async () => {
		const harness = new WebhookHarness(
			verifyingWith(sender, {
				events: ['OpportunityStageUpdate'],
				filters: {
					pipelineIds: 'VDm7RPYC2GLUvdpKmBfC',
					stageIds: 'e93ba61a-53b3-45e7-985a-c7732dbcdb69, won-stage',
				},
			}),
		);

		const inStage = await harness.post(sender.signed(opportunity()));
		const otherPipeline = await harness.post(
			sender.signed(opportunity({ pipelineId: 'other-pipeline' })),
		);
		const otherStage = await harness.post(
			sender.signed(opportunity({ pipelineStageId: 'lost-stage' })),
		);

		expect(inStage.started).toBe(true);
		expect(otherPipeline.response).toMatchObject({
			reason: 'Filtered out: its pipeline is not in Pipeline IDs',
		});
		expect(otherStage.response).toMatchObject({
			reason: 'Filtered out: its stage is not in Stage IDs',
		});
		expect(harness.executions).toBe(1);
	});

	test('pipeline filters do not hold back events of other areas', async () => {
		const harness = new WebhookHarness(
			verifyingWith(sender, { filters: { pipelineIds: 'VDm7RPYC2GLUvdpKmBfC' } }),
		);

		expect((await harness.post(sender.signed(fresh(contactCreate())))).started).toBe(true);
	});

	test('Tags: a tag update starts the workflow only when the contact has one of the tags (any case)', async () => {
		const harness = new WebhookHarness(
			verifyingWith(sender, { events: ['ContactTagUpdate'], filters: { tags: 'VIP, hot lead' } }),
		);
		const tagUpdate = (tags: string[]) => fresh({ ...example('ContactTagUpdate'), tags });

		const hot = await harness.post(sender.signed(tagUpdate(['newsletter', 'hot lead'])));
		const vip = await harness.post(sender.signed(tagUpdate(['vip'])));
		const cold = await harness.post(sender.signed(tagUpdate(['newsletter'])));

		expect([hot.started, vip.started, cold.started]).toEqual([true, true, false]);
		expect(cold.response).toMatchObject({
			reason: 'Filtered out: the contact has none of the tags in Tags',
		});
	});
});

describe('GoHighLevel Trigger: Simplify', () => {
	test('an opportunity event gives its id, event, sub-account and deal fields', async () => {
		const harness = new WebhookHarness(verifyingWith(sender, { simplify: true }));
		const event = opportunity();

		const delivery = await harness.post(sender.signed(event));

		expect(delivery.items).toEqual([
			{
				id: 'wWhVuzqpRuOA1ZVWi4FC',
				event: 'OpportunityStageUpdate',
				locationId: 've9EPM428h8vShlRW1KT',
				name: 'Loram ipsu',
				contactId: 'cJAWDskpkJHbRbhAT7bs',
				pipelineId: 'VDm7RPYC2GLUvdpKmBfC',
				pipelineStageId: 'e93ba61a-53b3-45e7-985a-c7732dbcdb69',
				status: 'open',
				monetaryValue: 40,
				assignedTo: 'bNl8QNGXhIQJLv8eeASQ',
				source: 'Loram ipsu',
				webhookId: event.webhookId,
				receivedAt: expect.any(String),
			},
		]);
	});

	test('an appointment event lifts the fields out of its "appointment" object', async () => {
		const harness = new WebhookHarness(verifyingWith(sender, { simplify: true }));

		const delivery = await harness.post(sender.signed(fresh(example('AppointmentCreate'))));

		expect(delivery.items[0]).toMatchObject({
			id: '0007BWpSzSwfiuSl0tR2',
			event: 'AppointmentCreate',
			locationId: '0007BWpSzSwfiuSl0tR2',
			calendarId: 'BqTwX8QFwXzpegMve9EQ',
			contactId: '9NkT25Vor1v4aQatFsv2',
			status: 'confirmed',
			startTime: '2023-09-25T16:00:00+05:30',
		});
		expect(delivery.items[0]).not.toHaveProperty('appointment');
	});

	test('an invoice event names its contact and amounts', async () => {
		const harness = new WebhookHarness(verifyingWith(sender, { simplify: true }));

		const delivery = await harness.post(
			sender.signed(fresh({ ...example('InvoicePaid'), type: 'InvoicePaid' })),
		);

		expect(delivery.items[0]).toMatchObject({
			id: '6578278e879ad2646715ba9c',
			event: 'InvoicePaid',
			locationId: '6578278e879ad2646715ba9c',
			invoiceNumber: '19',
			status: 'paid',
			total: 999,
			amountDue: 0,
			contactEmail: 'alex@example.com',
		});
	});

	test('a GHL workflow webhook gives the contact, the workflow and the custom data', async () => {
		const harness = new WebhookHarness({
			events: ['WorkflowWebhook'],
			verifySignature: false,
			simplify: true,
		});

		const delivery = await harness.post({
			body: {
				contact_id: 'c1',
				full_name: 'Ada Lovelace',
				email: 'ada@example.com',
				location: { id: 'loc1' },
				workflow: { id: 'w1', name: 'New lead' },
				customData: { plan: 'gold' },
			},
		});

		expect(delivery.items).toEqual([
			{
				id: 'c1',
				event: 'WorkflowWebhook',
				locationId: 'loc1',
				contactId: 'c1',
				name: 'Ada Lovelace',
				email: 'ada@example.com',
				workflowId: 'w1',
				workflowName: 'New lead',
				customData: { plan: 'gold' },
				receivedAt: expect.any(String),
			},
		]);
	});
});

describe('GoHighLevel Trigger: node', () => {
	const description = new GoHighLevelTrigger().description;

	test('is a trigger with one POST webhook that answers on receipt and needs no credentials', () => {
		expect(description).toMatchObject({
			name: 'goHighLevelTrigger',
			displayName: 'GoHighLevel Trigger',
			group: ['trigger'],
			inputs: [],
		});
		expect(description.webhooks).toEqual([
			{
				name: 'default',
				httpMethod: 'POST',
				responseMode: 'onReceived',
				responseData: '',
				path: 'webhook',
			},
		]);
		expect(description.credentials).toBeUndefined();
		expect(description.subtitle).toBe('={{($parameter["events"] || []).join(", ")}}');
	});

	test("its URL is built from the node's webhookId, as n8n does for webhook nodes", () => {
		expect(new WebhookHarness({ events: ['*'] }).webhookPath()).toBe(
			'5f1c2d3e-ghl-trigger/webhook',
		);
	});

	test('the setup notice says where to paste which URL', () => {
		const notice = description.properties.find((p) => p.name === 'setupNotice')!;
		expect(notice.type).toBe('notice');
		expect(notice.displayName).toContain('Production URL');
		expect(notice.displayName).toContain('Test URL');
		expect(notice.displayName).toContain('marketplace app');
		expect(notice.displayName).toContain('Webhook / Custom Webhook action');
	});

	test('the Test URL (editor\'s "Listen for test event") delivers the same way', async () => {
		const harness = new WebhookHarness(verifyingWith(sender), { mode: 'manual' });

		const delivery = await harness.post(sender.signed(fresh(contactCreate())));

		expect(delivery.started).toBe(true);
		expect(delivery.items[0].event).toBe('ContactCreate');
	});
});
