import { FakeHttpError } from '../errors';
import { reply, type FakeContext, type FakeHandler } from '../server';
import type { LocationState } from '../store';
import { contactOf } from './contacts';

export interface FakeWorkflow {
	id: string;
	name: string;
	status: string;
	version: number;
	createdAt: string;
	updatedAt: string;
	locationId: string;
}

/** A contact's place in a workflow: what add/remove change, so tests can check enrolments. */
export interface FakeWorkflowEnrolment {
	contactId: string;
	workflowId: string;
	eventStartTime?: string;
	addedAt: string;
}

export const workflows = (location: LocationState) =>
	location.collection<FakeWorkflow>('workflows');
export const workflowEnrolments = (location: LocationState) =>
	location.collection<FakeWorkflowEnrolment>('workflowEnrolments');

export function addWorkflow(
	location: LocationState,
	id: string,
	name: string,
	status: string,
	version = 1,
): FakeWorkflow {
	const workflow = {
		id,
		name,
		status,
		version,
		createdAt: '2026-01-10T09:00:00.000Z',
		updatedAt: '2026-01-12T09:00:00.000Z',
		locationId: location.id,
	};
	workflows(location).set(id, workflow);
	return workflow;
}

/** Three workflows: two published, one draft. GHL's workflow ids are UUIDs. */
export function seed(location: LocationState): void {
	addWorkflow(
		location,
		'78559bb3-b920-461e-b010-7b2a2816d2a9',
		'Appointment Reminder',
		'published',
		4,
	);
	addWorkflow(location, '0c38f94b-57ca-4e27-94cf-4d75b55602cd', 'Review Request', 'published', 2);
	addWorkflow(
		location,
		'b4ca2252-b3f8-4eee-991c-cd468b2a3b18',
		'Reactivation (work in progress)',
		'draft',
		1,
	);
}

function workflowOf(ctx: FakeContext, location: LocationState): FakeWorkflow {
	const workflow = workflows(location).get(ctx.req.params.workflowId);
	if (!workflow) throw new FakeHttpError(404, 'Workflow not found');
	return workflow;
}

const key = (contactId: string, workflowId: string) => `${contactId}:${workflowId}`;

export const handlers: Record<string, FakeHandler> = {
	'get-workflow': (ctx) => ({ workflows: [...workflows(ctx.location()).values()] }),
	'add-contact-to-workflow': (ctx) => {
		const { contact, location } = contactOf(ctx);
		const workflow = workflowOf(ctx, location);
		const eventStartTime = ctx.req.body?.eventStartTime as string | undefined;
		if (eventStartTime !== undefined && Number.isNaN(Date.parse(eventStartTime))) {
			throw new FakeHttpError(422, 'eventStartTime must be a valid ISO 8601 date string');
		}
		workflowEnrolments(location).set(key(contact.id, workflow.id), {
			contactId: contact.id,
			workflowId: workflow.id,
			...(eventStartTime ? { eventStartTime } : {}),
			addedAt: new Date().toISOString(),
		});
		// The spec answers this POST with 200, not the usual 201.
		return reply(200, { succeded: true });
	},
	'delete-contact-from-workflow': (ctx) => {
		const { contact, location } = contactOf(ctx);
		const workflow = workflowOf(ctx, location);
		workflowEnrolments(location).delete(key(contact.id, workflow.id));
		return { succeded: true };
	},
};
