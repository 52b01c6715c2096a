import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { pickerLocation } from '../shared/methods/location';
import { ghlRequest } from '../shared/transport';

const PAGE = 50;

/** The inbox, newest activity first, searched by GHL (name, email, phone, message text); paged by `sort`. */
export async function searchConversations(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const { account, locationId } = await pickerLocation(this);
	const qs: IDataObject = { locationId, limit: PAGE, ...(filter ? { query: filter } : {}) };
	if (paginationToken) qs.startAfterDate = Number(paginationToken);
	const { body } = await ghlRequest.call(
		this,
		{ method: 'GET', path: '/conversations/search', qs, locationId },
		0,
		account,
	);
	const conversations = (body.conversations as IDataObject[]) ?? [];
	const last = conversations[conversations.length - 1];
	const next = last ? (Array.isArray(last.sort) ? last.sort[0] : last.lastMessageDate) : undefined;
	return {
		results: conversations.map((c) => {
			const who = String(c.fullName || c.contactName || c.email || c.phone || c.contactId || c.id);
			const text = String(c.lastMessageBody ?? '')
				.replace(/\s+/g, ' ')
				.trim();
			return {
				name: text ? `${who} · ${text.length > 40 ? `${text.slice(0, 40)}…` : text}` : who,
				value: String(c.id),
			};
		}),
		paginationToken: conversations.length === PAGE && next !== undefined ? String(next) : undefined,
	};
}
