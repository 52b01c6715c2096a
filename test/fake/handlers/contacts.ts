import { FakeHttpError, notFound, unprocessable } from '../errors';
import { reply, type FakeContext, type FakeHandler } from '../server';
import { newId, type LocationState } from '../store';
import { createAssociationHandler } from './associations';

export interface FakeContact {
	id: string;
	locationId: string;
	firstName?: string;
	lastName?: string;
	contactName?: string;
	email?: string;
	phone?: string;
	companyName?: string;
	tags: string[];
	followers: string[];
	customFields: Array<{ id: string; value: unknown }>;
	assignedTo?: string;
	businessId?: string;
	dateAdded: string;
	dateUpdated: string;
	[key: string]: unknown;
}

const contacts = (location: LocationState) => location.collection<FakeContact>('contacts');

let clock = Date.parse('2026-01-01T00:00:00Z');
/** Strictly increasing timestamps, so sort orders and cursors are stable. */
function nextTimestamp(): string {
	clock += 1000;
	return new Date(clock).toISOString();
}

const CONTACT_FIELDS = [
	'firstName',
	'lastName',
	'name',
	'email',
	'phone',
	'address1',
	'city',
	'state',
	'postalCode',
	'website',
	'timezone',
	'dnd',
	'dndSettings',
	'inboundDndSettings',
	'source',
	'dateOfBirth',
	'country',
	'companyName',
	'assignedTo',
	'gender',
];

function applyFields(contact: FakeContact, body: Record<string, any>): void {
	for (const key of CONTACT_FIELDS) if (body[key] !== undefined) contact[key] = body[key];
	if (body.name && !body.firstName && !body.lastName) {
		const [first, ...rest] = String(body.name).split(' ');
		contact.firstName = first;
		contact.lastName = rest.join(' ') || undefined;
	}
	contact.contactName =
		[contact.firstName, contact.lastName].filter(Boolean).join(' ') || undefined;
	if (Array.isArray(body.tags)) contact.tags = [...new Set(body.tags.map(String))];
	if (Array.isArray(body.customFields)) {
		for (const field of body.customFields) {
			const value = field.field_value ?? field.value;
			const existing = contact.customFields.find((f) => f.id === field.id);
			if (existing) existing.value = value;
			else contact.customFields.push({ id: field.id ?? field.key, value });
		}
	}
	contact.dateUpdated = nextTimestamp();
}

function validateContactBody(body: Record<string, any>): void {
	const errors: string[] = [];
	// Empty strings are treated as "not given", as GHL does for optional fields.
	if (body.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(String(body.email)))
		errors.push('email must be an email');
	if (body.phone && !/^\+?[0-9]{7,15}$/.test(String(body.phone)))
		errors.push('phone must be a valid phone number');
	if (errors.length) throw unprocessable(errors);
}

/** Creates a contact in a sub-account as GHL would; tests and the sandbox seed with it too. */
export function createContact(location: LocationState, body: Record<string, any>): FakeContact {
	const now = nextTimestamp();
	const contact: FakeContact = {
		id: newId(),
		locationId: location.id,
		tags: [],
		followers: [],
		customFields: [],
		dateAdded: now,
		dateUpdated: now,
	};
	applyFields(contact, body);
	contacts(location).set(contact.id, contact);
	return contact;
}

export function findDuplicate(
	location: LocationState,
	email?: string,
	phone?: string,
): FakeContact | undefined {
	for (const contact of contacts(location).values()) {
		if (email && contact.email?.toLowerCase() === email.toLowerCase()) return contact;
		if (phone && contact.phone === phone) return contact;
	}
	return undefined;
}

/** The contact of the path, in a sub-account the token may act on. */
/** Deletes a contact; GHL remembers it was deleted (its bulk endpoints answer "contact is deleted"). */
export function deleteContact(location: LocationState, id: string): void {
	contacts(location).delete(id);
	location.collection<boolean>('deletedContacts').set(id, true);
}

/**
 * Why GHL's bulk tag update refuses a contact that is not in the sub-account, in the messages UpdateTagsResponseDTO
 * documents: deleted here; in another sub-account (or a well-formed id of none); not an id at all.
 */
function bulkRefusal(ctx: FakeContext, location: LocationState, id: string): string {
	if (location.collection<boolean>('deletedContacts').has(id)) return 'contact is deleted';
	const elsewhere = [...ctx.fake.store.locations.values()].some((l) => contacts(l).has(id));
	if (elsewhere || /^[A-Za-z0-9]{20}$/.test(id)) return 'contact does not belong to location';
	return 'contact id is not a valid firebase id';
}

export function contactOf(ctx: FakeContext): { contact: FakeContact; location: LocationState } {
	const id = ctx.req.params.contactId;
	for (const location of ctx.fake.store.locations.values()) {
		const contact = contacts(location).get(id);
		if (!contact) continue;
		const token = ctx.token;
		if (token?.kind === 'location' && token.locationId !== location.id) break;
		if (token?.kind === 'agency' && token.companyId !== location.companyId) break;
		return { contact, location };
	}
	throw new FakeHttpError(400, 'Contact not found');
}

function searchAfterKey(contact: FakeContact): [number, string] {
	return [Date.parse(contact.dateAdded), contact.id];
}

function matchesFilter(contact: FakeContact, filter: Record<string, any>): boolean {
	const { field, operator, value } = filter;
	const actual = contact[field];
	switch (operator) {
		case 'eq':
			return Array.isArray(actual) ? actual.includes(value) : actual === value;
		case 'not_eq':
			return actual !== value;
		case 'contains':
			if (Array.isArray(actual))
				return ([] as unknown[]).concat(value).every((v) => actual.includes(v));
			return (
				typeof actual === 'string' && actual.toLowerCase().includes(String(value).toLowerCase())
			);
		case 'exists':
			return actual !== undefined && actual !== null && actual !== '';
		case 'range': {
			const t = Date.parse(String(actual));
			return (
				(!value?.gte || t >= Date.parse(value.gte)) && (!value?.lte || t <= Date.parse(value.lte))
			);
		}
		default:
			throw unprocessable(`filters.operator ${operator} is not supported`);
	}
}

function contactResponse(contact: FakeContact) {
	return { ...contact };
}

export const handlers: Record<string, FakeHandler> = {
	'create-contact': (ctx) => {
		const location = ctx.location();
		validateContactBody(ctx.req.body);
		const duplicate = findDuplicate(location, ctx.req.body.email, ctx.req.body.phone);
		if (duplicate) {
			throw new FakeHttpError(400, 'This location does not allow duplicated contacts.', {
				meta: {
					contactId: duplicate.id,
					matchingField: duplicate.email === ctx.req.body.email ? 'email' : 'phone',
				},
			});
		}
		return reply(201, { contact: contactResponse(createContact(location, ctx.req.body)) });
	},

	'upsert-contact': (ctx) => {
		const location = ctx.location();
		validateContactBody(ctx.req.body);
		const existing = findDuplicate(location, ctx.req.body.email, ctx.req.body.phone);
		if (existing) {
			applyFields(existing, ctx.req.body);
			// The spec declares 200 for an upsert, created or not.
			return { new: false, contact: contactResponse(existing), traceId: newId() };
		}
		return {
			new: true,
			contact: contactResponse(createContact(location, ctx.req.body)),
			traceId: newId(),
		};
	},

	'get-contact': (ctx) => ({ contact: contactResponse(contactOf(ctx).contact) }),

	'update-contact': (ctx) => {
		const { contact } = contactOf(ctx);
		validateContactBody(ctx.req.body);
		applyFields(contact, ctx.req.body);
		return { succeded: true, contact: contactResponse(contact) };
	},

	'delete-contact': (ctx) => {
		const { contact, location } = contactOf(ctx);
		deleteContact(location, contact.id);
		return { succeded: true };
	},

	'get-duplicate-contact': (ctx) => {
		const location = ctx.location();
		const email = ctx.req.query.email as string | undefined;
		const number = ctx.req.query.number as string | undefined;
		const contact = findDuplicate(location, email, number);
		return { contact: contact ? contactResponse(contact) : null };
	},

	'search-contacts-advanced': (ctx) => {
		const location = ctx.location();
		const body = ctx.req.body ?? {};
		const pageLimit = Number(body.pageLimit ?? 20);
		if (!Number.isInteger(pageLimit) || pageLimit < 1 || pageLimit > 100) {
			throw unprocessable('pageLimit must be an integer between 1 and 100');
		}
		let list = [...contacts(location).values()];
		if (body.query) {
			const q = String(body.query).toLowerCase();
			list = list.filter((c) =>
				[c.contactName, c.email, c.phone, c.companyName].some((v) => v?.toLowerCase().includes(q)),
			);
		}
		for (const filter of body.filters ?? []) list = list.filter((c) => matchesFilter(c, filter));
		const sort = body.sort?.[0] ?? { field: 'dateAdded', direction: 'desc' };
		const direction = sort.direction === 'asc' ? 1 : -1;
		list.sort((a, b) => {
			const av = String(a[sort.field] ?? '');
			const bv = String(b[sort.field] ?? '');
			return (av < bv ? -1 : av > bv ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0) * direction;
		});
		const total = list.length;
		let start = 0;
		if (Array.isArray(body.searchAfter)) {
			const key = JSON.stringify(body.searchAfter);
			const index = list.findIndex((c) => JSON.stringify(searchAfterKey(c)) === key);
			if (index < 0) throw unprocessable('searchAfter does not match a record of this search');
			start = index + 1;
		} else if (body.page) {
			start = (Number(body.page) - 1) * pageLimit;
		}
		const page = list
			.slice(start, start + pageLimit)
			.map((c) => ({ ...contactResponse(c), searchAfter: searchAfterKey(c) }));
		return reply(200, { contacts: page, total });
	},

	'get-contacts': (ctx) => {
		const location = ctx.location();
		const limit = Number(ctx.req.query.limit ?? 20);
		if (limit > 100) throw unprocessable('limit must not be greater than 100');
		const list = [...contacts(location).values()].sort((a, b) =>
			a.dateAdded < b.dateAdded ? -1 : 1,
		);
		let start = 0;
		if (ctx.req.query.startAfterId)
			start = list.findIndex((c) => c.id === ctx.req.query.startAfterId) + 1;
		const page = list.slice(start, start + limit);
		const last = page[page.length - 1];
		const more = start + limit < list.length;
		return {
			contacts: page.map(contactResponse),
			meta: {
				total: list.length,
				startAfter: more && last ? Date.parse(last.dateAdded) : null,
				startAfterId: more && last ? last.id : null,
			},
		};
	},

	'add-tags': (ctx) => {
		const { contact } = contactOf(ctx);
		contact.tags = [...new Set([...contact.tags, ...ctx.req.body.tags])];
		return reply(201, { tags: contact.tags });
	},

	'remove-tags': (ctx) => {
		const { contact } = contactOf(ctx);
		contact.tags = contact.tags.filter((t) => !ctx.req.body.tags.includes(t));
		return { tags: contact.tags };
	},

	// The spec names the bulk tag update "create-association".
	'create-association': (ctx) => {
		if (ctx.operation.api === 'associations') return createAssociationHandler(ctx);
		const location = ctx.location();
		const type = ctx.req.path.split('/').pop();
		if (type !== 'add' && type !== 'remove') throw unprocessable('type must be one of add, remove');
		const { contacts: ids, tags } = ctx.req.body;
		if (ids.length > 100) throw unprocessable('contacts must contain no more than 100 elements');
		const responses = ids.map((id: string) => {
			const contact = contacts(location).get(id);
			if (!contact)
				return { contactId: id, message: bulkRefusal(ctx, location, id), type: 'error' };
			const oldTags = [...contact.tags];
			contact.tags =
				type === 'add'
					? [...new Set([...contact.tags, ...tags])]
					: contact.tags.filter((t) => !tags.includes(t));
			const tagsAdded = contact.tags.filter((t) => !oldTags.includes(t));
			const tagsRemoved = oldTags.filter((t) => !contact.tags.includes(t));
			return {
				contactId: id,
				message: 'Tags updated',
				type: 'success',
				oldTags,
				tagsAdded,
				tagsRemoved,
			};
		});
		const errorCount = responses.filter((r: { type: string }) => r.type === 'error').length;
		// UpdateTagsResponseDTO; the request as a whole succeeds, each contact has its own result.
		return reply(201, { succeded: errorCount === 0, errorCount, responses });
	},

	'add-remove-contact-from-business': (ctx) => {
		const location = ctx.location();
		const { ids, businessId } = ctx.req.body;
		if (ids.length > 100) throw unprocessable('ids must contain no more than 100 elements');
		const done: string[] = [];
		for (const id of ids) {
			const contact = contacts(location).get(id);
			if (!contact) continue; // deleted, in another sub-account or unknown: left out of `ids`
			if (businessId === null) delete contact.businessId;
			else contact.businessId = businessId;
			done.push(id);
		}
		return { success: true, ids: done };
	},

	'add-followers-contact': (ctx) => {
		const { contact } = contactOf(ctx);
		const added = ctx.req.body.followers.filter((f: string) => !contact.followers.includes(f));
		contact.followers.push(...added);
		return reply(201, { followers: contact.followers, followersAdded: added });
	},

	'remove-followers-contact': (ctx) => {
		const { contact } = contactOf(ctx);
		const removed = contact.followers.filter((f) => ctx.req.body.followers.includes(f));
		contact.followers = contact.followers.filter((f) => !removed.includes(f));
		return { followers: contact.followers, followersRemoved: removed };
	},

	'get-appointments-for-contact': (ctx) => {
		const { contact, location } = contactOf(ctx);
		const events = [...location.collection<Record<string, any>>('appointments').values()].filter(
			(a) => a.contactId === contact.id,
		);
		return { events };
	},

	// Notes
	'create-note': (ctx) => {
		const { contact, location } = contactOf(ctx);
		const note = {
			id: newId(),
			contactId: contact.id,
			dateAdded: nextTimestamp(),
			...ctx.req.body,
		};
		location.collection('notes').set(note.id, note);
		return reply(201, { note });
	},
	'get-all-notes': (ctx) => {
		const { contact, location } = contactOf(ctx);
		return {
			notes: [...location.collection('notes').values()].filter((n) => n.contactId === contact.id),
		};
	},
	'get-note': (ctx) => ({ note: noteOf(ctx) }),
	'update-note': (ctx) => {
		const note = noteOf(ctx);
		Object.assign(note, ctx.req.body);
		return { note };
	},
	'delete-note': (ctx) => {
		const note = noteOf(ctx);
		contactOf(ctx).location.collection('notes').delete(note.id);
		return { succeded: true };
	},

	// Tasks
	'create-task': (ctx) => {
		const { contact, location } = contactOf(ctx);
		const task = { id: newId(), contactId: contact.id, ...ctx.req.body };
		location.collection('tasks').set(task.id, task);
		return reply(201, { task });
	},
	'get-all-tasks': (ctx) => {
		const { contact, location } = contactOf(ctx);
		return {
			tasks: [...location.collection('tasks').values()].filter((t) => t.contactId === contact.id),
		};
	},
	'get-task': (ctx) => ({ task: taskOf(ctx) }),
	'update-task': (ctx) => {
		const task = taskOf(ctx);
		Object.assign(task, ctx.req.body);
		return { task };
	},
	'update-task-completed': (ctx) => {
		const task = taskOf(ctx);
		task.completed = ctx.req.body.completed;
		return { task };
	},
	'delete-task': (ctx) => {
		const task = taskOf(ctx);
		contactOf(ctx).location.collection('tasks').delete(task.id);
		return { succeded: true };
	},
};

function noteOf(ctx: FakeContext): Record<string, any> {
	const { contact, location } = contactOf(ctx);
	const note = location.collection('notes').get(ctx.req.params.id);
	if (!note || note.contactId !== contact.id) throw notFound('Note');
	return note;
}

function taskOf(ctx: FakeContext): Record<string, any> {
	const { contact, location } = contactOf(ctx);
	const task = location.collection('tasks').get(ctx.req.params.taskId);
	if (!task || task.contactId !== contact.id) throw notFound('Task');
	return task;
}
