import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { OperationApi } from '../../shared/operations/api';
import { compact, type Params } from '../../shared/operations/params';
import type { OperationDefinition, ResourceDefinition } from '../../shared/operations/types';
import type { Pagination } from '../../shared/transport/pagination';
import {
	attachmentUrls,
	contactId,
	conversationForContact,
	conversationLocator,
	emails,
	messageId,
} from './fields';

/** Channels POST /conversations/messages sends on (SendMessageBodyDto.type). */
const SEND_CHANNELS = [
	{ name: 'SMS', value: 'SMS' },
	{ name: 'Email', value: 'Email' },
	{ name: 'WhatsApp', value: 'WhatsApp' },
	{
		name: 'RCS',
		value: 'RCS',
		description: 'Rich Communication Services, on phones that support it',
	},
	{ name: 'Facebook Messenger', value: 'FB' },
	{ name: 'Instagram DM', value: 'IG' },
	{ name: 'TikTok', value: 'TIKTOK' },
	{ name: 'Live Chat', value: 'Live_Chat' },
	{
		name: 'Custom Provider',
		value: 'Custom',
		description: 'A conversation provider of a marketplace app',
	},
];

/** Channels an inbound message can be recorded on (ProcessMessageBodyDto.type). */
const INBOUND_CHANNELS = [
	...SEND_CHANNELS,
	{ name: 'Google Business Messages', value: 'GMB' },
	{ name: 'Web Chat', value: 'WebChat' },
	{ name: 'All-in-One Chat', value: 'ALL_IN_ONE_CHAT' },
	{ name: 'Call', value: 'Call' },
	{ name: 'IVR Call', value: 'IVR_Call' },
	{ name: 'Campaign Call', value: 'Campaign_Call' },
	{ name: 'Campaign Voicemail', value: 'Campaign_VoiceMail' },
	{ name: 'Form Submission', value: 'FORM_SUBMISSION' },
];

const PHONE_CHANNELS = new Set(['SMS', 'RCS', 'WhatsApp']);
const CALL_CHANNELS = ['Call', 'IVR_Call', 'Campaign_Call', 'Campaign_VoiceMail'];

const CALL_STATUSES = [
	'pending',
	'completed',
	'answered',
	'busy',
	'no-answer',
	'failed',
	'canceled',
	'voicemail',
].map((value) => ({
	name: value.replace(
		/(^|-)(\w)/g,
		(_, dash: string, c: string) => `${dash ? ' ' : ''}${c.toUpperCase()}`,
	),
	value,
}));

const MESSAGE_STATUSES = [
	{ name: 'Delivered', value: 'delivered' },
	{ name: 'Failed', value: 'failed' },
	{ name: 'Pending', value: 'pending' },
	{ name: 'Read', value: 'read' },
];

/** Message types GET /conversations/{conversationId}/messages filters by. */
const LIST_TYPES = [
	'TYPE_CALL',
	'TYPE_SMS',
	'TYPE_RCS',
	'TYPE_EMAIL',
	'TYPE_FACEBOOK',
	'TYPE_GMB',
	'TYPE_INSTAGRAM',
	'TYPE_WHATSAPP',
	'TYPE_ACTIVITY_APPOINTMENT',
	'TYPE_ACTIVITY_CONTACT',
	'TYPE_ACTIVITY_INVOICE',
	'TYPE_ACTIVITY_PAYMENT',
	'TYPE_ACTIVITY_OPPORTUNITY',
	'TYPE_LIVE_CHAT',
	'TYPE_INTERNAL_COMMENTS',
	'TYPE_ACTIVITY_EMPLOYEE_ACTION_LOG',
	'TYPE_TIKTOK',
	'TYPE_ACTIVITY_WHATSAPP',
	'TYPE_FORM_SUBMISSION',
].map((value) => ({
	name: value
		.replace(/^TYPE_/, '')
		.toLowerCase()
		.replace(
			/(^|_)(\w)/g,
			(_, underscore: string, c: string) => `${underscore ? ' ' : ''}${c.toUpperCase()}`,
		),
	value,
}));

function oneOf(p: Params, name: string, options: Array<{ value: string }>): string {
	const value = p.string(name);
	if (!options.some((o) => o.value === value)) {
		p.fail(
			`"${p.displayName(name)}" must be one of ${options.map((o) => o.value).join(', ')}: "${value}"`,
		);
	}
	return value;
}

const email = { '/type': ['Email'] };
const phone = { '/type': ['SMS', 'RCS', 'WhatsApp'] };

const send: OperationDefinition = {
	value: 'send',
	name: 'Send',
	action: 'Send a message',
	description: 'Send an SMS, email, WhatsApp or other message to a contact, now or scheduled',
	endpoints: ['GET /contacts/{contactId}', 'POST /conversations/messages'],
	properties: [
		{
			displayName: 'Channel',
			name: 'type',
			type: 'options',
			options: SEND_CHANNELS,
			default: 'SMS',
			required: true,
		},
		contactId,
		{
			displayName: 'Message',
			name: 'message',
			type: 'string',
			typeOptions: { rows: 4 },
			default: '',
			description: 'The text to send. May be left empty when attachments or a template are given.',
			displayOptions: { hide: { type: ['Email'] } },
		},
		{
			displayName: 'Subject',
			name: 'subject',
			type: 'string',
			default: '',
			displayOptions: { show: { type: ['Email'] } },
			description: "Required for a new email; a reply keeps the thread's subject when empty",
		},
		{
			displayName: 'Body Format',
			name: 'emailFormat',
			type: 'options',
			options: [
				{ name: 'HTML', value: 'html' },
				{ name: 'Plain Text', value: 'text' },
			],
			default: 'html',
			displayOptions: { show: { type: ['Email'] } },
		},
		{
			displayName: 'HTML',
			name: 'html',
			type: 'string',
			typeOptions: { rows: 6 },
			default: '',
			placeholder: '<p>Hello {{contact.first_name}}</p>',
			displayOptions: { show: { type: ['Email'], emailFormat: ['html'] } },
		},
		{
			displayName: 'Text',
			name: 'emailText',
			type: 'string',
			typeOptions: { rows: 6 },
			default: '',
			displayOptions: { show: { type: ['Email'], emailFormat: ['text'] } },
		},
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				{
					displayName: 'Appointment ID',
					name: 'appointmentId',
					type: 'string',
					default: '',
					description: 'Links the message to an appointment',
				},
				{
					displayName: 'Attachment URLs',
					name: 'attachments',
					type: 'string',
					default: '',
					placeholder: 'https://example.com/invoice.pdf',
					description: 'Public URLs of files to attach, separated by commas',
				},
				{
					displayName: 'BCC',
					name: 'emailBcc',
					type: 'string',
					default: '',
					placeholder: 'audit@example.com',
					description: 'Email addresses, separated by commas',
					displayOptions: { show: email },
				},
				{
					displayName: 'CC',
					name: 'emailCc',
					type: 'string',
					default: '',
					placeholder: 'manager@example.com',
					description: 'Email addresses, separated by commas',
					displayOptions: { show: email },
				},
				{
					displayName: 'Conversation Provider ID',
					name: 'conversationProviderId',
					type: 'string',
					default: '',
					description: 'Send through this conversation provider instead of the default one',
				},
				{
					displayName: 'From Email',
					name: 'fromEmail',
					type: 'string',
					placeholder: 'name@email.com',
					default: '',
					description: "Address to send from; must be allowed by the sub-account's email settings",
					displayOptions: { show: email },
				},
				{
					displayName: 'From Name',
					name: 'fromName',
					type: 'string',
					default: '',
					description: 'Sender name shown to the recipient; needs From Email',
					displayOptions: { show: email },
				},
				{
					displayName: 'From Number',
					name: 'fromNumber',
					type: 'string',
					default: '',
					placeholder: '+14155550100',
					description: "One of the sub-account's numbers, in E.164 format",
					displayOptions: { show: phone },
				},
				{
					displayName: 'Reply Mode',
					name: 'emailReplyMode',
					type: 'options',
					options: [
						{ name: 'Reply', value: 'reply' },
						{ name: 'Reply All', value: 'reply_all' },
					],
					default: 'reply',
					displayOptions: { show: email },
				},
				{
					displayName: 'Reply to Message ID',
					name: 'replyMessageId',
					type: 'string',
					default: '',
					description:
						'The email message (emailMessageId) this one answers, so it is threaded with it',
					displayOptions: { show: email },
				},
				{
					displayName: 'Schedule For',
					name: 'scheduledAt',
					type: 'dateTime',
					default: '',
					description: 'Send later, at this time. Cancel with the "Cancel Scheduled" operation.',
				},
				{
					displayName: 'Template ID',
					name: 'templateId',
					type: 'string',
					default: '',
					description: 'A message template, e.g. an approved WhatsApp template',
				},
				{
					displayName: 'Thread ID',
					name: 'threadId',
					type: 'string',
					default: '',
					description: 'The email thread (message ID) to add this email to',
					displayOptions: { show: email },
				},
				{
					displayName: 'To Email',
					name: 'emailTo',
					type: 'string',
					default: '',
					placeholder: 'name@email.com',
					description: 'Send to this address of the contact instead of their primary email',
					displayOptions: { show: email },
				},
				{
					displayName: 'To Number',
					name: 'toNumber',
					type: 'string',
					default: '',
					placeholder: '+14155550123',
					description: "Send to this number instead of the contact's phone",
					displayOptions: { show: phone },
				},
			],
		},
	],
	run: async (p, api) => {
		const locationId = p.locationId();
		const type = oneOf(p, 'type', SEND_CHANNELS);
		const contact = p.id('contactId');
		const options = p.collection('options');
		const isEmail = type === 'Email';
		const body: IDataObject = compact({
			type,
			// The spec requires subType and status on a send; the channel and "pending" are what a new message is.
			subType: type,
			status: 'pending',
			contactId: contact,
			attachments: attachmentUrls(p, options.attachments),
			appointmentId: String(options.appointmentId ?? '').trim() || undefined,
			templateId: String(options.templateId ?? '').trim() || undefined,
			conversationProviderId: String(options.conversationProviderId ?? '').trim() || undefined,
		});
		if (options.scheduledAt) {
			const at = p.epochMillis(options.scheduledAt, 'Schedule For');
			if (at <= Date.now())
				p.fail(`"Schedule For" must be in the future: "${new Date(at).toISOString()}"`);
			body.scheduledTimestamp = Math.floor(at / 1000);
		}

		if (isEmail) {
			const format = p.raw<string>('emailFormat', 'html') === 'text' ? 'text' : 'html';
			const html = format === 'html' ? p.optionalString('html') : undefined;
			const text = format === 'text' ? p.optionalString('emailText') : undefined;
			const replying = Boolean(
				String(options.replyMessageId ?? '').trim() || String(options.threadId ?? '').trim(),
			);
			const subject = p.optionalString('subject');
			if (!subject && !replying)
				p.fail(
					'"Subject" is required for a new email',
					'Give a subject, or a "Reply to Message ID" to answer an email.',
				);
			if (!html && !text && !body.attachments && !body.templateId)
				p.fail(`"${format === 'html' ? 'HTML' : 'Text'}" is required`, 'Write the email body.');
			const fromName = String(options.fromName ?? '').trim();
			const fromEmail = String(options.fromEmail ?? '').trim();
			if (fromName && !fromEmail)
				p.fail(
					'"From Name" needs "From Email"',
					'GHL takes the sender as an address, optionally with a name.',
				);
			if (fromEmail) p.email(fromEmail, 'From Email');
			Object.assign(
				body,
				compact({
					subject,
					html,
					message: text,
					emailFrom: fromEmail ? (fromName ? `${fromName} <${fromEmail}>` : fromEmail) : undefined,
					emailTo: options.emailTo ? p.email(options.emailTo, 'To Email') : undefined,
					emailCc: emails(p, options.emailCc, 'CC'),
					emailBcc: emails(p, options.emailBcc, 'BCC'),
					replyMessageId: String(options.replyMessageId ?? '').trim() || undefined,
					threadId: String(options.threadId ?? '').trim() || undefined,
					emailReplyMode: replying ? options.emailReplyMode : undefined,
				} as IDataObject),
			);
		} else {
			const message = p.optionalString('message');
			if (!message && !body.attachments && !body.templateId)
				p.fail('"Message" is required', 'Write the text, or add attachment URLs or a template.');
			body.message = message;
			if (PHONE_CHANNELS.has(type)) {
				if (options.fromNumber) body.fromNumber = p.phone(options.fromNumber, 'From Number');
				if (options.toNumber) body.toNumber = p.phone(options.toNumber, 'To Number');
			}
		}

		// GHL answers a send to a contact it cannot reach with a vague error, and may have created the conversation
		// by then; checking the contact first names the missing field and sends nothing.
		const needsPhone = PHONE_CHANNELS.has(type) && !body.toNumber;
		const needsEmail = isEmail && !body.emailTo;
		if (needsPhone || needsEmail) {
			const found = await api.request({ method: 'GET', path: `/contacts/${contact}`, locationId });
			const record = (found.contact as IDataObject | undefined) ?? {};
			const label = String(
				record.contactName ??
					([record.firstName, record.lastName].filter(Boolean).join(' ') || contact),
			);
			const channel = SEND_CHANNELS.find((c) => c.value === type)!.name;
			if (needsPhone && !String(record.phone ?? '').trim()) {
				p.fail(
					`Contact "${label}" has no phone number, so the ${channel} message cannot be sent`,
					'Add a phone number to the contact, or set "To Number" under Options.',
				);
			}
			if (needsEmail && !String(record.email ?? '').trim()) {
				p.fail(
					`Contact "${label}" has no email address, so the email cannot be sent`,
					'Add an email address to the contact, or set "To Email" under Options.',
				);
			}
		}

		const sent = await api.request({
			method: 'POST',
			path: '/conversations/messages',
			body,
			locationId,
		});
		return {
			...sent,
			contactId: contact,
			type,
			...(body.scheduledTimestamp
				? { scheduledAt: new Date((body.scheduledTimestamp as number) * 1000).toISOString() }
				: {}),
		};
	},
};

const cancelScheduled: OperationDefinition = {
	value: 'cancelScheduled',
	name: 'Cancel Scheduled',
	action: 'Cancel a scheduled message',
	description: 'Cancel a message or email that was scheduled for later',
	endpoints: [
		'DELETE /conversations/messages/{messageId}/schedule',
		'DELETE /conversations/messages/email/{emailMessageId}/schedule',
	],
	properties: [
		{
			displayName: 'Kind',
			name: 'kind',
			type: 'options',
			options: [
				{
					name: 'Message',
					value: 'message',
					description: 'SMS and the other channels: give the messageId',
				},
				{ name: 'Email', value: 'email', description: 'Give the emailMessageId the send returned' },
			],
			default: 'message',
		},
		{ ...messageId, displayOptions: { show: { kind: ['message'] } } },
		{
			displayName: 'Email Message ID',
			name: 'emailMessageId',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'rnGyqh2F6uBrIkfhFo9A',
			description: 'The emailMessageId GHL returned when the email was scheduled',
			displayOptions: { show: { kind: ['email'] } },
		},
	],
	request: (p) => {
		const kind = oneOf(p, 'kind', [{ value: 'message' }, { value: 'email' }]);
		return kind === 'email'
			? {
					method: 'DELETE',
					path: `/conversations/messages/email/${p.id('emailMessageId')}/schedule`,
				}
			: { method: 'DELETE', path: `/conversations/messages/${p.id('messageId')}/schedule` };
	},
	output: (body, p) => {
		// GHL may answer 200 with the failure inside the body ({ status: 404, message }).
		const status = Number(body.status);
		if (Number.isFinite(status) && status >= 400)
			p.fail(String(body.message ?? `GHL could not cancel the scheduled message [${status}]`));
		const email = p.raw<string>('kind', 'message') === 'email';
		return {
			id: p.id(email ? 'emailMessageId' : 'messageId'),
			kind: email ? 'email' : 'message',
			cancelled: true,
			message: body.message,
		};
	},
};

/** GHL's answer is the message itself; some answers wrap it in `message`, which is then unwrapped. */
function unwrap(body: IDataObject, key: string): IDataObject {
	const inner = body[key];
	return inner && typeof inner === 'object' && !Array.isArray(inner)
		? (inner as IDataObject)
		: body;
}

const get: OperationDefinition = {
	value: 'get',
	name: 'Get',
	action: 'Get a message',
	description: 'Get a message by ID',
	endpoints: ['GET /conversations/messages/{id}'],
	properties: [messageId],
	request: (p) => ({ method: 'GET', path: `/conversations/messages/${p.id('messageId')}` }),
	output: (body) => unwrap(body, 'message'),
};

const getEmail: OperationDefinition = {
	value: 'getEmail',
	name: 'Get Email',
	action: 'Get an email message',
	description: 'Get an email with its subject, sender, recipients, CC and BCC',
	endpoints: ['GET /conversations/messages/email/{id}'],
	properties: [
		{
			displayName: 'Email Message ID',
			name: 'emailMessageId',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'rnGyqh2F6uBrIkfhFo9A',
			description:
				'The emailMessageId GHL returned when the email was sent, or one of meta.email.messageIds of a message',
		},
	],
	request: (p) => ({
		method: 'GET',
		path: `/conversations/messages/email/${p.id('emailMessageId')}`,
	}),
	output: (body) => unwrap(body, 'emailMessage'),
};

/** Messages come newest first, 20 by default; the next page starts after `lastMessageId` while `nextPage` is true. */
const messagesPagination: Pagination = {
	style: 'lastMessageId',
	records: 'messages.messages',
	maxPageSize: 100,
	sizeParam: 'limit',
};

export async function conversationMessages(
	api: OperationApi,
	conversation: string,
	qs: IDataObject,
	limit?: number,
): Promise<IDataObject[]> {
	const results: IDataObject[] = [];
	let lastMessageId: string | undefined;
	for (;;) {
		const wanted =
			limit === undefined
				? messagesPagination.maxPageSize
				: Math.min(limit - results.length, messagesPagination.maxPageSize);
		const body = await api.request({
			method: 'GET',
			path: `/conversations/${conversation}/messages`,
			qs: { ...qs, limit: wanted, ...(lastMessageId ? { lastMessageId } : {}) },
		});
		// GHL nests the page in `messages`; the spec writes it at the top level. Both are read.
		const container =
			(Array.isArray(body.messages) ? body : (body.messages as IDataObject | undefined)) ?? {};
		const page = (container.messages as IDataObject[] | undefined) ?? [];
		for (const message of page) {
			results.push(message);
			if (limit !== undefined && results.length >= limit) return results;
		}
		const next = String(container.lastMessageId ?? page[page.length - 1]?.id ?? '');
		if (!container.nextPage || !page.length || !next || next === lastMessageId) return results;
		lastMessageId = next;
	}
}

const getMany: OperationDefinition = {
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many messages of a conversation',
	description: 'List the messages of a conversation, newest first',
	endpoints: ['GET /conversations/{conversationId}/messages'],
	properties: [
		conversationLocator(),
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Message Type',
					name: 'type',
					type: 'options',
					options: LIST_TYPES,
					default: 'TYPE_SMS',
					// The spec describes a comma-separated list but its schema takes one value of the enum.
					description: 'Only messages of this type',
				},
			],
		},
	],
	list: messagesPagination,
	run: async (p, api) => {
		const type = String(p.collection('filters').type ?? '').trim() || undefined;
		if (type && !LIST_TYPES.some((o) => o.value === type))
			p.fail(
				`"Message Type" is not a type GHL lists by: "${type}"`,
				`Valid types: ${LIST_TYPES.map((o) => o.value).join(', ')}`,
			);
		const limit = p.boolean('returnAll') ? undefined : p.number('limit', 50);
		return await conversationMessages(api, p.id('conversationId'), compact({ type }), limit);
	},
};

const updateStatus: OperationDefinition = {
	value: 'updateStatus',
	name: 'Update Status',
	action: 'Update the status of a message',
	description:
		'Report delivered, read or failed for a message sent through your own conversation provider',
	endpoints: ['PUT /conversations/messages/{messageId}/status'],
	properties: [
		messageId,
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			options: MESSAGE_STATUSES,
			default: 'delivered',
			required: true,
		},
		{
			displayName: 'Error',
			name: 'error',
			type: 'collection',
			placeholder: 'Add Error Detail',
			default: {},
			description:
				'Why the provider could not deliver the message; code, type and message together',
			displayOptions: { show: { status: ['failed'] } },
			options: [
				{ displayName: 'Code', name: 'code', type: 'string', default: '', placeholder: '30007' },
				{
					displayName: 'Message',
					name: 'message',
					type: 'string',
					default: '',
					placeholder: 'Carrier rejected the message',
				},
				{ displayName: 'Type', name: 'type', type: 'string', default: '', placeholder: 'carrier' },
			],
		},
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				{
					displayName: 'Email Message ID',
					name: 'emailMessageId',
					type: 'string',
					default: '',
					description: 'For an email: the emailMessageId whose status changed',
				},
				{
					displayName: 'Recipients',
					name: 'recipients',
					type: 'string',
					default: '',
					description: 'For an email: the extra recipients this status is for, separated by commas',
				},
			],
		},
	],
	request: (p) => {
		const status = oneOf(p, 'status', MESSAGE_STATUSES);
		const options = p.collection('options');
		const body: IDataObject = compact({
			status,
			emailMessageId: String(options.emailMessageId ?? '').trim() || undefined,
			recipients: emails(p, options.recipients, 'Recipients'),
		});
		const error = compact(status === 'failed' ? p.collection('error') : {});
		if (Object.keys(error).length) {
			for (const [field, label] of [
				['code', 'Code'],
				['type', 'Type'],
				['message', 'Message'],
			]) {
				if (!String(error[field] ?? '').trim())
					p.fail(
						`"Error > ${label}" is required when the error is given`,
						'GHL takes the error as code, type and message together.',
					);
			}
			body.error = {
				code: String(error.code),
				type: String(error.type),
				message: String(error.message),
			};
		}
		return { method: 'PUT', path: `/conversations/messages/${p.id('messageId')}/status`, body };
	},
};

const conversationOption: INodeProperties = {
	displayName: 'Conversation ID',
	name: 'conversationId',
	type: 'string',
	default: '',
	description:
		"Add to this conversation. Leave empty to use the contact's conversation, created when there is none.",
};

/** The conversation to record a message in: the one given, else the contact's (created when needed). */
async function targetConversation(
	p: Params,
	api: OperationApi,
	locationId: string,
	contact: string,
): Promise<{ id: string; created: boolean }> {
	const given = String(p.collection('options').conversationId ?? '').trim();
	if (given) {
		if (/[/?#\s]/.test(given)) p.fail(`"Conversation ID" is not a valid ID: "${given}"`);
		return { id: given, created: false };
	}
	return await conversationForContact(api, locationId, contact);
}

function callData(p: Params, values: IDataObject): IDataObject | undefined {
	const call = compact({
		to: values.callTo ? p.phone(values.callTo, 'Call To') : undefined,
		from: values.callFrom ? p.phone(values.callFrom, 'Call From') : undefined,
		status: values.callStatus,
	} as IDataObject);
	if (call.status !== undefined && !CALL_STATUSES.some((s) => s.value === call.status)) {
		p.fail(
			`"Call Status" must be one of ${CALL_STATUSES.map((s) => s.value).join(', ')}: "${String(call.status)}"`,
		);
	}
	return Object.keys(call).length ? call : undefined;
}

const providerId: INodeProperties = {
	displayName: 'Conversation Provider ID',
	name: 'conversationProviderId',
	type: 'string',
	default: '',
	required: true,
	placeholder: '61d6d1f9cdac7612faf80753',
	description: 'The conversation provider of your marketplace app that the message comes through',
};

const addInbound: OperationDefinition = {
	value: 'addInbound',
	name: 'Add Inbound',
	action: 'Add an inbound message',
	description:
		'Record a message a contact sent on another channel or system, so it shows in the GHL inbox',
	endpoints: [
		'GET /conversations/search',
		'POST /conversations/',
		'POST /conversations/messages/inbound',
	],
	properties: [
		{
			displayName: 'Channel',
			name: 'type',
			type: 'options',
			options: INBOUND_CHANNELS,
			default: 'SMS',
			required: true,
		},
		contactId,
		providerId,
		{
			displayName: 'Message',
			name: 'message',
			type: 'string',
			typeOptions: { rows: 4 },
			default: '',
		},
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				{
					displayName: 'Attachment URLs',
					name: 'attachments',
					type: 'string',
					default: '',
					description: 'Public URLs of files, separated by commas',
				},
				{
					displayName: 'BCC',
					name: 'emailBcc',
					type: 'string',
					default: '',
					description: 'Email addresses, separated by commas',
					displayOptions: { show: email },
				},
				{
					displayName: 'Call From',
					name: 'callFrom',
					type: 'string',
					default: '',
					placeholder: '+14155550123',
					displayOptions: { show: { '/type': CALL_CHANNELS } },
				},
				{
					displayName: 'Call Status',
					name: 'callStatus',
					type: 'options',
					options: CALL_STATUSES,
					default: 'completed',
					displayOptions: { show: { '/type': CALL_CHANNELS } },
				},
				{
					displayName: 'Call To',
					name: 'callTo',
					type: 'string',
					default: '',
					placeholder: '+14155550100',
					displayOptions: { show: { '/type': CALL_CHANNELS } },
				},
				{
					displayName: 'CC',
					name: 'emailCc',
					type: 'string',
					default: '',
					description: 'Email addresses, separated by commas',
					displayOptions: { show: email },
				},
				conversationOption,
				{
					displayName: 'Date',
					name: 'date',
					type: 'dateTime',
					default: '',
					description: 'When the message was received (default: now)',
				},
				{
					displayName: 'External ID',
					name: 'altId',
					type: 'string',
					default: '',
					description: "The message's ID in the other system",
				},
				{
					displayName: 'From Email',
					name: 'emailFrom',
					type: 'string',
					default: '',
					displayOptions: { show: email },
				},
				{
					displayName: 'HTML',
					name: 'html',
					type: 'string',
					typeOptions: { rows: 4 },
					default: '',
					displayOptions: { show: email },
				},
				{
					displayName: 'In Reply to Email Message ID',
					name: 'emailMessageId',
					type: 'string',
					default: '',
					description: 'The emailMessageId this email answers, to thread it',
					displayOptions: { show: email },
				},
				{
					displayName: 'Subject',
					name: 'subject',
					type: 'string',
					default: '',
					displayOptions: { show: email },
				},
				{
					displayName: 'To Email',
					name: 'emailTo',
					type: 'string',
					default: '',
					displayOptions: { show: email },
				},
			],
		},
	],
	run: async (p, api) => {
		const locationId = p.locationId();
		const type = oneOf(p, 'type', INBOUND_CHANNELS);
		const contact = p.id('contactId');
		const conversationProviderId = p.string('conversationProviderId');
		const options = p.collection('options');
		const isEmail = type === 'Email';
		const fields = compact({
			message: p.optionalString('message'),
			attachments: attachmentUrls(p, options.attachments),
			altId: String(options.altId ?? '').trim() || undefined,
			date: options.date ? p.isoDate(options.date, 'Date') : undefined,
			call: CALL_CHANNELS.includes(type) ? callData(p, options) : undefined,
			...(isEmail
				? {
						subject: String(options.subject ?? '').trim() || undefined,
						html: String(options.html ?? '').trim() || undefined,
						emailFrom: options.emailFrom ? p.email(options.emailFrom, 'From Email') : undefined,
						emailTo: options.emailTo ? p.email(options.emailTo, 'To Email') : undefined,
						emailCc: emails(p, options.emailCc, 'CC'),
						emailBcc: emails(p, options.emailBcc, 'BCC'),
						emailMessageId: String(options.emailMessageId ?? '').trim() || undefined,
					}
				: {}),
		} as IDataObject);
		if (!fields.message && !fields.html && !fields.attachments && !fields.call) {
			p.fail('"Message" is required', 'Give the text that was received, or attachment URLs.');
		}
		const conversation = await targetConversation(p, api, locationId, contact);
		const added = await api.request({
			method: 'POST',
			path: '/conversations/messages/inbound',
			body: {
				type,
				contactId: contact,
				conversationId: conversation.id,
				conversationProviderId,
				...fields,
			},
			locationId,
		});
		return { ...added, conversationCreated: conversation.created };
	},
};

const addOutboundCall: OperationDefinition = {
	value: 'addOutboundCall',
	name: 'Add Outbound Call',
	action: 'Add an outbound call record',
	description:
		"Record a call your team made through another phone system, so it shows in the contact's conversation",
	endpoints: [
		'GET /conversations/search',
		'POST /conversations/',
		'POST /conversations/messages/outbound',
	],
	properties: [
		contactId,
		providerId,
		{
			displayName: 'Call To',
			name: 'callTo',
			type: 'string',
			default: '',
			required: true,
			placeholder: '+14155550123',
			description: 'The number called, in E.164 format',
		},
		{
			displayName: 'Call From',
			name: 'callFrom',
			type: 'string',
			default: '',
			required: true,
			placeholder: '+14155550100',
			description: 'The number the call was made from',
		},
		{
			displayName: 'Call Status',
			name: 'callStatus',
			type: 'options',
			options: CALL_STATUSES,
			default: 'completed',
		},
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				{
					displayName: 'Attachment URLs',
					name: 'attachments',
					type: 'string',
					default: '',
					description: 'Public URLs of files such as the recording, separated by commas',
				},
				conversationOption,
				{
					displayName: 'Date',
					name: 'date',
					type: 'dateTime',
					default: '',
					description: 'When the call was made (default: now)',
				},
				{
					displayName: 'External ID',
					name: 'altId',
					type: 'string',
					default: '',
					description: "The call's ID in the phone system",
				},
			],
		},
	],
	run: async (p, api) => {
		const locationId = p.locationId();
		const contact = p.id('contactId');
		const conversationProviderId = p.string('conversationProviderId');
		const options = p.collection('options');
		const call = callData(p, {
			callTo: p.string('callTo'),
			callFrom: p.string('callFrom'),
			callStatus: p.raw('callStatus', 'completed'),
		});
		const fields = compact({
			attachments: attachmentUrls(p, options.attachments),
			altId: String(options.altId ?? '').trim() || undefined,
			date: options.date ? p.isoDate(options.date, 'Date') : undefined,
		} as IDataObject);
		const conversation = await targetConversation(p, api, locationId, contact);
		const added = await api.request({
			method: 'POST',
			path: '/conversations/messages/outbound',
			body: {
				type: 'Call',
				conversationId: conversation.id,
				conversationProviderId,
				call,
				...fields,
			},
			locationId,
		});
		return { ...added, conversationCreated: conversation.created };
	},
};

export const messageResource: ResourceDefinition = {
	value: 'message',
	name: 'Message',
	defaultOperation: send.value,
	operations: [
		addInbound,
		addOutboundCall,
		cancelScheduled,
		get,
		getEmail,
		getMany,
		send,
		updateStatus,
	],
};
