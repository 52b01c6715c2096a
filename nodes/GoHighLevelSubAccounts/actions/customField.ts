import type { IDataObject } from 'n8n-workflow';

import { recordLocator } from '../../shared/descriptions';
import { compact, type Params } from '../../shared/operations/params';
import type { ResourceDefinition } from '../../shared/operations/types';
import { base } from './locationPath';

const CUSTOM_FIELD_TYPES = [
	['Checkbox', 'CHECKBOX'],
	['Date', 'DATE'],
	['File Upload', 'FILE_UPLOAD'],
	['Large Text', 'LARGE_TEXT'],
	['Monetary', 'MONETORY'],
	['Multiple Options', 'MULTIPLE_OPTIONS'],
	['Number', 'NUMERICAL'],
	['Phone', 'PHONE'],
	['Radio', 'RADIO'],
	['Signature', 'SIGNATURE'],
	['Single Option', 'SINGLE_OPTIONS'],
	['Text', 'TEXT'],
	['Text Box List', 'TEXTBOX_LIST'],
].map(([name, value]) => ({ name, value }));

const modelProperty = {
	displayName: 'Object',
	name: 'model',
	type: 'options' as const,
	options: [
		{ name: 'Contact', value: 'contact' },
		{ name: 'Opportunity', value: 'opportunity' },
	],
	default: 'contact',
	description: 'Which records the field belongs to',
};

const customFieldId = recordLocator('customFieldId', 'Custom Field', 'searchCustomFields');

/** Extra custom field settings that create and update share. */
const customFieldOptions = (displayName: string) => ({
	displayName,
	name: 'fields',
	type: 'collection' as const,
	placeholder: 'Add Field',
	default: {},
	options: [
		{ displayName: 'Placeholder', name: 'placeholder', type: 'string' as const, default: '' },
		{ displayName: 'Position', name: 'position', type: 'number' as const, default: 0 },
		{
			displayName: 'Text Box List Labels',
			name: 'options',
			type: 'string' as const,
			default: '',
			description: 'For Text Box List fields: the labels of the boxes, separated by commas',
		},
	],
});

function customFieldBody(p: Params): IDataObject {
	const fields = p.collection('fields');
	const body: IDataObject = compact({ placeholder: fields.placeholder as string });
	if (fields.position !== undefined && fields.position !== '')
		body.position = p.number('fields.position');
	const options = String(fields.options ?? '')
		.split(',')
		.map((o) => o.trim())
		.filter(Boolean);
	if (options.length)
		body.textBoxListOptions = options.map((label) => ({ label, prefillValue: '' }));
	return body;
}

export const customFieldResource: ResourceDefinition = {
	value: 'customField',
	name: 'Custom Field',
	defaultOperation: 'getMany',
	operations: [
		{
			value: 'create',
			name: 'Create',
			action: 'Create a custom field',
			description: 'Add a custom field to contacts or opportunities of the sub-account',
			endpoints: ['POST /locations/{locationId}/customFields'],
			properties: [
				{
					displayName: 'Name',
					name: 'name',
					type: 'string',
					default: '',
					required: true,
					placeholder: 'Insurance Provider',
				},
				{
					displayName: 'Data Type',
					name: 'dataType',
					type: 'options',
					options: CUSTOM_FIELD_TYPES,
					default: 'TEXT',
					required: true,
				},
				modelProperty,
				customFieldOptions('Additional Fields'),
			],
			request: (p) => ({
				method: 'POST',
				path: `${base(p)}/customFields`,
				body: {
					name: p.string('name'),
					dataType: p.string('dataType'),
					model: p.string('model'),
					...customFieldBody(p),
				},
			}),
			output: (body) => (body.customField as IDataObject) ?? body,
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete a custom field',
			description: 'Delete a custom field and the values stored in it',
			endpoints: ['DELETE /locations/{locationId}/customFields/{id}'],
			properties: [customFieldId],
			request: (p) => ({
				method: 'DELETE',
				path: `${base(p)}/customFields/${p.id('customFieldId')}`,
			}),
			output: (body, p) => ({ id: p.id('customFieldId'), deleted: body.succeded !== false }),
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a custom field',
			description: 'Get one custom field of the sub-account',
			endpoints: ['GET /locations/{locationId}/customFields/{id}'],
			properties: [customFieldId],
			request: (p) => ({ method: 'GET', path: `${base(p)}/customFields/${p.id('customFieldId')}` }),
			output: (body) => (body.customField as IDataObject) ?? body,
		},
		{
			value: 'getMany',
			name: 'Get Many',
			action: 'Get many custom fields',
			description: 'List the custom fields of the sub-account',
			endpoints: ['GET /locations/{locationId}/customFields'],
			properties: [
				{
					...modelProperty,
					options: [{ name: 'All', value: 'all' }, ...modelProperty.options],
					default: 'all',
				},
			],
			request: (p) => ({
				method: 'GET',
				path: `${base(p)}/customFields`,
				qs: { model: p.string('model') },
			}),
			output: (body) => (body.customFields as IDataObject[]) ?? [],
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a custom field',
			description: 'Rename a custom field or change its settings',
			endpoints: ['PUT /locations/{locationId}/customFields/{id}'],
			properties: [
				customFieldId,
				{ displayName: 'Name', name: 'name', type: 'string', default: '', required: true },
				{
					...modelProperty,
					description: 'Which records the field belongs to (GHL does not move existing fields)',
				},
				customFieldOptions('Update Fields'),
			],
			request: (p) => ({
				method: 'PUT',
				path: `${base(p)}/customFields/${p.id('customFieldId')}`,
				body: { name: p.string('name'), model: p.string('model'), ...customFieldBody(p) },
			}),
			output: (body) => (body.customField as IDataObject) ?? body,
		},
	],
};
