import type { INodeProperties } from 'n8n-workflow';

import { userProperty } from '../../shared/descriptions';
import { compact, type Params } from '../../shared/operations/params';
import type { OperationDefinition, ResourceDefinition } from '../../shared/operations/types';
import { appointmentId } from './fields';

const noteId: INodeProperties = {
	displayName: 'Note ID',
	name: 'noteId',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'HGPcayliwcdoUFzvbTok',
};
const noteBody: INodeProperties = {
	displayName: 'Note',
	name: 'body',
	type: 'string',
	typeOptions: { rows: 4 },
	default: '',
	required: true,
};
const author = userProperty('userId', 'Author Name or ID', {
	description:
		'The user the note is from. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
});

const notesPath = (p: Params) => `/calendars/appointments/${p.id('appointmentId')}/notes`;
const notePath = (p: Params) => `${notesPath(p)}/${p.id('noteId')}`;
const noteFields = (p: Params) =>
	compact({ body: p.string('body'), userId: p.optionalString('userId') });

const create: OperationDefinition = {
	value: 'create',
	name: 'Create',
	action: 'Add a note to an appointment',
	description: 'Add a note to an appointment',
	endpoints: ['POST /calendars/appointments/{appointmentId}/notes'],
	properties: [appointmentId, noteBody, author],
	request: (p) => ({ method: 'POST', path: notesPath(p), body: noteFields(p) }),
	output: (body) => body.note as never,
};

const getMany: OperationDefinition = {
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many notes of an appointment',
	description: 'List the notes of an appointment',
	endpoints: ['GET /calendars/appointments/{appointmentId}/notes'],
	properties: [appointmentId],
	list: {
		style: 'skip',
		pageParam: 'offset',
		sizeParam: 'limit',
		records: 'notes',
		maxPageSize: 20,
	},
	request: (p) => ({ method: 'GET', path: notesPath(p) }),
};

const update: OperationDefinition = {
	value: 'update',
	name: 'Update',
	action: 'Update a note of an appointment',
	description: 'Replace the text of an appointment note',
	endpoints: ['PUT /calendars/appointments/{appointmentId}/notes/{noteId}'],
	properties: [appointmentId, noteId, noteBody, author],
	request: (p) => ({ method: 'PUT', path: notePath(p), body: noteFields(p) }),
	output: (body) => body.note as never,
};

const remove: OperationDefinition = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a note of an appointment',
	description: 'Delete an appointment note',
	endpoints: ['DELETE /calendars/appointments/{appointmentId}/notes/{noteId}'],
	properties: [appointmentId, noteId],
	request: (p) => ({ method: 'DELETE', path: notePath(p) }),
	output: (body, p) => ({ id: p.id('noteId'), deleted: body.success !== false }),
};

export const appointmentNoteResource: ResourceDefinition = {
	value: 'appointmentNote',
	name: 'Appointment Note',
	operations: [create, remove, getMany, update],
};
