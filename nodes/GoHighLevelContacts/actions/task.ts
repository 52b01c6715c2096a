import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { contactLocator, userProperty } from '../../shared/descriptions';
import { compact, type Params } from '../../shared/operations/params';
import type { OperationDefinition, ResourceDefinition } from '../../shared/operations/types';

const contactId = contactLocator();
const taskId: INodeProperties = {
	displayName: 'Task ID',
	name: 'taskId',
	type: 'string',
	default: '',
	required: true,
};

const taskOptions: INodeProperties[] = [
	{
		displayName: 'Description',
		name: 'body',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
	},
	userProperty('assignedTo', 'Assigned User Name or ID'),
];

function taskPath(p: Params): string {
	return `/contacts/${p.id('contactId')}/tasks/${p.id('taskId')}`;
}

const create: OperationDefinition = {
	value: 'create',
	name: 'Create',
	action: 'Create a task',
	description: 'Create a task on a contact',
	endpoints: ['POST /contacts/{contactId}/tasks'],
	properties: [
		contactId,
		{ displayName: 'Title', name: 'title', type: 'string', default: '', required: true },
		{ displayName: 'Due Date', name: 'dueDate', type: 'dateTime', default: '', required: true },
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: taskOptions,
		},
	],
	request: (p) => ({
		method: 'POST',
		path: `/contacts/${p.id('contactId')}/tasks`,
		body: compact({
			title: p.string('title'),
			dueDate: p.isoDate(p.string('dueDate'), 'Due Date'),
			completed: false,
			...p.collection('options'),
		}),
	}),
	output: (body) => body.task as IDataObject,
};

const get: OperationDefinition = {
	value: 'get',
	name: 'Get',
	action: 'Get a task',
	description: 'Get a task of a contact',
	endpoints: ['GET /contacts/{contactId}/tasks/{taskId}'],
	properties: [contactId, taskId],
	request: (p) => ({ method: 'GET', path: taskPath(p) }),
	output: (body) => body.task as IDataObject,
};

const getMany: OperationDefinition = {
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many tasks',
	description: 'List the tasks of a contact',
	endpoints: ['GET /contacts/{contactId}/tasks'],
	properties: [contactId],
	request: (p) => ({ method: 'GET', path: `/contacts/${p.id('contactId')}/tasks` }),
	output: (body) => (body.tasks as IDataObject[]) ?? [],
};

const update: OperationDefinition = {
	value: 'update',
	name: 'Update',
	action: 'Update a task',
	description: 'Change a task of a contact',
	endpoints: ['PUT /contacts/{contactId}/tasks/{taskId}'],
	properties: [
		contactId,
		taskId,
		{
			displayName: 'Update Fields',
			name: 'fields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				...taskOptions,
				{
					displayName: 'Completed',
					name: 'completed',
					type: 'boolean',
					default: false,
					description: 'Whether the task is done',
				},
				{ displayName: 'Due Date', name: 'dueDate', type: 'dateTime', default: '' },
				{ displayName: 'Title', name: 'title', type: 'string', default: '' },
			],
		},
	],
	request: (p) => {
		const body = compact(p.collection('fields'));
		if (body.dueDate !== undefined) body.dueDate = p.isoDate(body.dueDate, 'Due Date');
		if (!Object.keys(body).length)
			p.fail('Nothing to update', 'Add at least one field under "Update Fields".');
		return { method: 'PUT', path: taskPath(p), body };
	},
	output: (body) => body.task as IDataObject,
};

function completion(value: 'markComplete' | 'markIncomplete'): OperationDefinition {
	const completed = value === 'markComplete';
	return {
		value,
		name: completed ? 'Mark Complete' : 'Mark Incomplete',
		action: completed ? 'Mark a task as complete' : 'Mark a task as incomplete',
		description: completed ? 'Mark a task as done' : 'Reopen a task',
		endpoints: ['PUT /contacts/{contactId}/tasks/{taskId}/completed'],
		properties: [contactId, taskId],
		request: (p) => ({ method: 'PUT', path: `${taskPath(p)}/completed`, body: { completed } }),
		output: (body) => body.task as IDataObject,
	};
}

const remove: OperationDefinition = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a task',
	description: 'Delete a task of a contact',
	endpoints: ['DELETE /contacts/{contactId}/tasks/{taskId}'],
	properties: [contactId, taskId],
	request: (p) => ({ method: 'DELETE', path: taskPath(p) }),
	output: (body, p) => ({ id: p.id('taskId'), deleted: body.succeded !== false }),
};

export const taskResource: ResourceDefinition = {
	value: 'task',
	name: 'Task',
	defaultOperation: 'create',
	operations: [
		create,
		remove,
		get,
		getMany,
		completion('markComplete'),
		completion('markIncomplete'),
		update,
	],
};
