import type { IDataObject } from 'n8n-workflow';

import { webhookEvents } from './events';

/** The option that starts the workflow for every event, including ones GHL adds after this catalog. */
export const ALL_EVENTS = '*';
/** The option for a GHL workflow's Webhook / Custom Webhook action: contact fields and custom data, no `type`. */
export const WORKFLOW_WEBHOOK = 'WorkflowWebhook';

const eventByType = new Map(
	webhookEvents.flatMap((event) => event.types.map((type) => [type, event.value] as const)),
);
const areaByEvent = new Map(webhookEvents.map((event) => [event.value, event.area]));

/** Fields only a GHL workflow's Webhook action sends; a body with one of them came from a workflow action. */
const workflowWebhookFields = ['contact_id', 'customData', 'workflow'];

/**
 * A conversation provider's outbound message names its channel in `type`, not the event (its doc says it
 * differs from the other webhooks), and always carries the message's id.
 */
const providerChannels = ['SMS', 'Email'];

/**
 * A delivery of GHL's marketplace app whose body names no event the trigger knows: no `type` (GHL's documented
 * examples for invoices, products, prices, custom object records and associations) or a `type` that is a field of
 * the record, not an event name (the price examples' "one_time"). It is never given a guessed event's name.
 */
export const UNIDENTIFIED_EVENT = 'Unidentified';

/** What an event name looks like: ContactCreate, PLAN_CHANGE. A record's own `type` ("one_time", "SMS") does not. */
const eventNamePattern =
	/^(?:[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+|[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[A-Z]{4,})$/;

/**
 * Which event a body is, from its `type` only: the catalog event it names; a conversation provider's outbound
 * message (its `type` is the channel); a GHL workflow action's webhook when it carries that action's fields, or
 * when it came without GHL's marketplace signature header and names no event (a Custom Webhook's own body); an
 * event GHL added after this catalog when `type` looks like an event name; otherwise UNIDENTIFIED_EVENT.
 */
export function identifyEvent(body: IDataObject, fromMarketplace = true): string {
	const type = body.type;
	if (typeof type === 'string' && eventByType.has(type)) return eventByType.get(type)!;
	if (
		typeof type === 'string' &&
		providerChannels.includes(type) &&
		typeof body.messageId === 'string'
	) {
		return 'ProviderOutboundMessage';
	}
	if (workflowWebhookFields.some((field) => field in body)) return WORKFLOW_WEBHOOK;
	const namesAnEvent = typeof type === 'string' && eventNamePattern.test(type);
	if (namesAnEvent) return type;
	return fromMarketplace ? UNIDENTIFIED_EVENT : WORKFLOW_WEBHOOK;
}

export function areaOf(event: string): string | undefined {
	return event === WORKFLOW_WEBHOOK ? 'Workflow' : areaByEvent.get(event);
}

function text(value: unknown): string | undefined {
	return typeof value === 'string' && value ? value : undefined;
}

function objectAt(body: IDataObject, key: string): IDataObject | undefined {
	const value = body[key];
	return value && typeof value === 'object' && !Array.isArray(value)
		? (value as IDataObject)
		: undefined;
}

/** The sub-account an event belongs to, wherever its kind of payload keeps it. */
export function locationOf(event: string, body: IDataObject): string | undefined {
	const area = areaOf(event);
	if (area === 'Sub-Account') return text(body.id);
	if (area === 'Workflow') return text(objectAt(body, 'location')?.id) ?? text(body.locationId);
	return text(body.locationId) ?? (body.altType === 'location' ? text(body.altId) : undefined);
}

export interface EventFilters {
	locationIds: string[];
	pipelineIds: string[];
	stageIds: string[];
	tags: string[];
}

/** Why an event is filtered out, or undefined when it passes every filter that applies to it. */
export function filteredOutBecause(
	event: string,
	body: IDataObject,
	filters: EventFilters,
): string | undefined {
	if (filters.locationIds.length) {
		const location = locationOf(event, body);
		if (!location || !filters.locationIds.includes(location))
			return 'its sub-account is not in Sub-Account IDs';
	}
	if (areaOf(event) === 'Opportunity') {
		if (filters.pipelineIds.length && !filters.pipelineIds.includes(text(body.pipelineId) ?? '')) {
			return 'its pipeline is not in Pipeline IDs';
		}
		if (filters.stageIds.length && !filters.stageIds.includes(text(body.pipelineStageId) ?? '')) {
			return 'its stage is not in Stage IDs';
		}
	}
	if (event === 'ContactTagUpdate' && filters.tags.length) {
		// GHL stores tags in lower case; people type them as they see them.
		const tags = (Array.isArray(body.tags) ? body.tags : []).map((tag) =>
			String(tag).trim().toLowerCase(),
		);
		if (!filters.tags.some((tag) => tags.includes(tag.trim().toLowerCase())))
			return 'the contact has none of the tags in Tags';
	}
	return undefined;
}

/** [output field, dot path in the body] per area: the fields people use in the next node. */
const simplifiedFields: Record<string, Array<[string, string]>> = {
	App: [
		['appId', 'appId'],
		['companyId', 'companyId'],
		['userId', 'userId'],
		['planId', 'planId'],
		['companyName', 'companyName'],
	],
	Appointment: [
		['calendarId', 'appointment.calendarId'],
		['contactId', 'appointment.contactId'],
		['title', 'appointment.title'],
		['status', 'appointment.appointmentStatus'],
		['startTime', 'appointment.startTime'],
		['endTime', 'appointment.endTime'],
		['assignedUserId', 'appointment.assignedUserId'],
	],
	Association: [
		['firstObjectKey', 'firstObjectKey'],
		['firstRecordId', 'firstRecordId'],
		['secondObjectKey', 'secondObjectKey'],
		['secondRecordId', 'secondRecordId'],
		['associationId', 'associationId'],
		['key', 'key'],
	],
	Campaign: [
		['contactId', 'contactId'],
		['status', 'status'],
		['templateId', 'templateId'],
	],
	Contact: [
		['firstName', 'firstName'],
		['lastName', 'lastName'],
		['name', 'name'],
		['email', 'email'],
		['phone', 'phone'],
		['companyName', 'companyName'],
		['tags', 'tags'],
		['dnd', 'dnd'],
		['assignedTo', 'assignedTo'],
		['source', 'source'],
	],
	Conversation: [
		['contactId', 'contactId'],
		['conversationId', 'conversationId'],
		['messageId', 'messageId'],
		['messageType', 'messageType'],
		['direction', 'direction'],
		['status', 'status'],
		['body', 'body'],
		['message', 'message'],
		['subject', 'subject'],
		['unreadCount', 'unreadCount'],
	],
	'Custom Object': [
		['objectKey', 'key'],
		['owners', 'owners'],
		['properties', 'properties'],
	],
	Email: [
		['emailEvent', 'webhookPayload.event'],
		['recipient', 'webhookPayload.recipient'],
	],
	Invoice: [
		['invoiceNumber', 'invoiceNumber'],
		['name', 'name'],
		['status', 'status'],
		['total', 'total'],
		['amountDue', 'amountDue'],
		['amountPaid', 'amountPaid'],
		['currency', 'currency'],
		['contactId', 'contactDetails.id'],
		['contactName', 'contactDetails.name'],
		['contactEmail', 'contactDetails.email'],
		['dueDate', 'dueDate'],
	],
	Note: [
		['contactId', 'contactId'],
		['body', 'body'],
	],
	Opportunity: [
		['name', 'name'],
		['contactId', 'contactId'],
		['pipelineId', 'pipelineId'],
		['pipelineStageId', 'pipelineStageId'],
		['status', 'status'],
		['monetaryValue', 'monetaryValue'],
		['assignedTo', 'assignedTo'],
		['source', 'source'],
	],
	Order: [
		['contactId', 'contactId'],
		['status', 'status'],
		['fulfillmentStatus', 'fulfillmentStatus'],
		['amount', 'amount'],
		['currency', 'currency'],
	],
	Price: [
		['name', 'name'],
		['productId', 'product'],
		['amount', 'amount'],
		['currency', 'currency'],
	],
	Product: [
		['name', 'name'],
		['productType', 'productType'],
		['description', 'description'],
	],
	'Sub-Account': [
		['name', 'name'],
		['email', 'email'],
		['companyId', 'companyId'],
	],
	Task: [
		['contactId', 'contactId'],
		['title', 'title'],
		['body', 'body'],
		['dueDate', 'dueDate'],
		['assignedTo', 'assignedTo'],
	],
	User: [
		['firstName', 'firstName'],
		['lastName', 'lastName'],
		['email', 'email'],
		['phone', 'phone'],
		['role', 'role'],
	],
	Workflow: [
		['contactId', 'contact_id'],
		['firstName', 'first_name'],
		['lastName', 'last_name'],
		['name', 'full_name'],
		['email', 'email'],
		['phone', 'phone'],
		['tags', 'tags'],
		['workflowId', 'workflow.id'],
		['workflowName', 'workflow.name'],
		['customData', 'customData'],
	],
};

function valueAt(body: IDataObject, path: string): unknown {
	return path
		.split('.')
		.reduce<unknown>(
			(value, key) =>
				value && typeof value === 'object' ? (value as IDataObject)[key] : undefined,
			body,
		);
}

/** The id of the thing the event is about, under whichever name its payload uses. */
function idOf(body: IDataObject): unknown {
	return (
		body.id ?? body._id ?? objectAt(body, 'appointment')?.id ?? body.messageId ?? body.contact_id
	);
}

/** Simplify: id, event, sub-account, when, and the area's fields that are present. */
export function simplify(event: string, body: IDataObject, receivedAt: string): IDataObject {
	const out: IDataObject = {
		id: idOf(body) as IDataObject[string],
		event,
		locationId: locationOf(event, body),
	};
	for (const [field, path] of simplifiedFields[areaOf(event) ?? ''] ?? []) {
		const value = valueAt(body, path);
		if (value !== undefined) out[field] = value as IDataObject[string];
	}
	if (body.webhookId !== undefined) out.webhookId = body.webhookId;
	out.receivedAt = receivedAt;
	return Object.fromEntries(Object.entries(out).filter(([, value]) => value !== undefined));
}
