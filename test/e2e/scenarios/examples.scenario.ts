import { generateKeyPairSync, randomUUID } from 'crypto';
import { readFileSync } from 'fs';
import { createServer } from 'http';
import type { AddressInfo } from 'net';
import { join } from 'path';

import {
	addAppointment,
	calendarEvents,
	calendars,
	freeSlots,
} from '../../fake/handlers/calendars';
import { campaignEnrolments } from '../../fake/handlers/campaigns';
import { createContact } from '../../fake/handlers/contacts';
import { customValues, snapshotLoads, tags } from '../../fake/handlers/locations';
import { createOpportunity } from '../../fake/handlers/opportunities';
import { packageName, repoRoot } from '../../harness/pack';
import type { N8nInstance } from '../lib/n8n';
import type { Scenario } from '../lib/scenario';
import type { WorkflowJson } from '../lib/sandbox';
import { postGhlEvent, postWhenRegistered } from '../lib/suite';

/** The example workflows in examples/, imported into the sandbox as a user would, run against its data. */

const orderStatusSync: Scenario = {
	name: 'example "Order status sync" moves the deal, updates its value and wins it on delivery',
	workflows: () => [],
	async run({ call, fake }) {
		const location = fake.store.location('loc_main')!;
		const contact = createContact(location, { email: 'order.sync@example.com', firstName: 'Otto' });
		const deal = createOpportunity(location, {
			name: 'Order 1001',
			pipelineId: 'pl_sales',
			contactId: contact.id,
			monetaryValue: 900,
		});
		const stored = () =>
			location.collection<Record<string, unknown>>('opportunities').get(deal.id)!;

		const shipped = await call('example-order-status', {
			opportunityId: deal.id,
			stage: 'negotiation',
			total: 1200,
			delivered: false,
		});
		expect(shipped.status).toBe(200);
		expect(stored()).toMatchObject({
			pipelineStageId: 'pl_sales_st3',
			monetaryValue: 1200,
			status: 'open',
		});

		const delivered = await call('example-order-status', {
			opportunityId: deal.id,
			stage: 'Won',
			total: 1250,
			delivered: true,
		});
		expect(delivered.status).toBe(200);
		expect(delivered.body).toEqual([expect.objectContaining({ id: deal.id, status: 'won' })]);
		expect(stored()).toMatchObject({
			pipelineStageId: 'pl_sales_st4',
			monetaryValue: 1250,
			status: 'won',
		});
	},
};

/** An example workflow as shipped in examples/. */
function example(file: string): WorkflowJson {
	return JSON.parse(readFileSync(join(repoRoot, 'examples', file), 'utf8')) as WorkflowJson;
}

const waitFor = async (check: () => boolean, ms = 15_000) => {
	const deadline = Date.now() + ms;
	while (!check()) {
		if (Date.now() > deadline) return false;
		await new Promise((r) => setTimeout(r, 200));
	}
	return true;
};

const leadIntake: Scenario = {
	name: 'example "Lead intake": a form lead becomes a tagged contact with its custom field, a deal in the first Sales stage and a campaign enrolment',
	workflows: () => [],
	async run({ call, fake }) {
		const location = fake.store.location('loc_main')!;
		const contactsWith = (email: string) =>
			[...location.collection<Record<string, any>>('contacts').values()].filter(
				(c) => c.email === email,
			);
		const dealsOf = (contactId: string) =>
			[...location.collection<Record<string, any>>('opportunities').values()].filter(
				(o) => o.contactId === contactId,
			);
		const enrolled = (contactId: string) =>
			campaignEnrolments(location).has(`${contactId}:cmp_new_patient_welcome`);

		const fresh = await call('example-lead-intake', {
			email: 'nina.newlead@example.com',
			firstName: 'Nina',
			lastName: 'Newlead',
			phone: '+14155550199',
			formName: 'Spring promo',
			interest: 'Implants',
		});
		expect(fresh.status).toBe(200);
		const [nina] = contactsWith('nina.newlead@example.com');
		expect(fresh.body).toEqual([
			{ contactId: nina.id, campaignId: 'cmp_new_patient_welcome', added: true },
		]);
		expect(nina).toMatchObject({
			firstName: 'Nina',
			lastName: 'Newlead',
			phone: '+14155550199',
			source: 'website form',
			tags: ['website-lead', 'implants'],
		});
		expect(nina.customFields).toEqual([{ id: 'cf_source_detail', value: 'Spring promo' }]);
		expect(dealsOf(nina.id)).toEqual([
			expect.objectContaining({
				name: 'Nina Newlead: Implants',
				pipelineId: 'pl_sales',
				pipelineStageId: 'pl_sales_st0',
				status: 'open',
				source: 'Spring promo',
			}),
		]);
		expect(enrolled(nina.id)).toBe(true);

		// A returning contact (seeded with tags and a custom field) is updated, not duplicated, and keeps what it had.
		const [katherine] = contactsWith('katherine@example.com');
		expect(enrolled(katherine.id)).toBe(false);
		const returning = await call('example-lead-intake', {
			email: 'katherine@example.com',
			firstName: 'Katherine',
			lastName: 'Johnson',
			formName: 'Whitening page',
			interest: 'Whitening',
		});
		expect(returning.body).toEqual([
			{ contactId: katherine.id, campaignId: 'cmp_new_patient_welcome', added: true },
		]);
		expect(contactsWith('katherine@example.com')).toHaveLength(1);
		expect(katherine.tags).toEqual(['lead', 'referral', 'website-lead', 'whitening']);
		expect(katherine.customFields).toEqual(
			expect.arrayContaining([
				{ id: 'cf_insurance', value: 'Delta Dental' },
				{ id: 'cf_source_detail', value: 'Whitening page' },
			]),
		);
		expect(dealsOf(katherine.id)).toEqual([
			expect.objectContaining({
				pipelineId: 'pl_sales',
				pipelineStageId: 'pl_sales_st0',
				name: 'Katherine Johnson: Whitening',
			}),
		]);
		expect(enrolled(katherine.id)).toBe(true);
	},
};

// The example verifies GHL's signature with GHL's own key. The scenario signs with its own pair, so it runs a copy of
// the example with its public key in "GHL Public Key (Ed25519)" (what a user sets only after a key rotation) at
// another webhook URL; everything else is the example as shipped.
const stageKeys = generateKeyPairSync('ed25519');
const STAGE_COPY_WEBHOOK_ID = '0d6b8f3e-5c1a-4b7d-9e2f-8a4c6e1b3d57';
const stageExample = () => example('stage-change-follow-up.json');

const stageChangeFollowUp: Scenario = {
	name: 'example "Stage change follow-up": a signed Sales stage change texts the contact and gives the owner a task; other pipelines and unsigned events do nothing',
	workflows: () => {
		const copy = stageExample();
		const trigger = copy.nodes.find((n) => n.type === `${packageName}.goHighLevelTrigger`)!;
		trigger.webhookId = STAGE_COPY_WEBHOOK_ID;
		trigger.parameters.options = {
			ed25519PublicKeys: stageKeys.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
		};
		return [{ ...copy, id: 'e2eExStageCopy01', name: `${copy.name} (e2e key)` }];
	},
	async run({ n8n, fake }) {
		const location = fake.store.location('loc_main')!;
		const post = (webhookId: string, event: object, signed = true) =>
			postGhlEvent(n8n, webhookId, event, signed ? stageKeys.privateKey : undefined);
		const tasksOf = (contactId: string) =>
			[...location.collection<Record<string, any>>('tasks').values()].filter(
				(t) => t.contactId === contactId,
			);
		const textsTo = (contactId: string) =>
			[...location.collection<Record<string, any>>('messages').values()].filter(
				(m) => m.contactId === contactId,
			);

		const tess = createContact(location, {
			firstName: 'Tess',
			email: 'tess.stage@example.com',
			phone: '+14155550177',
		});
		const deal = createOpportunity(location, {
			name: 'Tess: braces',
			pipelineId: 'pl_sales',
			contactId: tess.id,
			assignedTo: 'user_sales',
		});
		const moved = {
			type: 'OpportunityStageUpdate',
			locationId: 'loc_main',
			id: deal.id,
			contactId: tess.id,
			assignedTo: 'user_sales',
			name: 'Tess: braces',
			pipelineId: 'pl_sales',
			pipelineStageId: 'pl_sales_st2',
			status: 'open',
		};

		// The example as shipped checks GHL's key: an event signed with another key is refused, nothing runs.
		const shipped = stageExample().nodes.find((n) => n.webhookId)!.webhookId as string;
		expect((await post(shipped, moved)).status).toBe(401);
		expect((await post(STAGE_COPY_WEBHOOK_ID, moved, false)).status).toBe(401);

		const before = Date.now();
		expect((await post(STAGE_COPY_WEBHOOK_ID, moved)).status).toBe(200);
		expect(await waitFor(() => tasksOf(tess.id).length > 0)).toBe(true);
		expect(textsTo(tess.id)).toEqual([
			expect.objectContaining({
				direction: 'outbound',
				messageType: 'TYPE_SMS',
				body: expect.stringContaining('"Tess: braces" moved forward'),
			}),
		]);
		const [task] = tasksOf(tess.id);
		expect(task).toMatchObject({
			title: 'Follow up: Tess: braces',
			assignedTo: 'user_sales',
			completed: false,
		});
		expect(task.body).toContain('pl_sales_st2');
		const due = Date.parse(task.dueDate);
		expect(due).toBeGreaterThanOrEqual(before + 23 * 3600_000);
		expect(due).toBeLessThanOrEqual(Date.now() + 25 * 3600_000);

		// A deal of another pipeline: acknowledged, filtered out by the trigger.
		const otto = createContact(location, {
			firstName: 'Otto',
			email: 'otto.onboarding@example.com',
			phone: '+14155550178',
		});
		const onboarding = createOpportunity(location, {
			name: 'Otto: setup',
			pipelineId: 'pl_onboarding',
			contactId: otto.id,
		});
		const elsewhere = {
			...moved,
			id: onboarding.id,
			contactId: otto.id,
			name: 'Otto: setup',
			pipelineId: 'pl_onboarding',
			pipelineStageId: 'pl_onboarding_st1',
		};
		expect((await post(STAGE_COPY_WEBHOOK_ID, elsewhere)).status).toBe(200);
		await new Promise((r) => setTimeout(r, 2000));
		expect(tasksOf(otto.id)).toEqual([]);
		expect(textsTo(otto.id)).toEqual([]);
		expect(tasksOf(tess.id)).toHaveLength(1);
	},
};

const bookFirstFreeSlot: Scenario = {
	name: 'example "Booking": book an appointment in the first free slot the calendar offers, with its note',
	workflows: () => [],
	async run({ call, fake }) {
		const location = fake.store.location('loc_main')!;
		const calendar = calendars(location).get('cal_consultation')!;
		// 10:00 is taken, so the first free 30-minute slot at or after 09:40 is 10:30 (New York, EST on 2027-03-08).
		const blocker = createContact(location, { firstName: 'Bob', email: 'bob.blocker@example.com' });
		addAppointment(location, {
			calendarId: 'cal_consultation',
			contactId: blocker.id,
			start: Date.parse('2027-03-08T10:00:00-05:00'),
			assignedUserId: 'user_owner',
		});
		const after = Date.parse('2027-03-08T09:40:00-05:00');
		const firstOffered = () => freeSlots(location, calendar, after, after + 14 * 24 * 3600_000)[0];
		expect(firstOffered()).toBe(Date.parse('2027-03-08T10:30:00-05:00'));

		const request = {
			email: 'bea.booker@example.com',
			firstName: 'Bea',
			calendarId: 'cal_consultation',
			after: '2027-03-08T09:40:00',
			timezone: 'America/New_York',
			note: 'First visit, referred by Dr. Who',
		};
		const expected = firstOffered();
		const booked = await call('example-book-first-free-slot', request);
		expect(booked.status).toBe(200);
		const bea = [...location.collection<Record<string, any>>('contacts').values()].find(
			(c) => c.email === 'bea.booker@example.com',
		)!;
		expect(booked.body).toEqual([
			expect.objectContaining({
				id: expect.any(String),
				appointmentId: expect.any(String),
				body: 'First visit, referred by Dr. Who',
			}),
		]);
		const appointment = calendarEvents(location).get(booked.body[0].appointmentId)!;
		expect(appointment).toMatchObject({
			kind: 'appointment',
			calendarId: 'cal_consultation',
			contactId: bea.id,
			title: 'Consultation: Bea',
			start: expected,
			end: expected + 30 * 60_000,
		});
		expect(
			[...location.collection<Record<string, any>>('appointmentNotes').values()].filter(
				(n) => n.appointmentId === appointment.id,
			),
		).toEqual([
			expect.objectContaining({ id: booked.body[0].id, body: 'First visit, referred by Dr. Who' }),
		]);

		// The same request again: 10:30 is now Bea's, so the next first free slot (11:00) is booked, not a double booking.
		const next = firstOffered();
		expect(next).toBe(Date.parse('2027-03-08T11:00:00-05:00'));
		const again = await call('example-book-first-free-slot', { ...request, note: 'Second visit' });
		expect(calendarEvents(location).get(again.body[0].appointmentId)).toMatchObject({
			contactId: bea.id,
			start: next,
		});
	},
};

const agencyOnboarding: Scenario = {
	name: 'example "Agency onboarding": a sub-account from a snapshot with its custom values, tags and users, from the agency connection',
	workflows: () => [],
	async run({ call, fake }) {
		const response = await call('example-agency-onboarding', {
			businessName: 'Harbor Dental (e2e)',
			email: 'hana@harbor.example',
			firstName: 'Hana',
			lastName: 'Harbor',
			timezone: 'America/Chicago',
			customValues: [
				{ name: 'Review Link', value: 'https://g.page/r/harbor' },
				{ name: 'Office Hours', value: 'Mon-Fri 9-5' },
			],
			tags: ['new-client', 'implants'],
			users: [
				{ firstName: 'Hana', lastName: 'Harbor', email: 'hana@harbor.example', role: 'admin' },
				{ firstName: 'Finn', lastName: 'Front', email: 'finn@harbor.example' },
			],
		});
		expect(response.status).toBe(200);
		const created = [...fake.store.locations.values()].filter(
			(l) => l.profile.name === 'Harbor Dental (e2e)',
		);
		expect(created).toHaveLength(1);
		const [harbor] = created;
		expect(harbor.companyId).toBe('company_main');
		expect(harbor.profile).toMatchObject({
			timezone: 'America/Chicago',
			prospectInfo: { firstName: 'Hana', lastName: 'Harbor', email: 'hana@harbor.example' },
		});
		expect([...snapshotLoads(harbor).keys()]).toEqual(['snap_dental_starter']);
		expect([...customValues.records(harbor).values()].map((v) => [v.name, v.value])).toEqual([
			['Review Link', 'https://g.page/r/harbor'],
			['Office Hours', 'Mon-Fri 9-5'],
		]);
		expect([...tags.records(harbor).values()].map((t) => t.name)).toEqual([
			'new-client',
			'implants',
		]);
		const users = [...harbor.collection<Record<string, any>>('users').values()];
		expect(users.map((u) => [u.email, u.roles?.role, u.roles?.locationIds])).toEqual([
			['hana@harbor.example', 'admin', [harbor.id]],
			['finn@harbor.example', 'user', [harbor.id]],
		]);

		// What the user sees: everything created, custom values first, then tags, then users.
		expect(response.body).toEqual([
			expect.objectContaining({
				name: 'Review Link',
				value: 'https://g.page/r/harbor',
				fieldKey: '{{ custom_values.review_link }}',
			}),
			expect.objectContaining({ name: 'Office Hours', value: 'Mon-Fri 9-5' }),
			expect.objectContaining({ name: 'new-client' }),
			expect.objectContaining({ name: 'implants' }),
			expect.objectContaining({ email: 'hana@harbor.example' }),
			expect.objectContaining({ email: 'finn@harbor.example' }),
		]);

		// The sub-account's settings went out with a token of the new sub-account, got from the agency connection.
		const settingsRequests = fake.requests.filter((r) =>
			r.path.startsWith(`/locations/${harbor.id}/`),
		);
		expect(settingsRequests).toHaveLength(4);
		for (const request of settingsRequests) {
			const token = fake.store.tokens.get(
				String(request.headers.authorization).replace(/^Bearer /, ''),
			);
			expect(token).toMatchObject({
				kind: 'location',
				locationId: harbor.id,
				source: 'locationToken',
			});
		}
	},
};

// ---- AI agent tools -----------------------------------------------------------------------------------------------

/**
 * A scripted stand-in for an OpenAI-compatible chat model (POST /v1/chat/completions), so a real n8n AI Agent can run
 * the example's GoHighLevel tools here. It decides nothing from the text beyond which of two scripts a conversation
 * follows: for contacts it calls "find or create contact" with the arguments an agent would pass, then tags the
 * contact and creates a task with the contact id it read from the tool's answer; for deals it finds the contact, their
 * open deal, moves it to a stage by name, sets its value and status, finds the first free slot and books it, each
 * time with the ids and times it read from the previous tools' answers. Then it replies. It records what n8n sent
 * it: the tools n8n offered (names, `$fromAI` parameter schemas) and the tool results n8n fed back.
 *
 * What this proves: inside real n8n, the pack's `<node>Tool` variants load, an AI Agent offers them to its model with
 * the parameters their `$fromAI(...)` expressions declare, runs them with the arguments the model sends, and hands
 * their output back. What it does not prove: that a real model would choose these tools and arguments; the choices
 * are scripted here.
 */
interface ModelRequest {
	stream?: boolean;
	messages: Array<{ role: string; content?: string | null; tool_call_id?: string }>;
	tools?: Array<{
		type: string;
		function: {
			name: string;
			description?: string;
			parameters: { properties: Record<string, { type?: string; description?: string }> };
		};
	}>;
}
const modelRequests: ModelRequest[] = [];
const AVA = { email: 'ava.agent@example.com', firstName: 'Ava' };
const AVA_TASK = { title: 'Call Ava about her crown', dueDate: '2027-01-05T15:00:00.000Z' };
const MODEL_REPLY = 'Done: Ava is in GoHighLevel, tagged and with a follow-up task.';
const DEAL_REQUEST =
	'Ava said yes to the crown at 2,400: move her deal to Won, set the value, mark it won and book her first visit after 2027-03-15 09:00.';
const DEAL_CHANGES = {
	stageName: 'won',
	monetaryValue: 2400,
	status: 'won',
	after: '2027-03-15T09:00:00',
	title: 'Crown fitting: Ava',
};
const DEAL_REPLY = 'Done: the deal is won at 2,400 and Ava is booked.';

type ToolCall = { name: string; args: object };
/** The string value of `key` in a tool's answer (n8n hands the tool's output items back as JSON text). */
const field = (result: string | undefined, key: string) =>
	new RegExp(`"${key}"\\s*:\\s*"([^"]+)"`).exec(result ?? '')?.[1] ?? `no-${key}-in-tool-result`;

function contactScript(results: string[]): ToolCall | undefined {
	const contactId = field(results[0], 'id');
	return [
		{ name: 'Find_or_create_contact', args: AVA },
		{ name: 'Tag_contact', args: { contactId, tags: 'vip, from-chat' } },
		{ name: 'Create_follow-up_task', args: { contactId, ...AVA_TASK } },
	][results.length];
}

function dealScript(results: string[]): ToolCall | undefined {
	const contactId = field(results[0], 'id');
	const opportunityId = field(results[1], 'id');
	return [
		{ name: 'Find_or_create_contact', args: AVA },
		{ name: 'Find_open_deal', args: { contactId } },
		{
			name: 'Move_deal_to_stage',
			args: {
				opportunityId,
				pipelineId: field(results[1], 'pipelineId'),
				stageName: DEAL_CHANGES.stageName,
			},
		},
		{
			name: 'Update_deal_value',
			args: { opportunityId, monetaryValue: DEAL_CHANGES.monetaryValue },
		},
		{ name: 'Set_deal_status', args: { opportunityId, status: DEAL_CHANGES.status } },
		{ name: 'Find_first_free_slot', args: { after: DEAL_CHANGES.after } },
		{
			name: 'Book_meeting',
			args: { contactId, startTime: field(results[5], 'start'), title: DEAL_CHANGES.title },
		},
	][results.length];
}

function modelTurn(request: ModelRequest): { content: string | null; toolCall?: ToolCall } {
	const results = request.messages
		.filter((m) => m.role === 'tool')
		.map((m) => String(m.content ?? ''));
	const aboutDeals = request.messages.some(
		(m) => m.role === 'user' && String(m.content).includes(DEAL_REQUEST),
	);
	const toolCall = aboutDeals ? dealScript(results) : contactScript(results);
	return toolCall
		? { content: null, toolCall }
		: { content: aboutDeals ? DEAL_REPLY : MODEL_REPLY };
}

const fakeModel = createServer((req, res) => {
	let raw = '';
	req.on('data', (d) => (raw += d));
	req.on('end', () => {
		const request = JSON.parse(raw || '{}') as ModelRequest;
		modelRequests.push(request);
		const turn = modelTurn(request);
		const toolCalls = turn.toolCall
			? [
					{
						id: `call_${modelRequests.length}`,
						type: 'function',
						function: { name: turn.toolCall.name, arguments: JSON.stringify(turn.toolCall.args) },
					},
				]
			: undefined;
		const finish = toolCalls ? 'tool_calls' : 'stop';
		const base = {
			id: `chatcmpl-${modelRequests.length}`,
			created: Math.floor(Date.now() / 1000),
			model: 'gpt-4o-mini',
		};
		if (request.stream) {
			res.writeHead(200, { 'content-type': 'text/event-stream' });
			const delta = {
				role: 'assistant',
				content: turn.content ?? '',
				...(toolCalls ? { tool_calls: toolCalls.map((c, index) => ({ index, ...c })) } : {}),
			};
			res.write(
				`data: ${JSON.stringify({ ...base, object: 'chat.completion.chunk', choices: [{ index: 0, delta, finish_reason: null }] })}\n\n`,
			);
			res.write(
				`data: ${JSON.stringify({ ...base, object: 'chat.completion.chunk', choices: [{ index: 0, delta: {}, finish_reason: finish }] })}\n\n`,
			);
			res.end('data: [DONE]\n\n');
			return;
		}
		res.writeHead(200, { 'content-type': 'application/json' });
		res.end(
			JSON.stringify({
				...base,
				object: 'chat.completion',
				choices: [
					{
						index: 0,
						message: {
							role: 'assistant',
							content: turn.content,
							...(toolCalls ? { tool_calls: toolCalls } : {}),
						},
						finish_reason: finish,
					},
				],
				usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
			}),
		);
	});
});
// Listening long before the sandbox asks for the credential below; unref'd so it never keeps jest alive.
fakeModel.listen(0, '127.0.0.1').unref();
const fakeModelUrl = () => `http://127.0.0.1:${(fakeModel.address() as AddressInfo).port}/v1`;
const AI_CHAT_WEBHOOK_ID = '2f8d4c6a-9b1e-4d3f-8a5c-7e0b1d9c4f36';
/** Sends a chat message to the agent (through its production chat webhook, once n8n has registered it). */
async function chatWithAgent(
	n8n: N8nInstance,
	chatInput: string,
): Promise<{ status: number; text: string }> {
	return await postWhenRegistered(`${n8n.baseUrl}/webhook/${AI_CHAT_WEBHOOK_ID}/chat`, {
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ action: 'sendMessage', sessionId: randomUUID(), chatInput }),
	});
}

const MODEL_CREDENTIAL = { id: 'e2eFakeChatModel', name: 'Scripted chat model (e2e)' };

const aiAgentTools: Scenario = {
	name: 'example "AI agent with GoHighLevel tools": a real n8n AI Agent calls the tools with $fromAI arguments and they act in GHL',
	credentials: () => [
		{
			...MODEL_CREDENTIAL,
			type: 'openAiApi',
			data: { apiKey: 'sk-e2e-not-a-real-key', url: fakeModelUrl() },
		},
	],
	// The example as shipped (no chat model, chat not public) plus what a user adds: a chat model on the agent's
	// Model input; and the chat made public so the scenario can post to it.
	workflows: () => {
		const copy = example('ai-agent-tools.json');
		const trigger = copy.nodes.find((n) => n.type === '@n8n/n8n-nodes-langchain.chatTrigger')!;
		trigger.webhookId = AI_CHAT_WEBHOOK_ID;
		trigger.parameters = { ...trigger.parameters, public: true };
		copy.nodes.push({
			id: randomUUID(),
			name: 'Chat model',
			type: '@n8n/n8n-nodes-langchain.lmChatOpenAi',
			typeVersion: 1.2,
			position: [40, 260],
			parameters: { model: { __rl: true, mode: 'id', value: 'gpt-4o-mini' }, options: {} },
			credentials: { openAiApi: MODEL_CREDENTIAL },
		});
		(copy.connections as Record<string, unknown>)['Chat model'] = {
			ai_languageModel: [[{ node: 'AI Agent', type: 'ai_languageModel', index: 0 }]],
		};
		return [{ ...copy, id: 'e2eExAiAgentCopy', name: `${copy.name} (e2e model)` }];
	},
	async run({ n8n, fake }) {
		const location = fake.store.location('loc_main')!;
		const answer = await chatWithAgent(
			n8n,
			'Add ava.agent@example.com (Ava), tag her vip and remind me to call her about her crown.',
		);
		expect(answer).toEqual({ status: 200, text: expect.stringContaining(MODEL_REPLY) });

		// n8n offered the GHL nodes as tools, each with the parameters its $fromAI expressions name.
		const offered = Object.fromEntries(
			(modelRequests[0].tools ?? []).map((t) => [
				t.function.name,
				Object.keys(t.function.parameters.properties).sort(),
			]),
		);
		expect(offered).toEqual({
			Find_or_create_contact: ['email', 'firstName'],
			Tag_contact: ['contactId', 'tags'],
			'Create_follow-up_task': ['contactId', 'dueDate', 'title'],
			Find_open_deal: ['contactId'],
			Move_deal_to_stage: ['opportunityId', 'pipelineId', 'stageName'],
			Update_deal_value: ['monetaryValue', 'opportunityId'],
			Set_deal_status: ['opportunityId', 'status'],
			Find_first_free_slot: ['after'],
			Book_meeting: ['contactId', 'startTime', 'title'],
		});
		const findTool = modelRequests[0].tools!.find(
			(t) => t.function.name === 'Find_or_create_contact',
		)!;
		expect(findTool.function.parameters.properties.email.description).toBe(
			"The contact's email address",
		);

		// The tools ran against GHL with the arguments the model passed, and their answers went back to the model.
		const ava = [...location.collection<Record<string, any>>('contacts').values()].find(
			(c) => c.email === AVA.email,
		)!;
		expect(ava).toMatchObject({ firstName: 'Ava', tags: ['vip', 'from-chat'] });
		const tasks = [...location.collection<Record<string, any>>('tasks').values()].filter(
			(t) => t.contactId === ava.id,
		);
		expect(tasks).toEqual([
			expect.objectContaining({
				title: AVA_TASK.title,
				dueDate: AVA_TASK.dueDate,
				completed: false,
			}),
		]);
		const toolResults = modelRequests
			.at(-1)!
			.messages.filter((m) => m.role === 'tool')
			.map((m) => String(m.content));
		expect(toolResults).toHaveLength(3);
		expect(toolResults[0]).toContain(ava.id);
		expect(fake.requestsTo('POST', '/contacts/upsert').at(-1)!.body).toMatchObject({
			email: AVA.email,
			firstName: 'Ava',
			locationId: 'loc_main',
		});
	},
};

const aiAgentDeals: Scenario = {
	name: 'example "AI agent with GoHighLevel tools": the agent finds a contact\'s open deal, moves it to a stage by name, sets its value and status, and books the first free slot',
	// The workflow is aiAgentTools' copy of the example (same chat, same scripted model).
	workflows: () => [],
	async run({ n8n, fake }) {
		const location = fake.store.location('loc_main')!;
		const contacts = () => [...location.collection<Record<string, any>>('contacts').values()];
		const ava = contacts().find((c) => c.email === AVA.email) ?? createContact(location, AVA);
		const deals = location.collection<Record<string, any>>('opportunities');
		// An older deal already won and the open one the agent must find (newest first: the open one is newer).
		const oldDeal = createOpportunity(location, {
			name: 'Ava: cleaning',
			pipelineId: 'pl_sales',
			pipelineStageId: 'pl_sales_st4',
			contactId: ava.id,
			status: 'won',
			monetaryValue: 120,
		});
		const openDeal = createOpportunity(location, {
			name: 'Ava: crown',
			pipelineId: 'pl_sales',
			pipelineStageId: 'pl_sales_st2',
			contactId: ava.id,
			monetaryValue: 1800,
		});
		const calendar = calendars(location).get('cal_consultation')!;
		const after = Date.parse('2027-03-15T09:00:00-04:00');
		const expectedSlot = freeSlots(location, calendar, after, after + 14 * 24 * 3600_000)[0];
		expect(expectedSlot).toBeGreaterThanOrEqual(after);
		const firstModelRequest = modelRequests.length;
		const firstGhlRequest = fake.requests.length;

		const answer = await chatWithAgent(n8n, DEAL_REQUEST);
		expect(answer).toEqual({ status: 200, text: expect.stringContaining(DEAL_REPLY) });

		// The tools' descriptions the model read, for the parameters it had to fill.
		const tools = Object.fromEntries(
			(modelRequests[firstModelRequest].tools ?? []).map((t) => [
				t.function.name,
				t.function.parameters.properties,
			]),
		);
		expect(tools.Move_deal_to_stage.stageName.description).toBe(
			'The name of the stage to move the deal to, e.g. Proposal or Won',
		);
		expect(tools.Update_deal_value.monetaryValue).toMatchObject({ type: 'number' });
		expect(tools.Set_deal_status.status.description).toBe(
			'The new status of the deal: open, won, lost or abandoned',
		);

		// GHL changed as the agent asked: the open deal (not the older won one) is in Won, at 2,400, won.
		expect(deals.get(openDeal.id)).toMatchObject({
			pipelineStageId: 'pl_sales_st4',
			monetaryValue: 2400,
			status: 'won',
		});
		expect(deals.get(oldDeal.id)).toMatchObject({
			pipelineStageId: 'pl_sales_st4',
			monetaryValue: 120,
			status: 'won',
		});
		const booked = [...calendarEvents(location).values()].filter(
			(e) => e.contactId === ava.id && e.kind === 'appointment',
		);
		expect(booked).toEqual([
			expect.objectContaining({
				calendarId: 'cal_consultation',
				start: expectedSlot,
				end: expectedSlot + 30 * 60_000,
				title: DEAL_CHANGES.title,
			}),
		]);

		// Each tool sent what its $fromAI arguments said, to the endpoints it stands for.
		const sent = fake.requests.slice(firstGhlRequest).map((r) => `${r.method} ${r.path}`);
		expect(sent).toEqual(
			expect.arrayContaining([
				'GET /opportunities/search',
				`PUT /opportunities/${openDeal.id}`,
				`PUT /opportunities/${openDeal.id}/status`,
				'GET /calendars/cal_consultation/free-slots',
				'POST /calendars/events/appointments',
			]),
		);
		expect(fake.requestsTo('GET', '/opportunities/search').at(-1)!.query).toMatchObject({
			contact_id: ava.id,
			status: 'open',
			limit: '1',
		});
		expect(fake.requestsTo('PUT', `/opportunities/${openDeal.id}/status`).at(-1)!.body).toEqual({
			status: 'won',
		});
		const toolResults = modelRequests
			.at(-1)!
			.messages.filter((m) => m.role === 'tool')
			.map((m) => String(m.content));
		expect(toolResults).toHaveLength(7);
		expect(toolResults[1]).toContain(openDeal.id);
		expect(toolResults[1]).not.toContain(oldDeal.id);
	},
};

export default [
	orderStatusSync,
	leadIntake,
	stageChangeFollowUp,
	bookFirstFreeSlot,
	agencyOnboarding,
	aiAgentTools,
	aiAgentDeals,
];
