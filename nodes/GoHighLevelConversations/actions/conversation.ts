import type { IDataObject } from 'n8n-workflow';

import { userProperty } from '../../shared/descriptions';
import type { OperationApi } from '../../shared/operations/api';
import { compact, type Params } from '../../shared/operations/params';
import type { OperationDefinition, ResourceDefinition } from '../../shared/operations/types';
import type { Pagination } from '../../shared/transport/pagination';
import { contactId, conversationLocator } from './fields';

const path = (p: Params) => `/conversations/${p.id('conversationId')}`;

/**
 * GHL pages the search with `startAfterDate`, the `sort` value of the last conversation seen; the shared pager has
 * no such style, so `searchConversations` pages itself. This entry gives the operation Return All / Limit.
 */
const searchPagination: Pagination = {
	style: 'startAfter',
	records: 'conversations',
	maxPageSize: 100,
	sizeParam: 'limit',
	total: 'total',
};

export async function searchConversations(
	api: OperationApi,
	locationId: string,
	qs: IDataObject,
	limit?: number,
): Promise<IDataObject[]> {
	const results: IDataObject[] = [];
	let startAfterDate: unknown;
	for (;;) {
		const wanted =
			limit === undefined
				? searchPagination.maxPageSize
				: Math.min(limit - results.length, searchPagination.maxPageSize);
		const body = await api.request({
			method: 'GET',
			path: '/conversations/search',
			qs: {
				...qs,
				locationId,
				limit: wanted,
				...(startAfterDate !== undefined ? { startAfterDate } : {}),
			},
			locationId,
		});
		const page = (body.conversations as IDataObject[]) ?? [];
		for (const conversation of page) {
			results.push(conversation);
			if (limit !== undefined && results.length >= limit) return results;
		}
		const total = Number(body.total);
		if (page.length < wanted || (Number.isFinite(total) && results.length >= total)) return results;
		const last = page[page.length - 1];
		const next = Array.isArray(last.sort) ? last.sort[0] : last.lastMessageDate;
		// A cursor that does not move would ask for the same page forever.
		if (next === undefined || next === null || next === startAfterDate) return results;
		startAfterDate = next;
	}
}

const STATUSES = [
	{ name: 'All', value: 'all' },
	{ name: 'Read', value: 'read' },
	{ name: 'Unread', value: 'unread' },
	{ name: 'Starred', value: 'starred' },
	{ name: 'Recents', value: 'recents' },
];

const search: OperationDefinition = {
	value: 'search',
	name: 'Search',
	action: 'Search conversations',
	description:
		'Find conversations by contact, assignee, read status or text, newest activity first',
	endpoints: ['GET /conversations/search'],
	properties: [
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				userProperty('assignedTo', 'Assigned User Name or ID'),
				{
					displayName: 'Contact ID',
					name: 'contactId',
					type: 'string',
					default: '',
					description: 'Only the conversations of this contact',
				},
				{
					displayName: 'Last Message Direction',
					name: 'lastMessageDirection',
					type: 'options',
					options: [
						{ name: 'Inbound', value: 'inbound' },
						{ name: 'Outbound', value: 'outbound' },
					],
					default: 'inbound',
				},
				{
					displayName: 'Only Unassigned',
					name: 'unassigned',
					type: 'boolean',
					default: false,
					description: 'Whether to return only conversations nobody is assigned to',
				},
				{
					displayName: 'Query',
					name: 'query',
					type: 'string',
					default: '',
					description: "Matches the contact's name, email, phone or the message text",
				},
				{
					displayName: 'Status',
					name: 'status',
					type: 'options',
					options: STATUSES,
					default: 'all',
					description: 'Unread returns conversations with unread messages',
				},
			],
		},
		{
			displayName: 'Order',
			name: 'sort',
			type: 'options',
			options: [
				{ name: 'Newest Activity First', value: 'desc' },
				{ name: 'Oldest Activity First', value: 'asc' },
			],
			default: 'desc',
		},
	],
	list: searchPagination,
	run: async (p, api) => {
		const { unassigned, ...filters } = compact(p.collection('filters'));
		const status = filters.status as string | undefined;
		if (status && !STATUSES.some((s) => s.value === status)) {
			p.fail(`"Status" must be one of ${STATUSES.map((s) => s.value).join(', ')}: "${status}"`);
		}
		if (unassigned) {
			if (filters.assignedTo)
				p.fail(
					'"Only Unassigned" and "Assigned User Name or ID" exclude each other',
					'Use one of the two filters.',
				);
			filters.assignedTo = 'unassigned';
		}
		const limit = p.boolean('returnAll') ? undefined : p.number('limit', 50);
		return await searchConversations(
			api,
			p.locationId(),
			{ ...filters, sort: p.raw('sort', 'desc') },
			limit,
		);
	},
};

const get: OperationDefinition = {
	value: 'get',
	name: 'Get',
	action: 'Get a conversation',
	description: 'Get a conversation by ID',
	endpoints: ['GET /conversations/{conversationId}'],
	properties: [conversationLocator()],
	request: (p) => ({ method: 'GET', path: path(p) }),
	output: (body) => (body.conversation as IDataObject | undefined) ?? body,
};

const create: OperationDefinition = {
	value: 'create',
	name: 'Create',
	action: 'Create a conversation',
	description: 'Start a conversation with a contact (GHL keeps one per contact)',
	endpoints: ['POST /conversations/'],
	properties: [contactId],
	request: (p) => ({
		method: 'POST',
		path: '/conversations/',
		body: { locationId: p.locationId(), contactId: p.id('contactId') },
		locationId: p.locationId(),
	}),
	output: (body) => body.conversation as IDataObject,
};

const update: OperationDefinition = {
	value: 'update',
	name: 'Update',
	action: 'Update a conversation',
	description: 'Mark a conversation read or unread, star it, or assign it to a user',
	endpoints: ['PUT /conversations/{conversationId}'],
	properties: [
		conversationLocator(),
		{
			displayName: 'Update Fields',
			name: 'fields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				userProperty('assignedTo', 'Assigned User Name or ID'),
				{
					displayName: 'Mark As',
					name: 'readStatus',
					type: 'options',
					options: [
						{ name: 'Read', value: 'read', description: 'No unread messages' },
						{
							name: 'Unread',
							value: 'unread',
							description: 'One unread message, so it shows as unread in the inbox',
						},
					],
					default: 'read',
				},
				{
					displayName: 'Starred',
					name: 'starred',
					type: 'boolean',
					default: true,
					description: 'Whether the conversation is starred',
				},
			],
		},
	],
	request: (p) => {
		const fields = p.collection('fields');
		const body: IDataObject = {};
		if (fields.readStatus !== undefined) {
			if (fields.readStatus !== 'read' && fields.readStatus !== 'unread')
				p.fail(`"Mark As" must be read or unread: "${String(fields.readStatus)}"`);
			body.unreadCount = fields.readStatus === 'read' ? 0 : 1;
		}
		if (fields.starred !== undefined) body.starred = Boolean(fields.starred);
		// The spec's UpdateConversationDto omits assignedTo; the conversation carries it and GHL's inbox sets it here.
		if (String(fields.assignedTo ?? '').trim()) body.assignedTo = String(fields.assignedTo).trim();
		if (!Object.keys(body).length)
			p.fail('Nothing to update', 'Add at least one field under "Update Fields".');
		return {
			method: 'PUT',
			path: path(p),
			body: { locationId: p.locationId(), ...body },
			locationId: p.locationId(),
		};
	},
	output: (body) => (body.conversation as IDataObject | undefined) ?? body,
};

const remove: OperationDefinition = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a conversation',
	description: 'Delete a conversation and its messages',
	endpoints: ['DELETE /conversations/{conversationId}'],
	properties: [conversationLocator()],
	request: (p) => ({ method: 'DELETE', path: path(p) }),
	output: (body, p) => ({ id: p.id('conversationId'), deleted: body.success !== false }),
};

export const conversationResource: ResourceDefinition = {
	value: 'conversation',
	name: 'Conversation',
	defaultOperation: search.value,
	operations: [create, remove, get, search, update],
};
