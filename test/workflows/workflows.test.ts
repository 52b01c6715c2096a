import type { IDataObject } from 'n8n-workflow';

import { isGhlHost } from '../../nodes/GoHighLevelWorkflows/actions/inboundWebhook';
import { GoHighLevelWorkflows } from '../../nodes/GoHighLevelWorkflows/GoHighLevelWorkflows.node';
import { pickerContext } from '../campaigns/pickerContext';
import { createContact } from '../fake/handlers/contacts';
import { seed, workflowEnrolments } from '../fake/handlers/workflows';
import type { HarnessNode } from '../harness/engine';
import { useGhl } from '../harness/ghl';
import { InboundWebhookReceiver } from './inboundReceiver';

const rl = (value: string, mode = 'id') => ({ __rl: true, mode, value });
const REMINDER = '78559bb3-b920-461e-b010-7b2a2816d2a9';
const REVIEW = '0c38f94b-57ca-4e27-94cf-4d75b55602cd';
const DRAFT = 'b4ca2252-b3f8-4eee-991c-cd468b2a3b18';

describe('GoHighLevel Workflows', () => {
	const ghl = useGhl();
	const location = () => ghl.fake.store.location('loc_main')!;
	const enrolments = () => [...workflowEnrolments(location()).values()];
	const run = (parameters: IDataObject, items: object[] = [{}], extra: Partial<HarnessNode> = {}) =>
		ghl.harness.runNode(
			{ type: 'goHighLevelWorkflows', parameters, credentialId: ghl.pit, ...extra },
			items,
		);
	let ada: string;
	let grace: string;

	beforeAll(() => {
		ada = createContact(location(), { email: 'ada@example.com', firstName: 'Ada' }).id;
		grace = createContact(location(), { email: 'grace@example.com', firstName: 'Grace' }).id;
		seed(location());
	});
	beforeEach(() => workflowEnrolments(location()).clear());

	test('the node is usable as a tool and its workflow picker marks drafts', async () => {
		const node = new GoHighLevelWorkflows();
		expect(node.description.usableAsTool).toBe(true);
		const { results } = await node.methods.listSearch.searchWorkflows.call(pickerContext(ghl.fake));
		expect(results).toEqual([
			{ name: 'Appointment Reminder', value: REMINDER },
			{ name: 'Review Request', value: REVIEW },
			{ name: 'Reactivation (work in progress) (draft)', value: DRAFT },
		]);
		const filtered = await node.methods.listSearch.searchWorkflows.call(
			pickerContext(ghl.fake),
			'review',
		);
		expect(filtered.results.map((r) => r.value)).toEqual([REVIEW]);
		expect(ghl.fake.requests[0]).toMatchObject({
			method: 'GET',
			path: '/workflows/',
			query: { locationId: 'loc_main' },
		});
	});

	describe('workflow: get many', () => {
		test('every workflow with name, status and version', async () => {
			const { items, error } = await run({
				resource: 'workflow',
				operation: 'getMany',
				returnAll: true,
			});
			expect(error).toBeUndefined();
			expect(items.map((i) => [i.json.name, i.json.status, i.json.version])).toEqual([
				['Appointment Reminder', 'published', 4],
				['Review Request', 'published', 2],
				['Reactivation (work in progress)', 'draft', 1],
			]);
			expect(ghl.fake.requests[0]).toMatchObject({
				method: 'GET',
				path: '/workflows/',
				query: { locationId: 'loc_main' },
			});
			expect(ghl.fake.requests[0].headers.version).toBe('2021-07-28');
		});

		test('name and status filters, and Limit', async () => {
			const drafts = await run({
				resource: 'workflow',
				operation: 'getMany',
				returnAll: true,
				filters: { status: 'draft' },
			});
			expect(drafts.items.map((i) => i.json.id)).toEqual([DRAFT]);
			const named = await run({
				resource: 'workflow',
				operation: 'getMany',
				returnAll: true,
				filters: { name: 'REMINDER', status: 'published' },
			});
			expect(named.items.map((i) => i.json.id)).toEqual([REMINDER]);
			const limited = await run({
				resource: 'workflow',
				operation: 'getMany',
				returnAll: false,
				limit: 2,
			});
			expect(limited.items.map((i) => i.json.id)).toEqual([REMINDER, REVIEW]);
			// GHL takes no filter here: only the sub-account goes in the query.
			expect(ghl.fake.requests.map((r) => r.query)).toEqual([
				{ locationId: 'loc_main' },
				{ locationId: 'loc_main' },
				{ locationId: 'loc_main' },
			]);
		});
	});

	describe('contact in workflow', () => {
		test('add with an event start time enrols the contact with it', async () => {
			const { items, error } = await run({
				resource: 'contactWorkflow',
				operation: 'add',
				contactId: rl(ada),
				workflowId: rl(REMINDER, 'list'),
				eventStartTime: '2026-06-23T03:30:00+01:00',
			});
			expect(error).toBeUndefined();
			const [request] = ghl.fake.requests;
			expect(request).toMatchObject({
				method: 'POST',
				path: `/contacts/${ada}/workflow/${REMINDER}`,
				body: { eventStartTime: '2026-06-23T02:30:00.000Z' },
				status: 200,
			});
			expect(request.headers.version).toBe('2021-07-28');
			expect(items.map((i) => i.json)).toEqual([
				{ contactId: ada, workflowId: REMINDER, added: true },
			]);
			expect(enrolments()).toMatchObject([
				{ contactId: ada, workflowId: REMINDER, eventStartTime: '2026-06-23T02:30:00.000Z' },
			]);
		});

		test('add without a start time sends the empty JSON body the spec requires', async () => {
			await run({
				resource: 'contactWorkflow',
				operation: 'add',
				contactId: rl(grace),
				workflowId: rl(REVIEW),
			});
			expect(ghl.fake.requests[0]).toMatchObject({ method: 'POST', body: {} });
			expect(ghl.fake.requests[0].headers['content-type']).toContain('application/json');
			expect(enrolments()).toEqual([
				expect.objectContaining({ contactId: grace, workflowId: REVIEW }),
			]);
			expect(enrolments()[0].eventStartTime).toBeUndefined();
		});

		test('an invalid start time is refused before any request', async () => {
			const { error } = await run({
				resource: 'contactWorkflow',
				operation: 'add',
				contactId: rl(ada),
				workflowId: rl(REVIEW),
				eventStartTime: '={{ "next tuesday" }}',
			});
			expect(error?.message).toBe('"Event Start Time" is not a valid date: "next tuesday"');
			expect(ghl.fake.requests).toHaveLength(0);
		});

		test('remove takes the contact out of that workflow only', async () => {
			await run({
				resource: 'contactWorkflow',
				operation: 'add',
				contactId: rl(ada),
				workflowId: rl(REMINDER),
			});
			await run({
				resource: 'contactWorkflow',
				operation: 'add',
				contactId: rl(ada),
				workflowId: rl(REVIEW),
			});
			ghl.fake.resetLog();
			const { items } = await run({
				resource: 'contactWorkflow',
				operation: 'remove',
				contactId: rl(ada),
				workflowId: rl(REMINDER),
			});
			expect(ghl.fake.requests).toMatchObject([
				{ method: 'DELETE', path: `/contacts/${ada}/workflow/${REMINDER}`, body: {} },
			]);
			expect(items[0].json).toEqual({ contactId: ada, workflowId: REMINDER, removed: true });
			expect(enrolments().map((e) => e.workflowId)).toEqual([REVIEW]);
		});

		test('Continue On Fail: an unknown workflow gives one error item, the rest are enrolled', async () => {
			const { items, error } = await run(
				{
					resource: 'contactWorkflow',
					operation: 'add',
					contactId: rl('={{ $json.contact }}'),
					workflowId: rl('={{ $json.workflow }}'),
				},
				[
					{ contact: ada, workflow: REMINDER },
					{ contact: ada, workflow: 'no-such-workflow' },
					{ contact: grace, workflow: REMINDER },
				],
				{ continueOnFail: true },
			);
			expect(error).toBeUndefined();
			expect(items.map((i) => i.json.added ?? i.json.error)).toEqual([
				true,
				'Workflow not found [404]',
				true,
			]);
			expect(items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
			expect(
				enrolments()
					.map((e) => e.contactId)
					.sort(),
			).toEqual([ada, grace].sort());
		});
	});

	describe('fire inbound webhook', () => {
		let receiver: InboundWebhookReceiver;
		let hookUrl: string;
		beforeAll(async () => {
			receiver = await new InboundWebhookReceiver().start();
			hookUrl = receiver.trigger('loc_main', 'a72f86e0-76a1-4489-a3d6-6dccb8f55e94');
		});
		beforeEach(() => {
			receiver.received.length = 0;
		});
		afterAll(async () => receiver.stop());

		const fire = (
			parameters: IDataObject,
			items: object[] = [{}],
			extra: Partial<HarnessNode> = {},
		) =>
			run({ resource: 'workflow', operation: 'fireInboundWebhook', ...parameters }, items, extra);

		test("fields built in the UI are POSTed as JSON, without the GHL token, and GHL's answer is returned", async () => {
			const { items, error } = await fire(
				{
					webhookUrl: hookUrl,
					payloadFrom: 'fields',
					payloadFields: {
						field: [
							{ name: 'email', value: '={{ $json.email }}' },
							{ name: 'event', value: 'order_paid' },
						],
					},
					options: { allowAnyHost: true },
				},
				[{ email: 'ada@example.com' }],
			);
			expect(error).toBeUndefined();
			expect(receiver.received).toHaveLength(1);
			const [hook] = receiver.received;
			expect(hook).toMatchObject({
				method: 'POST',
				path: '/hooks/loc_main/webhook-trigger/a72f86e0-76a1-4489-a3d6-6dccb8f55e94',
			});
			expect(hook.body).toEqual({ email: 'ada@example.com', event: 'order_paid' });
			expect(hook.headers['content-type']).toContain('application/json');
			expect(hook.headers.authorization).toBeUndefined();
			expect(hook.headers.version).toBeUndefined();
			expect(hook.raw).not.toContain('pit-location-main');
			expect(items[0].json).toEqual({
				status: 'Success: request sent to trigger execution server',
				id: 'exec_1',
			});
			// Nothing went to the API.
			expect(ghl.fake.requests).toHaveLength(0);
		});

		test('raw JSON payload keeps nesting and types, one POST per item', async () => {
			const { items } = await fire(
				{
					webhookUrl: hookUrl,
					payloadFrom: 'json',
					payloadJson:
						'={{ JSON.stringify({ order: { id: $json.id, total: $json.total }, paid: true }) }}',
					options: { allowAnyHost: true },
				},
				[
					{ id: 'A1', total: 19.5 },
					{ id: 'A2', total: 7 },
				],
			);
			expect(receiver.received.map((r) => r.body)).toEqual([
				{ order: { id: 'A1', total: 19.5 }, paid: true },
				{ order: { id: 'A2', total: 7 }, paid: true },
			]);
			expect(items.map((i) => i.json.id)).toEqual(['exec_1', 'exec_2']);
		});

		test('a URL that is not on a GHL host is refused before sending, naming the host', async () => {
			const { error } = await fire({
				webhookUrl: 'https://hooks.example.com/hooks/loc_main/webhook-trigger/x',
				payloadFrom: 'fields',
				payloadFields: { field: [{ name: 'email', value: 'ada@example.com' }] },
			});
			expect(error?.message).toBe(
				'"Webhook URL" is not on a GoHighLevel host: "hooks.example.com"',
			);
			expect(error?.description).toContain('"Allow Any Host"');
			expect(receiver.received).toHaveLength(0);
		});

		test('without Allow Any Host: http, lookalike hosts, credentials in the URL and the local stand-in are refused', async () => {
			const cases: Array<[string, string]> = [
				[
					'http://services.leadconnectorhq.com/hooks/l/webhook-trigger/x',
					'"Webhook URL" must be an https URL: "http://services.leadconnectorhq.com/hooks/l/webhook-trigger/x"',
				],
				[
					'https://services.leadconnectorhq.com.evil.example/hooks/x',
					'"Webhook URL" is not on a GoHighLevel host: "services.leadconnectorhq.com.evil.example"',
				],
				[
					'https://evilleadconnectorhq.com/hooks/x',
					'"Webhook URL" is not on a GoHighLevel host: "evilleadconnectorhq.com"',
				],
				[
					'https://user:pw@services.leadconnectorhq.com/hooks/x',
					'"Webhook URL" must not contain a user name or password',
				],
				[hookUrl, `"Webhook URL" must be an https URL: "${hookUrl}"`],
				[
					'services.leadconnectorhq.com/hooks/x',
					'"Webhook URL" is not a valid URL: "services.leadconnectorhq.com/hooks/x"',
				],
			];
			for (const [webhookUrl, message] of cases) {
				const { error } = await fire({ webhookUrl, payloadFrom: 'json', payloadJson: '{"a":1}' });
				expect(error?.message).toBe(message);
			}
			expect(receiver.received).toHaveLength(0);
		});

		test("GHL's own hosts are accepted", () => {
			for (const host of [
				'services.leadconnectorhq.com',
				'leadconnectorhq.com',
				'services.msgsndr.com',
				'api.gohighlevel.com',
				'SERVICES.LEADCONNECTORHQ.COM.',
			]) {
				expect(isGhlHost(host)).toBe(true);
			}
			for (const host of [
				'leadconnectorhq.co',
				'leadconnectorhq.com.example',
				'notgohighlevel.com',
				'127.0.0.1',
			]) {
				expect(isGhlHost(host)).toBe(false);
			}
		});

		test('a payload that is not a JSON object is refused', async () => {
			const notObject = await fire({
				webhookUrl: hookUrl,
				payloadFrom: 'json',
				payloadJson: '[1,2]',
				options: { allowAnyHost: true },
			});
			expect(notObject.error?.message).toBe('"Payload (JSON)" must be a JSON object');
			const broken = await fire({
				webhookUrl: hookUrl,
				payloadFrom: 'json',
				payloadJson: '{"a":',
				options: { allowAnyHost: true },
			});
			expect(broken.error?.message).toMatch(/^"Payload \(JSON\)" is not valid JSON/);
			expect(receiver.received).toHaveLength(0);
		});

		test('an empty field list still sends a JSON object', async () => {
			await fire({ webhookUrl: hookUrl, payloadFrom: 'fields', options: { allowAnyHost: true } });
			expect(receiver.received.map((r) => r.raw)).toEqual(['{}']);
		});

		test('Continue On Fail: a refused URL and an unknown trigger give error items, the good item fires', async () => {
			const { items, error } = await fire(
				{
					webhookUrl: '={{ $json.url }}',
					payloadFrom: 'json',
					payloadJson: '={{ JSON.stringify({ n: $json.n }) }}',
					options: { allowAnyHost: '={{ $json.any }}' },
				},
				[
					{ url: 'https://example.org/hook', any: false, n: 1 },
					{ url: `${receiver.url}/hooks/loc_main/webhook-trigger/unknown`, any: true, n: 2 },
					{ url: hookUrl, any: true, n: 3 },
				],
				{ continueOnFail: true },
			);
			expect(error).toBeUndefined();
			expect(items.map((i) => i.json.error ?? i.json.status)).toEqual([
				'"Webhook URL" is not on a GoHighLevel host: "example.org"',
				'Webhook trigger not found [404]',
				'Success: request sent to trigger execution server',
			]);
			expect(items[1].json.statusCode).toBe(404);
			expect(items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
			expect(receiver.received.map((r) => r.body)).toEqual([{ n: 2 }, { n: 3 }]);
		});
	});
});
