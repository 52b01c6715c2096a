import type { IDataObject } from 'n8n-workflow';

import { contactLocator, recordLocator } from '../../shared/descriptions';
import { limited, listProperties } from '../../shared/operations/describe';
import type { Params } from '../../shared/operations/params';
import type { OperationDefinition, ResourceDefinition } from '../../shared/operations/types';
import { fireInboundWebhook } from './inboundWebhook';

const STATUSES = [
	{ name: 'All', value: 'all' },
	{ name: 'Draft', value: 'draft' },
	{ name: 'Published', value: 'published' },
];

const workflowLocator = recordLocator('workflowId', 'Workflow', 'searchWorkflows', {
	placeholder: '78559bb3-b920-461e-b010-7b2a2816d2a9',
	description: 'The workflow, picked from the sub-account (drafts are marked) or given by ID',
});

const contactId = contactLocator();

// GET /workflows/ answers with every workflow at once and takes no filter, so filters and Limit apply here.
const getMany: OperationDefinition = {
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many workflows',
	description: 'List the workflows of the sub-account with their name, status and version',
	endpoints: ['GET /workflows/'],
	properties: [
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Name Contains',
					name: 'name',
					type: 'string',
					default: '',
					description: 'Matched without regard to case',
				},
				{
					displayName: 'Status',
					name: 'status',
					type: 'options',
					options: STATUSES,
					default: 'all',
				},
			],
		},
		...listProperties(),
	],
	request: (p) => ({
		method: 'GET',
		path: '/workflows/',
		qs: { locationId: p.locationId() },
		locationId: p.locationId(),
	}),
	output: (body, p) => {
		const filters = p.collection('filters');
		const name = String(filters.name ?? '')
			.trim()
			.toLowerCase();
		const status = String(filters.status ?? 'all');
		const records = ((body.workflows as IDataObject[]) ?? []).filter(
			(w) =>
				(!name ||
					String(w.name ?? '')
						.toLowerCase()
						.includes(name)) &&
				(status === 'all' || w.status === status),
		);
		return limited(p, records);
	},
};

export const workflowResource: ResourceDefinition = {
	value: 'workflow',
	name: 'Workflow',
	defaultOperation: fireInboundWebhook.value,
	operations: [fireInboundWebhook, getMany],
};

const workflowPath = (p: Params) => `/contacts/${p.id('contactId')}/workflow/${p.id('workflowId')}`;

const add: OperationDefinition = {
	value: 'add',
	name: 'Add',
	action: 'Add a contact to a workflow',
	description: 'Enrol a contact in a workflow, optionally with the time its event starts',
	endpoints: ['POST /contacts/{contactId}/workflow/{workflowId}'],
	properties: [
		contactId,
		workflowLocator,
		{
			displayName: 'Event Start Time',
			name: 'eventStartTime',
			type: 'dateTime',
			default: '',
			description:
				'When the event the workflow is about starts (e.g. an appointment), for workflows that wait relative to it. Leave empty to start now.',
		},
	],
	request: (p) => {
		const raw = p.raw<unknown>('eventStartTime', '');
		const body: IDataObject = raw ? { eventStartTime: p.isoDate(raw, 'Event Start Time') } : {};
		// The spec requires a JSON body, empty when there is no start time.
		return { method: 'POST', path: workflowPath(p), body };
	},
	output: (body, p) => ({
		contactId: p.id('contactId'),
		workflowId: p.id('workflowId'),
		added: body.succeded !== false,
	}),
};

const remove: OperationDefinition = {
	value: 'remove',
	name: 'Remove',
	action: 'Remove a contact from a workflow',
	description: 'Take a contact out of a workflow',
	endpoints: ['DELETE /contacts/{contactId}/workflow/{workflowId}'],
	properties: [contactId, workflowLocator],
	request: (p) => ({ method: 'DELETE', path: workflowPath(p), body: {} }),
	output: (body, p) => ({
		contactId: p.id('contactId'),
		workflowId: p.id('workflowId'),
		removed: body.succeded !== false,
	}),
};

export const contactWorkflowResource: ResourceDefinition = {
	value: 'contactWorkflow',
	name: 'Contact in Workflow',
	defaultOperation: add.value,
	operations: [add, remove],
};
