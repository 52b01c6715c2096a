import type { IDataObject } from 'n8n-workflow';

import type { OperationDefinition } from '../../../shared/operations/types';
import { fieldLocator, objectLocator } from '../locators';
import { fieldDetails, fieldOptions, showInFormsProperty } from './definition';

export const update: OperationDefinition = {
	value: 'update',
	name: 'Update',
	action: 'Update an object field',
	description: 'Rename a field, change its description, placeholder or options',
	endpoints: ['PUT /custom-fields/{id}'],
	properties: [
		objectLocator('objectKey', 'Object', {
			description: 'The object of the field (to list its fields)',
			required: false,
		}),
		fieldLocator(),
		showInFormsProperty,
		{
			...fieldOptions('Update Fields'),
			options: [
				{ displayName: 'Name', name: 'name', type: 'string', default: '' },
				...(fieldOptions('').options ?? []),
			],
		},
	],
	request: (p) => {
		const locationId = p.locationId();
		const fields = p.collection('fields');
		const body: IDataObject = {
			locationId,
			showInForms: p.boolean('showInForms', true),
			...fieldDetails(p),
		};
		if (String(fields.name ?? '').trim()) body.name = String(fields.name).trim();
		return { method: 'PUT', path: `/custom-fields/${p.id('fieldId')}`, body, locationId };
	},
	output: (body) => body.field as IDataObject,
};
