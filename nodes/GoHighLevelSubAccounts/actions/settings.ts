import type { IDataObject } from 'n8n-workflow';

import { recordLocator } from '../../shared/descriptions';
import { compact, type Params } from '../../shared/operations/params';
import type { ResourceDefinition } from '../../shared/operations/types';

/** Settings kept per sub-account under /locations/{locationId}/...: custom fields and values, tags, templates. */

const base = (p: Params) => `/locations/${p.locationId()}`;

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
	if (fields.position !== undefined && fields.position !== '') body.position = p.number('fields.position');
	const options = String(fields.options ?? '')
		.split(',')
		.map((o) => o.trim())
		.filter(Boolean);
	if (options.length) body.textBoxListOptions = options.map((label) => ({ label, prefillValue: '' }));
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
				{ displayName: 'Name', name: 'name', type: 'string', default: '', required: true, placeholder: 'Insurance Provider' },
				{ displayName: 'Data Type', name: 'dataType', type: 'options', options: CUSTOM_FIELD_TYPES, default: 'TEXT', required: true },
				modelProperty,
				customFieldOptions('Additional Fields'),
			],
			request: (p) => ({
				method: 'POST',
				path: `${base(p)}/customFields`,
				body: { name: p.string('name'), dataType: p.string('dataType'), model: p.string('model'), ...customFieldBody(p) },
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
			request: (p) => ({ method: 'DELETE', path: `${base(p)}/customFields/${p.id('customFieldId')}` }),
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
			request: (p) => ({ method: 'GET', path: `${base(p)}/customFields`, qs: { model: p.string('model') } }),
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
				{ ...modelProperty, description: 'Which records the field belongs to (GHL does not move existing fields)' },
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

/** Name + value records (custom values, tags): the same five operations on a different path. */
function namedRecordResource(config: {
	value: string;
	name: string;
	plural: string;
	segment: string;
	idName: string;
	searchListMethod: string;
	withValue: boolean;
	single: string;
	many: string;
}): ResourceDefinition {
	const { segment, idName, single, many, name } = config;
	const lower = name.toLowerCase();
	const locator = recordLocator(idName, name, config.searchListMethod);
	const nameProperty = { displayName: 'Name', name: 'name', type: 'string' as const, default: '', required: true };
	const valueProperty = { displayName: 'Value', name: 'value', type: 'string' as const, default: '', required: true };
	const body = (p: Params): IDataObject =>
		config.withValue ? { name: p.string('name'), value: String(p.raw('value', '') ?? '') } : { name: p.string('name') };
	const one = (b: IDataObject) => (b[single] as IDataObject) ?? b;
	return {
		value: config.value,
		name,
		defaultOperation: 'getMany',
		operations: [
			{
				value: 'create',
				name: 'Create',
				action: `Create a ${lower}`,
				description: `Add a ${lower} to the sub-account`,
				endpoints: [`POST /locations/{locationId}/${segment}`],
				properties: config.withValue ? [nameProperty, valueProperty] : [nameProperty],
				request: (p) => ({ method: 'POST', path: `${base(p)}/${segment}`, body: body(p) }),
				output: one,
			},
			{
				value: 'delete',
				name: 'Delete',
				action: `Delete a ${lower}`,
				description: `Delete a ${lower} of the sub-account`,
				endpoints: [`DELETE /locations/{locationId}/${segment}/{${segment === 'tags' ? 'tagId' : 'id'}}`],
				properties: [locator],
				request: (p) => ({ method: 'DELETE', path: `${base(p)}/${segment}/${p.id(idName)}` }),
				output: (b, p) => ({ id: p.id(idName), deleted: b.succeded !== false && b.succeeded !== false }),
			},
			{
				value: 'get',
				name: 'Get',
				action: `Get a ${lower}`,
				description: `Get one ${lower} of the sub-account`,
				endpoints: [`GET /locations/{locationId}/${segment}/{${segment === 'tags' ? 'tagId' : 'id'}}`],
				properties: [locator],
				request: (p) => ({ method: 'GET', path: `${base(p)}/${segment}/${p.id(idName)}` }),
				output: one,
			},
			{
				value: 'getMany',
				name: 'Get Many',
				action: `Get many ${config.plural}`,
				description: `List the ${config.plural} of the sub-account`,
				endpoints: [`GET /locations/{locationId}/${segment}`],
				request: (p) => ({ method: 'GET', path: `${base(p)}/${segment}` }),
				output: (b) => (b[many] as IDataObject[]) ?? [],
			},
			{
				value: 'update',
				name: 'Update',
				action: `Update a ${lower}`,
				description: config.withValue ? `Change the name or value of a ${lower}` : `Rename a ${lower}`,
				endpoints: [`PUT /locations/{locationId}/${segment}/{${segment === 'tags' ? 'tagId' : 'id'}}`],
				properties: config.withValue ? [locator, nameProperty, valueProperty] : [locator, nameProperty],
				request: (p) => ({ method: 'PUT', path: `${base(p)}/${segment}/${p.id(idName)}`, body: body(p) }),
				output: one,
			},
		],
	};
}

export const customValueResource = namedRecordResource({
	value: 'customValue',
	name: 'Custom Value',
	plural: 'custom values',
	segment: 'customValues',
	idName: 'customValueId',
	searchListMethod: 'searchCustomValues',
	withValue: true,
	single: 'customValue',
	many: 'customValues',
});

export const tagResource = namedRecordResource({
	value: 'tag',
	name: 'Tag',
	plural: 'tags',
	segment: 'tags',
	idName: 'tagId',
	searchListMethod: 'searchTags',
	withValue: false,
	single: 'tag',
	many: 'tags',
});

export const timezoneResource: ResourceDefinition = {
	value: 'timezone',
	name: 'Timezone',
	operations: [
		{
			value: 'getMany',
			name: 'Get Many',
			action: 'Get many timezones',
			description: 'List the time zones the sub-account can use',
			endpoints: ['GET /locations/{locationId}/timezones'],
			request: (p) => ({ method: 'GET', path: `${base(p)}/timezones` }),
			// GHL answers with a list of names; one item per time zone.
			output: (body) => {
				const list = Array.isArray(body.timeZones) ? body.timeZones : Array.isArray(body.data) ? body.data : [];
				return (list as unknown[]).map((zone) => (typeof zone === 'string' ? { timezone: zone } : (zone as IDataObject)));
			},
		},
	],
};

const templateId = recordLocator('templateId', 'Template', 'searchTemplates');

export const templateResource: ResourceDefinition = {
	value: 'template',
	name: 'Template',
	defaultOperation: 'getMany',
	operations: [
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete a template',
			description: 'Delete an email, SMS or WhatsApp template of the sub-account',
			endpoints: ['DELETE /locations/{locationId}/templates/{id}'],
			properties: [templateId],
			request: (p) => ({ method: 'DELETE', path: `${base(p)}/templates/${p.id('templateId')}` }),
			output: (_body, p) => ({ id: p.id('templateId'), deleted: true }),
		},
		{
			value: 'getMany',
			name: 'Get Many',
			action: 'Get many templates',
			description: 'List the email, SMS or WhatsApp templates of the sub-account',
			endpoints: ['GET /locations/{locationId}/templates'],
			list: { style: 'skip', records: 'templates', maxPageSize: 100, sizeParam: 'limit', total: 'totalCount' },
			properties: [
				{
					displayName: 'Type',
					name: 'type',
					type: 'options',
					options: [
						{ name: 'All', value: '' },
						{ name: 'Email', value: 'email' },
						{ name: 'SMS', value: 'sms' },
						{ name: 'WhatsApp', value: 'whatsapp' },
					],
					default: '',
				},
				{
					displayName: 'Options',
					name: 'options',
					type: 'collection',
					placeholder: 'Add Option',
					default: {},
					options: [
						{ displayName: 'Include Deleted', name: 'deleted', type: 'boolean', default: false, description: 'Whether to list deleted templates too' },
						{
							displayName: 'Origin ID',
							name: 'originId',
							type: 'string',
							default: '',
							description: 'Where the templates come from; leave empty for the sub-account itself',
						},
					],
				},
			],
			request: (p) => {
				const options = p.collection('options');
				const qs: IDataObject = { originId: String(options.originId ?? '').trim() || p.locationId() };
				const type = p.optionalString('type');
				if (type) qs.type = type;
				if (options.deleted) qs.deleted = true;
				return { method: 'GET', path: `${base(p)}/templates`, qs };
			},
		},
	],
};
