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
 * Doc examples whose `type` is not their event's name: copies of a sibling's example (Appointment), or the record
 * without the delivery's event name (the GUIDE: "The event's name is in the body's `type` field"), or a record
 * field of the same name (Price's "one_time"). For these the test sends the event's name in `type`, as GHL does.
 */
const examplesWithoutTheirEventType = [
	'AppointmentDelete', 'AppointmentUpdate',
	'AssociationCreate', 'AssociationDelete', 'AssociationUpdate',
	'InvoiceCreate', 'InvoiceDelete', 'InvoicePaid', 'InvoicePartiallyPaid', 'InvoiceSent', 'InvoiceUpdate', 'InvoiceVoid',
	'ObjectSchemaCreate', 'ObjectSchemaUpdate',
	'PriceCreate', 'PriceDelete', 'PriceUpdate',
	'ProductCreate', 'ProductDelete', 'ProductUpdate',
	'RecordCreate', 'RecordDelete', 'RecordUpdate',
	'RelationCreate', 'RelationDelete',
];

/** The event's first documented example as GHL delivers it: fresh timestamp and webhookId. */
function delivered(fixture: EventFixture): Record<string, unknown> {
	const payload = { ...fixture.examples[0].payload };
	if (examplesWithoutTheirEventType.includes(fixture.event)) payload.type = fixture.event;
	return fresh(payload);
}

describe('GoHighLevel Trigger: the 58 documented events', () => {
	test('the catalog has every documented event, each with its doc examples as fixtures', () => {
		expect(webhookEvents).toHaveLength(58);
		expect(fixtures.map((f) => f.event).sort()).toEqual(webhookEvents.map((e) => e.value).sort());
		expect(fixtures.every((f) => f.examples.length > 0)).toBe(true);
	});

	test('the first example of every other event names its event (or, for a provider message, its channel)', () => {
		const mismatched = fixtures
			.filter((f) => !catalogTypes.get(f.event)!.includes(f.examples[0].payload.type as string))
			.map((f) => f.event);
		expect(mismatched).toEqual([...examplesWithoutTheirEventType, 'ProviderOutboundMessage'].sort());
	});

	test('the editor lists "All Events", "GHL Workflow Webhook" and the events as "Area: Event"', () => {
		const events = new GoHighLevelTrigger().description.properties.find((p) => p.name === 'events') as INodeProperties;
		const options = events.options as INodePropertyOptions[];
		expect(events.type).toBe('multiOptions');
		expect(options.slice(0, 2).map((o) => [o.name, o.value])).toEqual([
			['All Events', '*'],
			['GHL Workflow Webhook', 'WorkflowWebhook'],
		]);
		expect(options).toHaveLength(60);
		expect(options.find((o) => o.value === 'ContactTagUpdate')).toMatchObject({
			name: 'Contact: Tag Update',
			description: "Called whenever a contact's tag field is updated",
		});
		expect(options.find((o) => o.value === 'AppInstall')?.name).toBe('App: Install');
		expect(options.find((o) => o.value === 'LocationCreate')?.name).toBe('Sub-Account: Create');
	});

	describe.each(fixtures.map((fixture, index) => [fixture.event, fixture, fixtures[(index + 1) % fixtures.length].event] as const))(
		'%s',
		(event, fixture, otherEvent) => {
			test('its documented example starts a workflow that listens for it, with the example as output', async () => {
				const harness = new WebhookHarness(verifyingWith(sender, { events: [event] }));
				const payload = delivered(fixture);

				const delivery = await harness.post(sender.signed(payload));

				expect(delivery.status).toBe(200);
				expect(delivery.started).toBe(true);
				expect(delivery.items).toEqual([{ ...payload, event, receivedAt: expect.any(String) }]);
			});

			test(`is acknowledged (200) and starts nothing in a workflow that listens for ${otherEvent}`, async () => {
				const harness = new WebhookHarness(verifyingWith(sender, { events: [otherEvent] }));

				const delivery = await harness.post(sender.signed(delivered(fixture)));

				expect(delivery).toMatchObject({
					status: 200,
					started: false,
					response: { received: true, workflowStarted: false, reason: `${event} is not one of the trigger's events` },
				});
				expect(harness.executions).toBe(0);
			});
		},
	);

	test('"All Events" starts the workflow for each of the 69 examples in the docs', async () => {
		const harness = new WebhookHarness(verifyingWith(sender, { events: ['*'] }));
		let examples = 0;
		for (const fixture of fixtures) {
			for (const example of fixture.examples) {
				const payload = { ...example.payload };
				if (examplesWithoutTheirEventType.includes(fixture.event)) payload.type = fixture.event;
				const delivery = await harness.post(sender.signed(fresh(payload)));
				expect({ example: `${fixture.event}: ${example.title}`, status: delivery.status }).toEqual({
					example: `${fixture.event}: ${example.title}`,
					status: 200,
				});
				examples++;
			}
		}
		expect(examples).toBe(69);
		expect(harness.executions).toBe(69);
	});

	test('an event type GHL adds later starts a workflow on "All Events" only, named by its type', async () => {
		const all = new WebhookHarness(verifyingWith(sender, { events: ['*'] }));
		const some = new WebhookHarness(verifyingWith(sender, { events: ['ContactCreate', 'WorkflowWebhook'] }));
		const payload = fresh({ type: 'FormSubmitted', locationId: 've9EPM428h8vShlRW1KT', id: 'form-1' });

		expect((await all.post(sender.signed(payload))).items[0].event).toBe('FormSubmitted');
		expect(await some.post(sender.signed(payload))).toMatchObject({ status: 200, started: false });
	});

	test('the documented INSTALL type is the "App: Install" event', async () => {
		const harness = new WebhookHarness(verifyingWith(sender, { events: ['AppInstall'] }));
		const install = fixtures.find((f) => f.event === 'AppInstall')!.examples[0].payload;

		const delivery = await harness.post(sender.signed(fresh(install)));

		expect(delivery.items[0]).toMatchObject({ type: 'INSTALL', event: 'AppInstall' });
	});
});
