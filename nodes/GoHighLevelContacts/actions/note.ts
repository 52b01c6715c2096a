import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { contactLocator, userProperty } from '../../shared/descriptions';
import { compact } from '../../shared/operations/params';
import type { OperationDefinition, ResourceDefinition } from '../../shared/operations/types';

const contactId = contactLocator();
const noteId: INodeProperties = {
	displayName: 'Note ID',
	name: 'noteId',
	type: 'string',
	default: '',
	required: true,
};

function noteFields(required: boolean): INodeProperties[] {
	return [
		{
			displayName: 'Body',
			name: 'body',
			type: 'string',
			typeOptions: { rows: 4 },
			default: '',
			required,
		},
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				userProperty('userId', 'Author Name or ID'),
				{ displayName: 'Title', name: 'title', type: 'string', default: '' },
				{
					displayName: 'Pinned',
					name: 'pinned',
					type: 'boolean',
					default: false,
					description: 'Whether the note is pinned to the top',
				},
				{ displayName: 'Color', name: 'color', type: 'color', default: '' },
			],
		},
	];
}

const create: OperationDefinition = {
	value: 'create',
	name: 'Create',
	action: 'Create a note',
	description: 'Add a note to a contact',
	endpoints: ['POST /contacts/{contactId}/notes'],
	properties: [contactId, ...noteFields(true)],
	request: (p) => ({
		method: 'POST',
		path: `/contacts/${p.id('contactId')}/notes`,
		body: compact({ body: p.string('body'), ...p.collection('options') }),
	}),
	output: (body) => body.note as IDataObject,
};

const get: OperationDefinition = {
	value: 'get',
	name: 'Get',
	action: 'Get a note',
	description: 'Get a note of a contact',
	endpoints: ['GET /contacts/{contactId}/notes/{id}'],
	properties: [contactId, noteId],
	request: (p) => ({
		method: 'GET',
		path: `/contacts/${p.id('contactId')}/notes/${p.id('noteId')}`,
	}),
	output: (body) => body.note as IDataObject,
};

const getMany: OperationDefinition = {
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many notes',
	description: 'List the notes of a contact',
	endpoints: ['GET /contacts/{contactId}/notes'],
	properties: [contactId],
	request: (p) => ({ method: 'GET', path: `/contacts/${p.id('contactId')}/notes` }),
	output: (body) => (body.notes as IDataObject[]) ?? [],
};

const update: OperationDefinition = {
	value: 'update',
	name: 'Update',
	action: 'Update a note',
	description: 'Change a note of a contact',
	endpoints: ['PUT /contacts/{contactId}/notes/{id}'],
	properties: [contactId, noteId, ...noteFields(false)],
	request: (p) => {
		const body = compact({ body: p.optionalString('body'), ...p.collection('options') });
		if (!Object.keys(body).length) p.fail('Nothing to update', 'Give a new "Body" or an option.');
		return { method: 'PUT', path: `/contacts/${p.id('contactId')}/notes/${p.id('noteId')}`, body };
	},
	output: (body) => body.note as IDataObject,
};

const remove: OperationDefinition = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a note',
	description: 'Delete a note of a contact',
	endpoints: ['DELETE /contacts/{contactId}/notes/{id}'],
	properties: [contactId, noteId],
	request: (p) => ({
		method: 'DELETE',
		path: `/contacts/${p.id('contactId')}/notes/${p.id('noteId')}`,
	}),
	output: (body, p) => ({ id: p.id('noteId'), deleted: body.succeded !== false }),
};

export const noteResource: ResourceDefinition = {
	value: 'note',
	name: 'Note',
	defaultOperation: 'create',
	operations: [create, remove, get, getMany, update],
};
