import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { contactLocator, recordLocator } from '../../shared/descriptions';
import type { OperationApi } from '../../shared/operations/api';
import type { Params } from '../../shared/operations/params';

export function conversationLocator(
	required = true,
	displayName = 'Conversation',
): INodeProperties {
	return recordLocator('conversationId', displayName, 'searchConversations', {
		required,
		placeholder: 'ABCHkzuJQ8ZMd4Te84GK',
		description: "The conversation, picked from the sub-account's inbox or given by ID",
	});
}

export const contactId = contactLocator();

export const messageId: INodeProperties = {
	displayName: 'Message ID',
	name: 'messageId',
	type: 'string',
	default: '',
	required: true,
	placeholder: 't22c6DQcTDf3MjRhwf77',
	description: 'The messageId GHL returned when the message was sent or added',
};

/** Comma-separated text or a list, as a list of trimmed, non-empty strings. */
export function list(value: unknown): string[] {
	const items = Array.isArray(value) ? value : String(value ?? '').split(',');
	return items.map((v) => String(v).trim()).filter(Boolean);
}

/** Email addresses from a comma-separated field, each checked, naming the field when one is not an address. */
export function emails(p: Params, value: unknown, field: string): string[] | undefined {
	const addresses = list(value).map((address) => p.email(address, field));
	return addresses.length ? addresses : undefined;
}

/** Attachment URLs, each an http(s) URL GHL can fetch. */
export function attachmentUrls(
	p: Params,
	value: unknown,
	field = 'Attachment URLs',
): string[] | undefined {
	const urls = list(value);
	for (const url of urls) {
		if (!/^https?:\/\/\S+$/i.test(url))
			p.fail(
				`"${field}" must be http(s) URLs: "${url}"`,
				'Give public file URLs, separated by commas.',
			);
	}
	return urls.length ? urls : undefined;
}

/**
 * The contact's conversation: the one GHL already has, else a new one. GHL wants a conversation ID to add
 * inbound messages and call records, while a send creates it on its own.
 */
export async function conversationForContact(
	api: OperationApi,
	locationId: string,
	contact: string,
): Promise<{ id: string; created: boolean }> {
	const found = await api.request({
		method: 'GET',
		path: '/conversations/search',
		qs: { locationId, contactId: contact, limit: 1 },
		locationId,
	});
	const existing = ((found.conversations as IDataObject[]) ?? [])[0];
	if (existing?.id) return { id: String(existing.id), created: false };
	const created = await api.request({
		method: 'POST',
		path: '/conversations/',
		body: { locationId, contactId: contact },
		locationId,
	});
	return { id: String((created.conversation as IDataObject).id), created: true };
}
