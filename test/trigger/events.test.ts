import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { webhookEvents } from '../../nodes/GoHighLevelTrigger/events';
import { GoHighLevelTrigger } from '../../nodes/GoHighLevelTrigger/GoHighLevelTrigger.node';
import type { EventFixture } from '../../scripts/generate-webhook-events';
import { WebhookHarness } from '../harness/webhook';
import { docFixtures, fresh, GhlSender, verifyingWith } from './sender';

const sender = new GhlSender();
const fixtures = docFixtures();
const catalogTypes = new Map(webhookEvents.map((event) => [event.value, event.types]));

/**
 * Doc examples whose body does not name their own event: no `type` at all, or a record field called `type`
 * (Price's "one_time"). The trigger names them "Unidentified", never a guessed event.
 */
const unidentifiedExamples = [
	'AssociationCreate',
	'AssociationDelete',
	'AssociationUpdate',
	'InvoiceCreate',
	'InvoiceDelete',
	'InvoicePaid',
	'InvoicePartiallyPaid',
	'InvoiceSent',
	'InvoiceUpdate',
	'InvoiceVoid',
	'ObjectSchemaCreate',
	'ObjectSchemaUpdate',
	'PriceCreate',
	'PriceDelete',
	'PriceUpdate',
	'ProductCreate',
	'ProductDelete',
	'ProductUpdate',
	'RecordCreate',
	'RecordDelete',
	'RecordUpdate',
	'RelationCreate',
	'RelationDelete',
];
/** Doc examples that are a copy of a sibling's: their `type` names that sibling, so they are that sibling's event. */
const examplesOfAnotherEvent: Record<string, string> = {
	AppointmentDelete: 'AppointmentCreate',
	AppointmentUpdate: 'AppointmentCreate',
};
/** Doc examples carrying a `timestamp` from 2025: outside any replay window today, so refused (401) as a replay. */
const staleExamples = [
	'ObjectSchemaCreate',
	'ObjectSchemaUpdate',
	'RecordCreate',
	'RecordDelete',
	'RecordUpdate',
];

/** What the trigger makes of an event's first documented example, sent unmodified. */
function identifiedAs(fixture: EventFixture): string {
	if (unidentifiedExamples.includes(fixture.event)) return 'Unidentified';
	return examplesOfAnotherEvent[fixture.event] ?? fixture.event;
}

describe('GoHighLevel Trigger: the 58 documented events', () => {
	test('the catalog has every documented event, each with its doc examples as fixtures', () => {
		expect(webhookEvents).toHaveLength(58);
		expect(fixtures.map((f) => f.event).sort()).toEqual(webhookEvents.map((e) => e.value).sort());
		expect(fixtures.every((f) => f.examples.length > 0)).toBe(true);
	});

	test('the documented examples as they are: none has a webhookId, few a timestamp, and 25 do not name their event', () => {
		const payloads = fixtures.flatMap((f) => f.examples.map((e) => e.payload));
		expect(payloads.filter((p) => 'webhookId' in p)).toHaveLength(0);
		expect(
			fixtures.filter((f) => 'timestamp' in f.examples[0].payload).map((f) => f.event),
		).toEqual(staleExamples);
		const notNamingTheirEvent = fixtures
			.filter((f) => !catalogTypes.get(f.event)!.includes(f.examples[0].payload.type as string))
			.map((f) => f.event);
		expect(notNamingTheirEvent).toEqual(
			[
				...unidentifiedExamples,
				...Object.keys(examplesOfAnotherEvent),
				'ProviderOutboundMessage',
			].sort(),
		);
	});

	test('the editor lists "All Events", "GHL Workflow Webhook" and the events as "Area: Event"', () => {
		const events = new GoHighLevelTrigger().description.properties.find(
			(p) => p.name === 'events',
		) as INodeProperties;
		const options = events.options as INodePropertyOptions[];
		expect(events.type).toBe('multiOptions');
		expect(options.slice(0, 2).map((o) => [o.name, o.value])).toEqual([
			['All Events', '*'],
			['GHL Workflow Webhook', 'WorkflowWebhook'],
		]);
		expect(options).toHaveLength(61);
		expect(options[60]).toMatchObject({ name: 'Unidentified Event', value: 'Unidentified' });
		expect(options.find((o) => o.value === 'ContactTagUpdate')).toMatchObject({
			name: 'Contact: Tag Update',
			description: "Called whenever a contact's tag field is updated",
		});
		expect(options.find((o) => o.value === 'AppInstall')?.name).toBe('App: Install');
		expect(options.find((o) => o.value === 'LocationCreate')?.name).toBe('Sub-Account: Create');
	});

	describe.each(
		fixtures.map(
			(fixture, index) =>
				[fixture.event, fixture, fixtures[(index + 1) % fixtures.length].event] as const,
		),
	)('%s, its documented example unmodified', (event, fixture, otherEvent) => {
		const payload = fixture.examples[0].payload;
		const stale = staleExamples.includes(event);
		const as = identifiedAs(fixture);

		if (stale) {
			test('is refused (401): its timestamp is long past, as a replay would be', async () => {
				const harness = new WebhookHarness(verifyingWith(sender, { events: ['*'] }));
				const delivery = await harness.post(sender.signed(payload));
				expect(delivery).toMatchObject({
					status: 401,
					started: false,
					response: { message: "The event's timestamp is more than 5 minutes away from now" },
				});
			});
			return;
		}

		test(`starts a workflow on All Events as "${as}", with the example as output`, async () => {
			const harness = new WebhookHarness(verifyingWith(sender, { events: ['*'] }));
			const delivery = await harness.post(sender.signed(payload));
			expect(delivery).toMatchObject({ status: 200, started: true });
			expect(delivery.items).toEqual([{ ...payload, event: as, receivedAt: expect.any(String) }]);
		});

		test(
			as === event
				? `starts a workflow listening for ${event}`
				: `does not start a workflow listening for ${event}: its body does not say it is one`,
			async () => {
				const harness = new WebhookHarness(verifyingWith(sender, { events: [event] }));
				const delivery = await harness.post(sender.signed(payload));
				expect(delivery.started).toBe(as === event);
				expect(delivery.status).toBe(200);
			},
		);

		test(`is acknowledged (200) and starts nothing in a workflow that listens for ${otherEvent}`, async () => {
			const harness = new WebhookHarness(verifyingWith(sender, { events: [otherEvent] }));
			const delivery = await harness.post(sender.signed(payload));
			expect(delivery).toMatchObject({
				status: 200,
				started: false,
				response: { received: true, workflowStarted: false },
			});
			expect(harness.executions).toBe(0);
		});
	});

	test('"Unidentified Event" receives exactly the examples that name no event (the fresh ones)', async () => {
		const harness = new WebhookHarness(verifyingWith(sender, { events: ['Unidentified'] }));
		const started: string[] = [];
		for (const fixture of fixtures) {
			const delivery = await harness.post(sender.signed(fixture.examples[0].payload));
			if (delivery.started) started.push(fixture.event);
		}
		expect(started).toEqual(unidentifiedExamples.filter((e) => !staleExamples.includes(e)));
	});

	test('an unidentified delivery tells GHL why it started nothing', async () => {
		const harness = new WebhookHarness(verifyingWith(sender, { events: ['InvoicePaid'] }));
		const invoice = fixtures.find((f) => f.event === 'InvoicePaid')!.examples[0].payload;

		const delivery = await harness.post(sender.signed(invoice));

		expect(delivery.response).toEqual({
			received: true,
			workflowStarted: false,
			reason:
				'The body names no event (its type is missing or not an event name); the trigger starts workflows listening for "Unidentified Event" or "All Events" with it',
		});
	});

	test('"All Events" starts the workflow for each of the 69 examples in the docs but the 5 stale ones', async () => {
		const harness = new WebhookHarness(verifyingWith(sender, { events: ['*'] }));
		const statuses: Record<string, number> = {};
		for (const fixture of fixtures) {
			for (const example of fixture.examples) {
				const delivery = await harness.post(sender.signed(example.payload));
				statuses[delivery.status] = (statuses[delivery.status] ?? 0) + 1;
			}
		}
		expect(statuses).toEqual({ 200: 64, 401: 5 });
		expect(harness.executions).toBe(64);
	});

	test('a body the docs give with a fresh timestamp and a webhookId added, as GHL delivers it, starts once', async () => {
		const harness = new WebhookHarness(
			verifyingWith(sender, { events: ['RecordCreate', 'Unidentified'] }),
		);
		const record = fresh(fixtures.find((f) => f.event === 'RecordCreate')!.examples[0].payload);

		await harness.post(sender.signed(record));
		await harness.post(sender.signed(record));

		expect(harness.executions).toBe(1);
	});

	test('an event type GHL adds later starts a workflow on "All Events" only, named by its type', async () => {
		const all = new WebhookHarness(verifyingWith(sender, { events: ['*'] }));
		const some = new WebhookHarness(
			verifyingWith(sender, { events: ['ContactCreate', 'WorkflowWebhook'] }),
		);
		const payload = fresh({
			type: 'FormSubmitted',
			locationId: 've9EPM428h8vShlRW1KT',
			id: 'form-1',
		});

		expect((await all.post(sender.signed(payload))).items[0].event).toBe('FormSubmitted');
		expect(await some.post(sender.signed(payload))).toMatchObject({ status: 200, started: false });
	});

	test('the documented INSTALL type is the "App: Install" event', async () => {
		const harness = new WebhookHarness(verifyingWith(sender, { events: ['AppInstall'] }));
		const install = fixtures.find((f) => f.event === 'AppInstall')!.examples[0].payload;

		const delivery = await harness.post(sender.signed(install));

		expect(delivery.items[0]).toMatchObject({ type: 'INSTALL', event: 'AppInstall' });
	});
});
