import { unprocessable } from '../errors';
import { reply, type FakeHandler } from '../server';
import { newId, type LocationState } from '../store';

/**
 * Tasks live in the sub-account's `tasks` collection, which the contacts handlers (create/get/update a contact's
 * task) share. This file serves the sub-account-wide task search.
 */
export interface FakeTask {
	id: string;
	contactId: string;
	title: string;
	body?: string;
	assignedTo?: string;
	dueDate: string;
	completed: boolean;
	dateAdded?: string;
	[key: string]: unknown;
}

const tasks = (location: LocationState) => location.collection<FakeTask>('tasks');

let clock = Date.parse('2026-03-01T00:00:00Z');
const nextTimestamp = () => new Date((clock += 1000)).toISOString();

/** Adds a task to a contact as GHL would (dateAdded stamped, as GHL's TaskCreate events show it). */
export function createTask(
	location: LocationState,
	fields: Partial<FakeTask> & { contactId: string; title: string },
): FakeTask {
	const now = nextTimestamp();
	const task: FakeTask = {
		id: newId(),
		dueDate: now,
		completed: false,
		dateAdded: now,
		...fields,
	};
	tasks(location).set(task.id, task);
	return task;
}

function asList(value: unknown): string[] | undefined {
	if (value === undefined) return undefined;
	return Array.isArray(value) ? value.map(String) : [String(value)];
}

export const handlers: Record<string, FakeHandler> = {
	// The spec gives this search no sort and no date filter: tasks come in the order they were stored.
	'task-search': (ctx) => {
		const location = ctx.location();
		const body = ctx.req.body ?? {};
		const limit = body.limit === undefined ? 25 : Number(body.limit);
		const skip = body.skip === undefined ? 0 : Number(body.skip);
		if (!Number.isInteger(limit) || limit < 1)
			throw unprocessable('limit must be a positive integer');
		if (!Number.isInteger(skip) || skip < 0) throw unprocessable('skip must not be negative');
		let list = [...tasks(location).values()];
		const contactIds = asList(body.contactId);
		if (contactIds) list = list.filter((t) => contactIds.includes(t.contactId));
		const assignees = asList(body.assignedTo);
		if (assignees)
			list = list.filter((t) => t.assignedTo !== undefined && assignees.includes(t.assignedTo));
		if (typeof body.completed === 'boolean')
			list = list.filter((t) => Boolean(t.completed) === body.completed);
		if (body.query) {
			const q = String(body.query).toLowerCase();
			list = list.filter((t) =>
				String(t.title ?? '')
					.toLowerCase()
					.includes(q),
			);
		}
		return reply(200, {
			tasks: list.slice(skip, skip + limit).map((t) => ({ ...t, locationId: location.id })),
		});
	},
};
