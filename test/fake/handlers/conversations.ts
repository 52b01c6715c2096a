import { badRequest, FakeHttpError, notFound, unprocessable } from '../errors';
import type { FakeContext, FakeHandler } from '../server';
import { newId, type LocationState } from '../store';
import { createContact, type FakeContact } from './contacts';

/**
 * Conversations and their messages, per sub-account. Messages are listed newest first and paged with
 * `lastMessageId`, at the top level as GetMessagesByConversationResponseDto documents; conversations are searched newest activity
 * first and paged with `startAfterDate`, the `sort` value of the last one seen.
 */

export interface FakeConversation {
	id: string;
	locationId: string;
	contactId: string;
	assignedTo?: string;
	userId?: string;
	unreadCount: number;
	starred: boolean;
	inbox: boolean;
	deleted: boolean;
	type: string;
	lastMessageBody?: string;
	lastMessageType?: string;
	lastMessageDirection?: 'inbound' | 'outbound';
	lastMessageDate: number;
	dateAdded: string;
	dateUpdated: string;
}

export interface FakeMessage {
	id: string;
	locationId: string;
	contactId: string;
	conversationId: string;
	type: number;
	messageType: string;
	direction: 'inbound' | 'outbound';
	status: string;
	body: string;
	contentType: string;
	attachments: string[];
	dateAdded: string;
	source: string;
	conversationProviderId?: string;
	altId?: string;
	meta?: Record<string, unknown>;
	/** Epoch seconds when a scheduled message goes out. */
	scheduledTimestamp?: number;
	emailMessageId?: string;
	error?: unknown;
}

export interface FakeEmailMessage {
	id: string;
	messageId: string;
	threadId: string;
	locationId: string;
	contactId: string;
	conversationId: string;
	dateAdded: string;
	subject?: string;
	body: string;
	direction: 'inbound' | 'outbound';
	status: string;
	contentType: string;
	attachments: string[];
	from: string;
	to: string[];
	cc: string[];
	bcc: string[];
	replyToMessageId?: string;
	source: string;
	conversationProviderId?: string;
	altId?: string;
}

const conversations = (location: LocationState) =>
	location.collection<FakeConversation>('conversations');
const messages = (location: LocationState) => location.collection<FakeMessage>('messages');
const emails = (location: LocationState) => location.collection<FakeEmailMessage>('emailMessages');
const contacts = (location: LocationState) => location.collection<FakeContact>('contacts');

let clock = Date.parse('2026-03-01T00:00:00Z');
/** Strictly increasing times, so sort orders and cursors are stable. */
const tick = () => (clock += 1000);

/** GHL's message type names and numbers (the numbers follow GHL's enum order). */
const MESSAGE_TYPES = [
	'TYPE_CALL',
	'TYPE_SMS',
	'TYPE_EMAIL',
	'TYPE_SMS_REVIEW_REQUEST',
	'TYPE_WEBCHAT',
	'TYPE_SMS_NO_SHOW_REQUEST',
	'TYPE_CAMPAIGN_SMS',
	'TYPE_CAMPAIGN_CALL',
	'TYPE_CAMPAIGN_EMAIL',
	'TYPE_CAMPAIGN_VOICEMAIL',
	'TYPE_FACEBOOK',
	'TYPE_CAMPAIGN_FACEBOOK',
	'TYPE_CAMPAIGN_MANUAL_CALL',
	'TYPE_CAMPAIGN_MANUAL_SMS',
	'TYPE_GMB',
	'TYPE_CAMPAIGN_GMB',
	'TYPE_REVIEW',
	'TYPE_INSTAGRAM',
	'TYPE_WHATSAPP',
	'TYPE_CUSTOM_SMS',
	'TYPE_CUSTOM_EMAIL',
	'TYPE_CUSTOM_PROVIDER_SMS',
	'TYPE_CUSTOM_PROVIDER_EMAIL',
	'TYPE_IVR_CALL',
	'TYPE_ACTIVITY_CONTACT',
	'TYPE_ACTIVITY_INVOICE',
	'TYPE_ACTIVITY_PAYMENT',
	'TYPE_ACTIVITY_OPPORTUNITY',
	'TYPE_LIVE_CHAT',
	'TYPE_LIVE_CHAT_INFO_MESSAGE',
	'TYPE_ACTIVITY_APPOINTMENT',
	'TYPE_FACEBOOK_COMMENT',
	'TYPE_INSTAGRAM_COMMENT',
	'TYPE_CUSTOM_CALL',
	'TYPE_INTERNAL_COMMENT',
	'TYPE_ACTIVITY_EMPLOYEE_ACTION_LOG',
	'TYPE_TIKTOK',
	'TYPE_TIKTOK_COMMENT',
	'TYPE_ACTIVITY_WHATSAPP',
	'TYPE_FORM_SUBMISSION',
	'TYPE_SMS_REACTION',
	'TYPE_RCS',
];

/** The `type` of a send / inbound / outbound body as the stored message type. */
const CHANNEL_TYPES: Record<string, string> = {
	SMS: 'TYPE_SMS',
	RCS: 'TYPE_RCS',
	Email: 'TYPE_EMAIL',
	WhatsApp: 'TYPE_WHATSAPP',
	GMB: 'TYPE_GMB',
	IG: 'TYPE_INSTAGRAM',
	FB: 'TYPE_FACEBOOK',
	Custom: 'TYPE_CUSTOM_SMS',
	WebChat: 'TYPE_WEBCHAT',
	Live_Chat: 'TYPE_LIVE_CHAT',
	ALL_IN_ONE_CHAT: 'TYPE_LIVE_CHAT',
	Call: 'TYPE_CALL',
	IVR_Call: 'TYPE_IVR_CALL',
	Campaign_Call: 'TYPE_CAMPAIGN_CALL',
	Campaign_VoiceMail: 'TYPE_CAMPAIGN_VOICEMAIL',
	TIKTOK: 'TYPE_TIKTOK',
	FORM_SUBMISSION: 'TYPE_FORM_SUBMISSION',
};

const PHONE_CHANNELS = new Set(['SMS', 'RCS', 'WhatsApp']);

export function createConversation(
	location: LocationState,
	contactId: string,
	extra: Partial<FakeConversation> = {},
): FakeConversation {
	const now = tick();
	const conversation: FakeConversation = {
		id: newId(),
		locationId: location.id,
		contactId,
		unreadCount: 0,
		starred: false,
		inbox: true,
		deleted: false,
		type: 'TYPE_PHONE',
		lastMessageDate: now,
		dateAdded: new Date(now).toISOString(),
		dateUpdated: new Date(now).toISOString(),
		...extra,
	};
	conversations(location).set(conversation.id, conversation);
	return conversation;
}

/** The contact's conversation, as GHL keeps one per contact (and channel family). */
export function conversationOfContact(
	location: LocationState,
	contactId: string,
): FakeConversation | undefined {
	return [...conversations(location).values()].find((c) => c.contactId === contactId && !c.deleted);
}

export interface AddMessage {
	type: string;
	direction: 'inbound' | 'outbound';
	body?: string;
	status?: string;
	attachments?: string[];
	source?: string;
	conversationProviderId?: string;
	altId?: string;
	date?: string;
	meta?: Record<string, unknown>;
	scheduledTimestamp?: number;
}

/** Stores a message in a conversation and moves the conversation's last-message fields. */
export function addMessage(
	location: LocationState,
	conversation: FakeConversation,
	input: AddMessage,
): FakeMessage {
	const messageType = CHANNEL_TYPES[input.type] ?? input.type;
	const at = input.date ? Date.parse(input.date) : tick();
	const message: FakeMessage = {
		id: newId(),
		locationId: location.id,
		contactId: conversation.contactId,
		conversationId: conversation.id,
		type: MESSAGE_TYPES.indexOf(messageType) + 1,
		messageType,
		direction: input.direction,
		status: input.status ?? (input.direction === 'inbound' ? 'delivered' : 'sent'),
		body: input.body ?? '',
		contentType: 'text/plain',
		attachments: input.attachments ?? [],
		dateAdded: new Date(at).toISOString(),
		source: input.source ?? 'api',
		...(input.conversationProviderId
			? { conversationProviderId: input.conversationProviderId }
			: {}),
		...(input.altId ? { altId: input.altId } : {}),
		...(input.meta ? { meta: input.meta } : {}),
		...(input.scheduledTimestamp ? { scheduledTimestamp: input.scheduledTimestamp } : {}),
	};
	messages(location).set(message.id, message);
	if (at >= conversation.lastMessageDate || conversation.lastMessageBody === undefined) {
		conversation.lastMessageBody = message.body;
		conversation.lastMessageType = messageType;
		conversation.lastMessageDirection = input.direction;
		conversation.lastMessageDate = Math.max(at, conversation.lastMessageDate);
	}
	if (input.direction === 'inbound') conversation.unreadCount++;
	conversation.dateUpdated = new Date(tick()).toISOString();
	return message;
}

/** A conversation per the first two contacts; the first has 120 messages (more than one page of 100, six of GHL's default 20). */
export function seed(location: LocationState): void {
	const people = [...contacts(location).values()];
	const ada =
		people[0] ??
		createContact(location, {
			firstName: 'Ada',
			lastName: 'Lovelace',
			phone: '+14155550101',
			email: 'ada@example.com',
		});
	const grace =
		people[1] ??
		createContact(location, {
			firstName: 'Grace',
			lastName: 'Hopper',
			phone: '+14155550102',
			email: 'grace@example.com',
		});
	const long = createConversation(location, ada.id, { assignedTo: 'user_sales' });
	for (let i = 1; i <= 120; i++) {
		addMessage(location, long, {
			type: 'SMS',
			direction: i % 2 ? 'inbound' : 'outbound',
			body: i % 2 ? `Question ${i} about my appointment` : `Answer ${i}: see you then`,
		});
	}
	long.unreadCount = 1;
	const short = createConversation(location, grace.id, { type: 'TYPE_EMAIL' });
	addMessage(location, short, {
		type: 'Email',
		direction: 'outbound',
		body: 'Welcome to Main Street Dental',
	});
	addMessage(location, short, {
		type: 'Email',
		direction: 'inbound',
		body: 'Thanks! When are you open?',
	});
	addMessage(location, short, { type: 'SMS', direction: 'outbound', body: 'Mon-Fri 8-5' });
	short.unreadCount = 0;
	short.starred = true;
}

function tokenMayUse(ctx: FakeContext, location: LocationState): boolean {
	if (ctx.token?.kind === 'location') return ctx.token.locationId === location.id;
	if (ctx.token?.kind === 'agency') return ctx.token.companyId === location.companyId;
	return true;
}

function conversationOf(
	ctx: FakeContext,
	id: string,
): { conversation: FakeConversation; location: LocationState } {
	for (const location of ctx.fake.store.locations.values()) {
		const conversation = conversations(location).get(id);
		if (!conversation || conversation.deleted || !tokenMayUse(ctx, location)) continue;
		return { conversation, location };
	}
	throw new FakeHttpError(400, 'Conversation not found');
}

function messageOf(
	ctx: FakeContext,
	id: string,
): { message: FakeMessage; location: LocationState } {
	for (const location of ctx.fake.store.locations.values()) {
		const message = messages(location).get(id);
		if (!message || !tokenMayUse(ctx, location)) continue;
		return { message, location };
	}
	throw notFound('Message');
}

function emailOf(
	ctx: FakeContext,
	id: string,
): { email: FakeEmailMessage; location: LocationState } {
	for (const location of ctx.fake.store.locations.values()) {
		const email = emails(location).get(id);
		if (!email || !tokenMayUse(ctx, location)) continue;
		return { email, location };
	}
	throw notFound('Email message');
}

function contactIn(location: LocationState, contactId: string): FakeContact {
	const contact = contacts(location).get(contactId);
	if (!contact) throw badRequest('Contact not found');
	return contact;
}

function conversationResponse(location: LocationState, c: FakeConversation) {
	const contact = contacts(location).get(c.contactId);
	const fullName = [contact?.firstName, contact?.lastName].filter(Boolean).join(' ');
	return {
		id: c.id,
		contactId: c.contactId,
		locationId: c.locationId,
		assignedTo: c.assignedTo,
		lastMessageBody: c.lastMessageBody ?? '',
		lastMessageType: c.lastMessageType ?? 'TYPE_SMS',
		lastMessageDirection: c.lastMessageDirection,
		lastMessageDate: c.lastMessageDate,
		type: c.type,
		unreadCount: c.unreadCount,
		starred: c.starred,
		inbox: c.inbox,
		fullName,
		contactName: contact?.contactName ?? fullName,
		email: contact?.email ?? '',
		phone: contact?.phone ?? '',
		dateAdded: Date.parse(c.dateAdded),
		dateUpdated: Date.parse(c.dateUpdated),
		sort: [c.lastMessageDate],
	};
}

function conversationDto(c: FakeConversation) {
	return {
		id: c.id,
		locationId: c.locationId,
		contactId: c.contactId,
		assignedTo: c.assignedTo,
		userId: c.userId,
		lastMessageBody: c.lastMessageBody,
		lastMessageDate: String(c.lastMessageDate),
		lastMessageType: c.lastMessageType,
		unreadCount: c.unreadCount,
		inbox: c.inbox,
		starred: c.starred,
		deleted: c.deleted,
	};
}

const query = (ctx: FakeContext, name: string) => {
	const value = ctx.req.query[name];
	return Array.isArray(value) ? value[0] : value;
};

function pageSize(ctx: FakeContext): number {
	const raw = query(ctx, 'limit');
	const limit = raw === undefined ? 20 : Number(raw);
	if (!Number.isInteger(limit) || limit < 1 || limit > 100)
		throw unprocessable('limit must be between 1 and 100');
	return limit;
}

function emailsOf(value: unknown): string[] {
	return Array.isArray(value) ? value.map(String) : [];
}

function scheduled(message: FakeMessage): boolean {
	return message.status === 'scheduled';
}

export const handlers: Record<string, FakeHandler> = {
	'search-conversation': (ctx) => {
		const location = ctx.location();
		const limit = pageSize(ctx);
		const contactId = query(ctx, 'contactId');
		const assigned = query(ctx, 'assignedTo')
			?.split(',')
			.map((s) => s.trim())
			.filter(Boolean);
		const text = query(ctx, 'query')?.toLowerCase();
		const status = query(ctx, 'status') ?? 'all';
		const lastMessageType = query(ctx, 'lastMessageType');
		const lastMessageDirection = query(ctx, 'lastMessageDirection');
		const ascending = query(ctx, 'sort') === 'asc';
		const startAfter = query(ctx, 'startAfterDate');
		if (startAfter !== undefined && !Number.isFinite(Number(startAfter)))
			throw unprocessable('startAfterDate must be a number');

		const matching = [...conversations(location).values()]
			.filter((c) => !c.deleted)
			.filter((c) => !contactId || c.contactId === contactId)
			.filter(
				(c) =>
					!assigned?.length ||
					assigned.some((a) => (a === 'unassigned' ? !c.assignedTo : c.assignedTo === a)),
			)
			.filter((c) => {
				if (status === 'read') return c.unreadCount === 0;
				if (status === 'unread') return c.unreadCount > 0;
				if (status === 'starred') return c.starred;
				return true;
			})
			.filter((c) => !lastMessageType || c.lastMessageType === lastMessageType)
			.filter((c) => !lastMessageDirection || c.lastMessageDirection === lastMessageDirection)
			.filter((c) => {
				if (!text) return true;
				const r = conversationResponse(location, c);
				return [r.fullName, r.email, r.phone, r.lastMessageBody].some((v) =>
					String(v ?? '')
						.toLowerCase()
						.includes(text),
				);
			})
			.sort((a, b) =>
				ascending ? a.lastMessageDate - b.lastMessageDate : b.lastMessageDate - a.lastMessageDate,
			);
		const after =
			startAfter === undefined
				? matching
				: matching.filter((c) =>
						ascending
							? c.lastMessageDate > Number(startAfter)
							: c.lastMessageDate < Number(startAfter),
					);
		return {
			conversations: after.slice(0, limit).map((c) => conversationResponse(location, c)),
			total: matching.length,
		};
	},

	'get-conversation': (ctx) => {
		const { conversation } = conversationOf(ctx, ctx.req.params.conversationId);
		return { ...conversationDto(conversation), type: conversation.type === 'TYPE_EMAIL' ? 2 : 1 };
	},

	'create-conversation': (ctx) => {
		const location = ctx.location();
		const { contactId } = ctx.req.body;
		contactIn(location, contactId);
		const existing = conversationOfContact(location, contactId);
		if (existing)
			throw new FakeHttpError(400, 'Conversation already exists', { conversationId: existing.id });
		const c = createConversation(location, contactId);
		return {
			success: true,
			conversation: {
				id: c.id,
				dateUpdated: c.dateUpdated,
				dateAdded: c.dateAdded,
				deleted: c.deleted,
				contactId: c.contactId,
				locationId: c.locationId,
				lastMessageDate: new Date(c.lastMessageDate).toISOString(),
				assignedTo: c.assignedTo,
			},
		};
	},

	'update-conversation': (ctx) => {
		const { conversation, location } = conversationOf(ctx, ctx.req.params.conversationId);
		if (ctx.req.body.locationId !== location.id)
			throw badRequest('locationId does not match the conversation');
		const { unreadCount, starred, assignedTo } = ctx.req.body;
		if (unreadCount !== undefined) {
			if (!Number.isInteger(unreadCount) || unreadCount < 0)
				throw unprocessable('unreadCount must be a non-negative integer');
			conversation.unreadCount = unreadCount;
		}
		if (starred !== undefined) conversation.starred = Boolean(starred);
		// Not in the spec's UpdateConversationDto; GHL's conversation carries the field, and the fake keeps it.
		if (assignedTo !== undefined) {
			if (assignedTo && !location.collection('users').has(assignedTo))
				throw badRequest(`User ${assignedTo} not found`);
			conversation.assignedTo = assignedTo || undefined;
		}
		conversation.dateUpdated = new Date(tick()).toISOString();
		return { success: true, conversation: conversationDto(conversation) };
	},

	'delete-conversation': (ctx) => {
		const { conversation, location } = conversationOf(ctx, ctx.req.params.conversationId);
		conversations(location).delete(conversation.id);
		for (const [id, message] of messages(location))
			if (message.conversationId === conversation.id) messages(location).delete(id);
		return { success: true };
	},

	'get-messages': (ctx) => {
		const { conversation, location } = conversationOf(ctx, ctx.req.params.conversationId);
		const limit = pageSize(ctx);
		const types = query(ctx, 'type')?.split(',').filter(Boolean);
		const all = [...messages(location).values()]
			.filter((m) => m.conversationId === conversation.id)
			// The spec's message statuses have none for a cancelled scheduled message: it is not listed.
			.filter((m) => m.status !== 'cancelled')
			.filter((m) => !types?.length || types.includes(m.messageType))
			.sort((a, b) => Date.parse(b.dateAdded) - Date.parse(a.dateAdded) || (a.id < b.id ? 1 : -1));
		const lastMessageId = query(ctx, 'lastMessageId');
		let start = 0;
		if (lastMessageId) {
			const index = all.findIndex((m) => m.id === lastMessageId);
			if (index < 0) throw badRequest('lastMessageId is not a message of this conversation');
			start = index + 1;
		}
		const page = all.slice(start, start + limit);
		// GetMessagesByConversationResponseDto: the page fields at the top level.
		return {
			lastMessageId: page.at(-1)?.id ?? '',
			nextPage: start + page.length < all.length,
			messages: page,
		};
	},

	'get-message': (ctx) => {
		const { message } = messageOf(ctx, ctx.req.params.id);
		if (message.status === 'cancelled') throw notFound('Message'); // no documented status for it, see get-messages
		return message;
	},

	'get-email-by-id': (ctx) => emailOf(ctx, ctx.req.params.id).email,

	'send-a-new-message': (ctx) => {
		const location = ctx.location();
		const body = ctx.req.body;
		const contact = contactIn(location, body.contactId);
		const isEmail = body.type === 'Email';
		if (PHONE_CHANNELS.has(body.type) && !contact.phone && !body.toNumber)
			throw badRequest('Contact does not have a phone number');
		if (isEmail && !contact.email && !body.emailTo)
			throw badRequest('Contact does not have an email address');
		if (!body.message && !body.html && !body.attachments?.length && !body.templateId)
			throw badRequest('message, html, attachments or templateId is required');
		if (isEmail && !body.subject && !body.replyMessageId && !body.threadId)
			throw badRequest('subject is required for a new email');
		for (const address of [
			body.emailTo,
			...emailsOf(body.emailCc),
			...emailsOf(body.emailBcc),
		].filter(Boolean)) {
			if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(String(address)))
				throw unprocessable(`${address} is not a valid email address`);
		}
		let thread: FakeEmailMessage | undefined;
		if (body.replyMessageId || body.threadId) {
			const replyTo = body.replyMessageId ?? body.threadId;
			thread =
				emails(location).get(replyTo) ??
				[...emails(location).values()].find(
					(e) => e.messageId === replyTo || e.threadId === replyTo,
				);
			if (!thread) throw badRequest(`Message ${replyTo} to reply to not found`);
		}
		if (body.scheduledTimestamp !== undefined && body.scheduledTimestamp * 1000 <= Date.now()) {
			throw badRequest('scheduledTimestamp must be in the future');
		}

		const conversation = thread
			? conversationOf(ctx, thread.conversationId).conversation
			: (conversationOfContact(location, contact.id) ??
				createConversation(location, contact.id, { type: isEmail ? 'TYPE_EMAIL' : 'TYPE_PHONE' }));
		const text = String(body.message ?? String(body.html ?? '').replace(/<[^>]+>/g, ''));
		const status = body.scheduledTimestamp ? 'scheduled' : 'sent';
		const message = addMessage(location, conversation, {
			type: body.type,
			direction: 'outbound',
			body: text,
			status,
			attachments: body.attachments,
			conversationProviderId: body.conversationProviderId,
			scheduledTimestamp: body.scheduledTimestamp,
		});
		let emailMessageId: string | undefined;
		if (isEmail) {
			const email: FakeEmailMessage = {
				id: newId(),
				messageId: message.id,
				threadId: thread?.threadId ?? message.id,
				locationId: location.id,
				contactId: contact.id,
				conversationId: conversation.id,
				dateAdded: message.dateAdded,
				subject: body.subject ?? (thread?.subject ? `Re: ${thread.subject}` : undefined),
				body: body.html ?? body.message,
				direction: 'outbound',
				status,
				contentType: body.html ? 'text/html' : 'text/plain',
				attachments: body.attachments ?? [],
				from: body.emailFrom ?? 'Main Street Dental <hello@mainstreetdental.example>',
				to: [body.emailTo ?? contact.email!],
				cc: emailsOf(body.emailCc),
				bcc: emailsOf(body.emailBcc),
				replyToMessageId: thread?.id,
				source: 'api',
			};
			emails(location).set(email.id, email);
			emailMessageId = email.id;
			message.emailMessageId = email.id;
			message.meta = { email: { messageIds: [email.id] } };
			if (thread) {
				const first = messages(location).get(thread.messageId);
				const ids = (first?.meta?.email as { messageIds?: string[] } | undefined)?.messageIds ?? [];
				ids.push(email.id);
			}
		}
		return {
			conversationId: conversation.id,
			messageId: message.id,
			...(emailMessageId ? { emailMessageId } : {}),
			status: status === 'scheduled' ? 'pending' : 'delivered',
			msg: status === 'scheduled' ? 'Message scheduled' : 'Message queued successfully.',
		};
	},

	'add-an-inbound-message': (ctx) => {
		const body = ctx.req.body;
		const { conversation, location } = conversationOf(ctx, body.conversationId);
		if (conversation.contactId !== body.contactId)
			throw badRequest('The conversation belongs to another contact');
		const message = addMessage(location, conversation, {
			type: body.type,
			direction: 'inbound',
			body: body.message ?? String(body.html ?? '').replace(/<[^>]+>/g, ''),
			attachments: body.attachments,
			conversationProviderId: body.conversationProviderId,
			altId: body.altId,
			date: body.date,
			meta: body.call ? { callStatus: body.call.status } : undefined,
		});
		let emailMessageId: string | undefined;
		if (body.type === 'Email') {
			const contact = contactIn(location, conversation.contactId);
			const email: FakeEmailMessage = {
				id: newId(),
				messageId: message.id,
				threadId: body.emailMessageId ?? message.id,
				locationId: location.id,
				contactId: contact.id,
				conversationId: conversation.id,
				dateAdded: message.dateAdded,
				subject: body.subject,
				body: body.html ?? body.message ?? '',
				direction: 'inbound',
				status: 'delivered',
				contentType: body.html ? 'text/html' : 'text/plain',
				attachments: body.attachments ?? [],
				from: body.emailFrom ?? contact.email ?? '',
				to: [body.emailTo ?? 'hello@mainstreetdental.example'],
				cc: emailsOf(body.emailCc),
				bcc: emailsOf(body.emailBcc),
				replyToMessageId: body.emailMessageId,
				source: 'api',
				conversationProviderId: body.conversationProviderId,
				altId: body.altId,
			};
			emails(location).set(email.id, email);
			emailMessageId = email.id;
			message.emailMessageId = email.id;
		}
		return {
			success: true,
			conversationId: conversation.id,
			messageId: message.id,
			message: 'Message added',
			contactId: conversation.contactId,
			dateAdded: message.dateAdded,
			...(emailMessageId ? { emailMessageId } : {}),
		};
	},

	'add-an-outbound-message': (ctx) => {
		const body = ctx.req.body;
		const { conversation, location } = conversationOf(ctx, body.conversationId);
		const message = addMessage(location, conversation, {
			type: 'Call',
			direction: 'outbound',
			body: '',
			attachments: body.attachments,
			conversationProviderId: body.conversationProviderId,
			altId: body.altId,
			date: body.date,
			meta: body.call ? { callStatus: body.call.status, call: body.call } : undefined,
			status:
				body.call?.status === 'completed' || body.call?.status === 'answered'
					? 'delivered'
					: 'sent',
		});
		return {
			success: true,
			conversationId: conversation.id,
			messageId: message.id,
			message: 'Call added',
			contactId: conversation.contactId,
			dateAdded: message.dateAdded,
		};
	},

	'update-message-status': (ctx) => {
		const { message } = messageOf(ctx, ctx.req.params.messageId);
		if (message.direction !== 'outbound')
			throw badRequest('Only outbound messages have a delivery status to update');
		message.status = ctx.req.body.status;
		if (ctx.req.body.error) message.error = ctx.req.body.error;
		return {
			conversationId: message.conversationId,
			messageId: message.id,
			...(message.emailMessageId ? { emailMessageId: message.emailMessageId } : {}),
			status: ctx.req.body.status,
		};
	},

	'cancel-scheduled-message': (ctx) => {
		const { message } = messageOf(ctx, ctx.req.params.messageId);
		if (!scheduled(message)) throw badRequest('The message is not scheduled');
		message.status = 'cancelled';
		return { status: 200, message: 'Scheduled message cancelled' };
	},

	'cancel-scheduled-email-message': (ctx) => {
		const { email, location } = emailOf(ctx, ctx.req.params.emailMessageId);
		const message = messages(location).get(email.messageId);
		if (!message || !scheduled(message)) throw badRequest('The email is not scheduled');
		message.status = 'cancelled';
		email.status = 'cancelled';
		return { status: 200, message: 'Scheduled email cancelled' };
	},
};
