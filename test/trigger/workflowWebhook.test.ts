import { GoHighLevelTrigger } from '../../nodes/GoHighLevelTrigger/GoHighLevelTrigger.node';
import { WebhookHarness } from '../harness/webhook';
import { contactCreate, fresh, GhlSender, verifyingWith } from './sender';

const sender = new GhlSender();

/**
 * What a GHL workflow's Webhook / Custom Webhook action posts: the contact's fields, the sub-account, the
 * workflow, and the custom data the user added; no `type`, `timestamp` or `webhookId`. (Not part of the API docs
 * snapshot; the shape GHL workflow actions send.)
 */
const workflowPayload = {
	contact_id: 'cJAWDskpkJHbRbhAT7bs',
	first_name: 'Ada',
	last_name: 'Lovelace',
	full_name: 'Ada Lovelace',
	email: 'ada@example.com',
	phone: '+15551234567',
	tags: 'vip,newsletter',
	location: { id: 've9EPM428h8vShlRW1KT', name: 'Main Office' },
	workflow: { id: '78559bb3-b920-461e-b010-7b2a2816d2a9', name: 'New lead' },
	customData: { plan: 'gold', source: 'landing page' },
};

const protectedByHeader = {
	events: ['WorkflowWebhook'],
	verifySignature: false,
	requiredHeaderName: 'X-Webhook-Secret',
	requiredHeaderValue: 's3cret-for-n8n',
};

describe('GoHighLevel Trigger: GHL workflow Webhook action', () => {
	test('with signature verification off and the required header, the payload starts the workflow', async () => {
		const harness = new WebhookHarness(protectedByHeader);

		const delivery = await harness.post({
			body: workflowPayload,
			headers: { 'X-Webhook-Secret': 's3cret-for-n8n' },
		});

		expect(delivery.status).toBe(200);
		expect(delivery.started).toBe(true);
		expect(delivery.items).toEqual([
			{ ...workflowPayload, event: 'WorkflowWebhook', receivedAt: expect.any(String) },
		]);
		// The secret is checked, never passed on.
		expect(JSON.stringify(delivery.items)).not.toContain('s3cret-for-n8n');
	});

	test.each([
		['without the header', {}],
		['with a wrong value', { 'X-Webhook-Secret': 's3cret-for-n8m' }],
		['with the value as a prefix only', { 'X-Webhook-Secret': 's3cret' }],
		['with an empty value', { 'X-Webhook-Secret': '' }],
	])('%s → 401, nothing starts', async (_what, headers) => {
		const harness = new WebhookHarness(protectedByHeader);

		const delivery = await harness.post({ body: workflowPayload, headers });

		expect(delivery).toMatchObject({
			status: 401,
			started: false,
			response: { message: 'Missing or wrong X-Webhook-Secret header' },
		});
		expect(harness.executions).toBe(0);
	});

	test('a Custom Webhook action posting a form is read as n8n parsed it', async () => {
		const harness = new WebhookHarness(protectedByHeader);

		const delivery = await harness.post({
			body: 'contact_id=cJAWDskpkJHbRbhAT7bs&email=ada%40example.com&plan=gold',
			headers: {
				'content-type': 'application/x-www-form-urlencoded',
				'X-Webhook-Secret': 's3cret-for-n8n',
			},
		});

		expect(delivery.status).toBe(200);
		expect(delivery.items).toEqual([
			{
				contact_id: 'cJAWDskpkJHbRbhAT7bs',
				email: 'ada@example.com',
				plan: 'gold',
				event: 'WorkflowWebhook',
				receivedAt: expect.any(String),
			},
		]);
	});

	test('the header name is matched case-insensitively, as HTTP headers are', async () => {
		const harness = new WebhookHarness(protectedByHeader);

		const delivery = await harness.post({
			body: workflowPayload,
			headers: { 'x-webhook-secret': 's3cret-for-n8n' },
		});

		expect(delivery.status).toBe(200);
	});

	test('with verification on (the default) an unsigned workflow payload is refused', async () => {
		const harness = new WebhookHarness({ events: ['WorkflowWebhook'] });

		const delivery = await harness.post({ body: workflowPayload });

		expect(delivery).toMatchObject({ status: 401, started: false });
	});

	test('a workflow payload is not a marketplace event: a trigger for ContactCreate ignores it', async () => {
		const harness = new WebhookHarness({ ...protectedByHeader, events: ['ContactCreate'] });

		const delivery = await harness.post({
			body: workflowPayload,
			headers: { 'X-Webhook-Secret': 's3cret-for-n8n' },
		});

		expect(delivery).toMatchObject({
			status: 200,
			started: false,
			response: { reason: "WorkflowWebhook is not one of the trigger's events" },
		});
	});

	test('custom data may carry its own "type" without being taken for a marketplace event', async () => {
		const harness = new WebhookHarness(protectedByHeader);
		const payload = { ...workflowPayload, type: 'lead' };

		const delivery = await harness.post({
			body: payload,
			headers: { 'X-Webhook-Secret': 's3cret-for-n8n' },
		});

		expect(delivery.items[0]).toMatchObject({ event: 'WorkflowWebhook', type: 'lead' });
	});

	test('a signed GHL workflow payload is accepted with verification on', async () => {
		const harness = new WebhookHarness(verifyingWith(sender, { events: ['WorkflowWebhook'] }));

		const delivery = await harness.post(sender.signed(fresh(workflowPayload)));

		expect(delivery.started).toBe(true);
		expect(delivery.items[0].event).toBe('WorkflowWebhook');
	});

	test('with verification off and no required header, any request is accepted (the editor warns about this)', async () => {
		const harness = new WebhookHarness({ events: ['*'], verifySignature: false });

		const delivery = await harness.post({ body: contactCreate() });

		expect(delivery.started).toBe(true);
		const properties = new GoHighLevelTrigger().description.properties;
		const warning = properties.find((p) => p.name === 'unsignedNotice');
		expect(warning).toMatchObject({
			type: 'notice',
			displayOptions: { show: { verifySignature: [false] } },
		});
		expect(warning?.displayName).toContain('anyone who knows this URL can start the workflow');
	});
});
