import type { IDataObject } from 'n8n-workflow';

import { contactLocator, userProperty } from '../../shared/descriptions';
import { compact } from '../../shared/operations/params';
import type { OperationDefinition, ResourceDefinition } from '../../shared/operations/types';
import type { Pagination } from '../../shared/transport/pagination';
import { updateCustomFieldsOperation } from '../../shared/customFields/locationFields';
import { contactBody, contactFieldsProperty } from './contactFields';

const contactId = contactLocator();

const searchPagination: Pagination = {
	style: 'searchAfter',
	records: 'contacts',
	maxPageSize: 100,
	sizeParam: 'pageLimit',
	in: 'body',
	total: 'total',
};

const create: OperationDefinition = {
	value: 'create',
	name: 'Create',
	action: 'Create a contact',
	description: 'Create a new contact',
	endpoints: ['POST /contacts/'],
	properties: [contactFieldsProperty('Contact Fields')],
	request: (p) => {
		const locationId = p.locationId();
		const body = contactBody(p, p.collection('fields'));
		if (!body.email && !body.phone && !body.name && !body.firstName && !body.lastName) {
			p.fail(
				'A contact needs at least an email, a phone or a name',
				'Add one of them under "Contact Fields".',
			);
		}
		return { method: 'POST', path: '/contacts/', body: { ...body, locationId }, locationId };
	},
	output: (body) => body.contact as IDataObject,
};

const upsert: OperationDefinition = {
	value: 'upsert',
	name: 'Create or Update',
	action: 'Create or update a contact',
	// GHL matches the existing contact by email or phone, per the sub-account's duplicate settings.
	description: 'Create a new record, or update the current one if it already exists (upsert)',
	endpoints: ['POST /contacts/upsert'],
	properties: [contactFieldsProperty('Contact Fields')],
	request: (p) => {
		const locationId = p.locationId();
		const body = contactBody(p, p.collection('fields'));
		if (!body.email && !body.phone) {
			p.fail(
				'"Email" or "Phone" is required to create or update a contact',
				'GHL finds the existing contact by them.',
			);
		}
		return { method: 'POST', path: '/contacts/upsert', body: { ...body, locationId }, locationId };
	},
	output: (body) => ({ ...(body.contact as IDataObject), isNew: body.new }),
};

const get: OperationDefinition = {
	value: 'get',
	name: 'Get',
	action: 'Get a contact',
	description: 'Get a contact by ID',
	endpoints: ['GET /contacts/{contactId}'],
	properties: [contactId],
	request: (p) => ({ method: 'GET', path: `/contacts/${p.id('contactId')}` }),
	output: (body) => body.contact as IDataObject,
};

const getMany: OperationDefinition = {
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many contacts',
	description: 'List the contacts of the sub-account, optionally filtered',
	endpoints: ['POST /contacts/search'],
	list: searchPagination,
	properties: [
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				userProperty('assignedTo', 'Assigned User Name or ID'),
				{ displayName: 'Added After', name: 'addedAfter', type: 'dateTime', default: '' },
				{ displayName: 'Added Before', name: 'addedBefore', type: 'dateTime', default: '' },
				{
					displayName: 'Query',
					name: 'query',
					type: 'string',
					default: '',
					description: 'Matches name, email, phone and company',
				},
				{
					displayName: 'Tag',
					name: 'tag',
					type: 'string',
					default: '',
					description: 'Only contacts that have this tag',
				},
			],
		},
	],
	request: (p) => {
		const locationId = p.locationId();
		const filters = p.collection('filters');
		const conditions: IDataObject[] = [];
		if (filters.assignedTo)
			conditions.push({ field: 'assignedTo', operator: 'eq', value: filters.assignedTo });
		if (filters.tag)
			conditions.push({ field: 'tags', operator: 'contains', value: String(filters.tag).trim() });
		if (filters.addedAfter || filters.addedBefore) {
			conditions.push({
				field: 'dateAdded',
				operator: 'range',
				value: {
					...(filters.addedAfter ? { gte: p.isoDate(filters.addedAfter, 'Added After') } : {}),
					...(filters.addedBefore ? { lte: p.isoDate(filters.addedBefore, 'Added Before') } : {}),
				},
			});
		}
		const body: IDataObject = { locationId, sort: [{ field: 'dateAdded', direction: 'desc' }] };
		if (filters.query) body.query = String(filters.query);
		if (conditions.length) body.filters = conditions;
		return { method: 'POST', path: '/contacts/search', body, locationId };
	},
};

const search: OperationDefinition = {
	value: 'search',
	name: 'Search',
	action: 'Search contacts',
	description: "Search with GHL's advanced filters (POST /contacts/search)",
	endpoints: ['POST /contacts/search'],
	list: searchPagination,
	properties: [
		{
			displayName: 'Query',
			name: 'query',
			type: 'string',
			default: '',
			description: 'Free text matched against name, email, phone and company',
		},
		{
			displayName: 'Filters (JSON)',
			name: 'filters',
			type: 'json',
			default: '[]',
			description:
				'GHL search filters, e.g. [{"field":"tags","operator":"contains","value":"vip"}]. See GHL\'s "Search Contacts" docs for fields and operators.',
		},
		{
			displayName: 'Sort',
			name: 'sort',
			type: 'collection',
			placeholder: 'Add Sort',
			default: {},
			options: [
				{
					displayName: 'Field',
					name: 'field',
					type: 'options',
					options: [
						{ name: 'Date Added', value: 'dateAdded' },
						{ name: 'Date Updated', value: 'dateUpdated' },
						{ name: 'First Name', value: 'firstNameLowerCase' },
						{ name: 'Last Name', value: 'lastNameLowerCase' },
					],
					default: 'dateAdded',
				},
				{
					displayName: 'Direction',
					name: 'direction',
					type: 'options',
					options: [
						{ name: 'Ascending', value: 'asc' },
						{ name: 'Descending', value: 'desc' },
					],
					default: 'desc',
				},
			],
		},
	],
	request: (p) => {
		const locationId = p.locationId();
		const filters = p.json('filters');
		if (!Array.isArray(filters)) p.fail('"Filters (JSON)" must be a JSON array of filters');
		const sort = p.collection('sort');
		const body: IDataObject = { locationId };
		const query = p.optionalString('query');
		if (query) body.query = query;
		if (filters.length) body.filters = filters;
		if (sort.field) body.sort = [{ field: sort.field, direction: sort.direction ?? 'desc' }];
		return { method: 'POST', path: '/contacts/search', body, locationId };
	},
};

const findDuplicate: OperationDefinition = {
	value: 'findDuplicate',
	name: 'Find Duplicate',
	action: 'Find a duplicate contact',
	description:
		"Find the contact that has an email or phone, per the sub-account's duplicate settings",
	endpoints: ['GET /contacts/search/duplicate'],
	properties: [
		{
			displayName: 'Email',
			name: 'email',
			type: 'string',
			placeholder: 'name@email.com',
			default: '',
		},
		{
			displayName: 'Phone',
			name: 'phone',
			type: 'string',
			default: '',
			placeholder: '+14155550123',
		},
	],
	request: (p) => {
		const locationId = p.locationId();
		const email = p.optionalString('email');
		const phone = p.optionalString('phone');
		if (!email && !phone) p.fail('"Email" or "Phone" is required to find a duplicate');
		return {
			method: 'GET',
			path: '/contacts/search/duplicate',
			qs: {
				locationId,
				...(email ? { email: p.email(email, 'Email') } : {}),
				...(phone ? { number: p.phone(phone, 'Phone') } : {}),
			},
			locationId,
		};
	},
	output: (body) => ({
		found: Boolean(body.contact),
		contact: (body.contact as IDataObject) ?? null,
	}),
};

const update: OperationDefinition = {
	value: 'update',
	name: 'Update',
	action: 'Update a contact',
	description: "Change a contact's fields",
	endpoints: ['PUT /contacts/{contactId}'],
	properties: [contactId, contactFieldsProperty('Update Fields')],
	request: (p) => {
		const id = p.id('contactId');
		const body = contactBody(p, p.collection('fields'));
		if (!Object.keys(body).length)
			p.fail('Nothing to update', 'Add at least one field under "Update Fields".');
		return { method: 'PUT', path: `/contacts/${id}`, body };
	},
	output: (body) => body.contact as IDataObject,
};

const remove: OperationDefinition = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a contact',
	description: 'Delete a contact',
	endpoints: ['DELETE /contacts/{contactId}'],
	properties: [contactId],
	request: (p) => ({ method: 'DELETE', path: `/contacts/${p.id('contactId')}` }),
	output: (body, p) => ({ id: p.id('contactId'), deleted: body.succeded !== false }),
};

const tagsProperty = {
	displayName: 'Tags',
	name: 'tags',
	type: 'string' as const,
	default: '',
	required: true,
	placeholder: 'vip, newsletter',
	description: 'Comma-separated tags',
};

const addTags: OperationDefinition = {
	value: 'addTags',
	name: 'Add Tags',
	action: 'Add tags to a contact',
	description: 'Add tags to a contact, keeping the ones it has',
	endpoints: ['POST /contacts/{contactId}/tags'],
	properties: [contactId, tagsProperty],
	request: (p) => ({
		method: 'POST',
		path: `/contacts/${p.id('contactId')}/tags`,
		body: { tags: p.tags(p.raw('tags'), 'Tags') },
	}),
	output: (body, p) => ({ id: p.id('contactId'), tags: body.tags }),
};

const removeTags: OperationDefinition = {
	value: 'removeTags',
	name: 'Remove Tags',
	action: 'Remove tags from a contact',
	description: 'Remove tags from a contact',
	endpoints: ['DELETE /contacts/{contactId}/tags'],
	properties: [contactId, tagsProperty],
	request: (p) => ({
		method: 'DELETE',
		path: `/contacts/${p.id('contactId')}/tags`,
		body: { tags: p.tags(p.raw('tags'), 'Tags') },
	}),
	output: (body, p) => ({ id: p.id('contactId'), tags: body.tags }),
};

const followersProperty = userProperty('followers', 'Follower Names or IDs', {
	type: 'multiOptions',
	default: [],
	required: true,
	description:
		'Users who follow the contact. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
});

function followers(p: Parameters<NonNullable<OperationDefinition['request']>>[0]): string[] {
	const value = p.raw<unknown>('followers', []);
	const list = (Array.isArray(value) ? value : String(value).split(','))
		.map((v) => String(v).trim())
		.filter(Boolean);
	if (!list.length) p.fail('"Follower Names or IDs" needs at least one user');
	return list;
}

const addFollowers: OperationDefinition = {
	value: 'addFollowers',
	name: 'Add Followers',
	action: 'Add followers to a contact',
	description: 'Add users as followers of a contact',
	endpoints: ['POST /contacts/{contactId}/followers'],
	properties: [contactId, followersProperty],
	request: (p) => ({
		method: 'POST',
		path: `/contacts/${p.id('contactId')}/followers`,
		body: { followers: followers(p) },
	}),
	output: (body, p) => ({
		id: p.id('contactId'),
		followers: body.followers,
		followersAdded: body.followersAdded,
	}),
};

const removeFollowers: OperationDefinition = {
	value: 'removeFollowers',
	name: 'Remove Followers',
	action: 'Remove followers from a contact',
	description: 'Remove users from the followers of a contact',
	endpoints: ['DELETE /contacts/{contactId}/followers'],
	properties: [contactId, followersProperty],
	request: (p) => ({
		method: 'DELETE',
		path: `/contacts/${p.id('contactId')}/followers`,
		body: { followers: followers(p) },
	}),
	output: (body, p) => ({
		id: p.id('contactId'),
		followers: body.followers,
		followersRemoved: body.followersRemoved,
	}),
};

const BULK_TAGS_MAX = 100;

/** GHL's bulk tag endpoint takes many contacts per request: one request per batch instead of one per item. */
function bulkTags(type: 'add' | 'remove'): OperationDefinition {
	const adding = type === 'add';
	return {
		value: adding ? 'addTagsBulk' : 'removeTagsBulk',
		name: adding ? 'Add Tags (Bulk)' : 'Remove Tags (Bulk)',
		action: adding ? 'Add tags to many contacts at once' : 'Remove tags from many contacts at once',
		description: `${adding ? 'Add' : 'Remove'} tags for all input items in as few requests as possible (up to ${BULK_TAGS_MAX} contacts each)`,
		endpoints: ['POST /contacts/bulk/tags/update/{type}'],
		properties: [contactId, tagsProperty],
		batch: {
			maxItems: BULK_TAGS_MAX,
			groupKey: (p) => {
				// Resolve everything an item needs up front, so a bad item fails alone before the batch is sent.
				p.id('contactId');
				p.tags(p.raw('tags'), 'Tags');
				return `${p.locationId()}|${p.tags(p.raw('tags'), 'Tags').join(',')}`;
			},
			request: (batch) => ({
				method: 'POST',
				path: `/contacts/bulk/tags/update/${type}`,
				body: {
					locationId: batch[0].locationId(),
					contacts: batch.map((p) => p.id('contactId')),
					tags: batch[0].tags(batch[0].raw('tags'), 'Tags'),
				},
				locationId: batch[0].locationId(),
			}),
			output: (body, batch) => {
				// UpdateTagsResponseDTO: one entry per contact sent, `type` success or error with GHL's message.
				const reported = resultsByContact(body.responses);
				return batch.map((p) => {
					const id = p.id('contactId');
					const result = reported.get(id)?.shift();
					if (result?.type !== 'success') {
						const why = result
							? String(result.message ?? 'refused')
							: 'GHL reported no result for it';
						return new Error(
							`GHL did not ${adding ? 'add the tags to' : 'remove the tags from'} contact ${id}: ${why}`,
						);
					}
					return compact({
						id,
						tags: p.tags(p.raw('tags'), 'Tags'),
						success: true,
						tagsAdded: result.tagsAdded,
						tagsRemoved: result.tagsRemoved,
					});
				});
			},
		},
	};
}

/** The per-contact entries of a bulk answer, by contact id, in answer order (a contact sent twice has two). */
function resultsByContact(responses: unknown): Map<string, IDataObject[]> {
	const byContact = new Map<string, IDataObject[]>();
	for (const entry of Array.isArray(responses) ? (responses as IDataObject[]) : []) {
		if (!entry || typeof entry !== 'object') continue;
		const id = String(entry.contactId);
		byContact.set(id, [...(byContact.get(id) ?? []), entry]);
	}
	return byContact;
}

const BULK_BUSINESS_MAX = 100;

/**
 * GHL's bulk business endpoint sets (or clears) the business of many contacts per request. A contact belongs to one
 * business, so items are grouped by the business they go to.
 */
const setBusinessBulk: OperationDefinition = {
	value: 'setBusinessBulk',
	name: 'Set Business (Bulk)',
	action: 'Set the business of many contacts at once',
	description: `Link all input items' contacts to a business, or unlink them, in as few requests as possible (up to ${BULK_BUSINESS_MAX} contacts each)`,
	endpoints: ['POST /contacts/bulk/business'],
	properties: [
		contactId,
		{
			displayName: 'Business ID',
			name: 'businessId',
			type: 'string',
			default: '',
			placeholder: '63b7ec34ea409a9a8bd2a4ff',
			description:
				'The business (company record) the contacts belong to. Leave empty to remove the contacts from their business.',
		},
	],
	batch: {
		maxItems: BULK_BUSINESS_MAX,
		groupKey: (p) => {
			// Resolve everything an item needs up front, so a bad item fails alone before the batch is sent.
			p.id('contactId');
			return `${p.locationId()}|${p.optionalString('businessId') ?? ''}`;
		},
		request: (batch) => ({
			method: 'POST',
			path: '/contacts/bulk/business',
			body: {
				locationId: batch[0].locationId(),
				ids: batch.map((p) => p.id('contactId')),
				// null is GHL's way to say "no business".
				businessId: batch[0].optionalString('businessId') ?? null,
			},
			locationId: batch[0].locationId(),
		}),
		output: (body, batch) => {
			// ContactsBulkUpateResponse `{ success, ids }`: ids are the contacts GHL updated; any other was refused.
			const updated = new Set((Array.isArray(body.ids) ? body.ids : []).map(String));
			return batch.map((p) => {
				const id = p.id('contactId');
				if (body.success === true && updated.has(id))
					return { id, businessId: p.optionalString('businessId') ?? null, success: true };
				return new Error(
					`GHL did not set the business of contact ${id}: GHL did not report it among the contacts it updated`,
				);
			});
		},
	},
};

const getAppointments: OperationDefinition = {
	value: 'getAppointments',
	name: 'Get Appointments',
	action: 'Get the appointments of a contact',
	description: 'List the appointments booked for a contact',
	endpoints: ['GET /contacts/{contactId}/appointments'],
	properties: [contactId],
	request: (p) => ({ method: 'GET', path: `/contacts/${p.id('contactId')}/appointments` }),
	output: (body) => (body.events as IDataObject[]) ?? [],
};

export const contactResource: ResourceDefinition = {
	value: 'contact',
	name: 'Contact',
	defaultOperation: upsert.value,
	operations: [
		addFollowers,
		addTags,
		bulkTags('add'),
		create,
		upsert,
		remove,
		findDuplicate,
		get,
		getAppointments,
		getMany,
		removeFollowers,
		removeTags,
		bulkTags('remove'),
		search,
		setBusinessBulk,
		update,
		updateCustomFieldsOperation('contact', contactId),
	],
};
