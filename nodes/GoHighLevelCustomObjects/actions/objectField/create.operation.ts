import type { IDataObject } from 'n8n-workflow';

import type { OperationDefinition } from '../../../shared/operations/types';
import { folderLocator, objectKeyOf, objectLocator } from '../locators';
import {
	DATA_TYPES,
	fieldDetails,
	fieldOptions,
	OPTION_TYPES,
	showInFormsProperty,
} from './definition';

const KEY_PATTERN = /^[a-z][a-z0-9_]*$/;

export const create: OperationDefinition = {
	value: 'create',
	name: 'Create',
	action: 'Create an object field',
	description: 'Add a field to a custom object (or business), inside one of its folders',
	endpoints: ['POST /custom-fields/'],
	properties: [
		objectLocator(),
		folderLocator('folderId', { description: 'The folder of the object the field goes in' }),
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. Breed',
		},
		{
			displayName: 'Key',
			name: 'key',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. breed',
			description: 'Lowercase letters, digits and underscores; the property key of records',
		},
		{
			displayName: 'Data Type',
			name: 'dataType',
			type: 'options',
			options: DATA_TYPES,
			default: 'TEXT',
		},
		showInFormsProperty,
		fieldOptions('Additional Fields'),
	],
	request: (p) => {
		const locationId = p.locationId();
		const objectKey = objectKeyOf(p);
		const key = p.string('key').split('.').pop()!;
		if (!KEY_PATTERN.test(key))
			p.fail(`"Key" may hold only lowercase letters, digits and underscores: "${key}"`);
		const dataType = p.string('dataType');
		const details = fieldDetails(p);
		if (OPTION_TYPES.includes(dataType) && dataType !== 'TEXTBOX_LIST' && !details.options) {
			p.fail(
				`"Options" is required for a ${dataType.toLowerCase().replace('_', ' ')} field`,
				'Add them under "Additional Fields".',
			);
		}
		const body: IDataObject = {
			locationId,
			name: p.string('name'),
			dataType,
			fieldKey: `${objectKey}.${key}`,
			objectKey,
			parentId: p.id('folderId'),
			showInForms: p.boolean('showInForms', true),
			...details,
		};
		return { method: 'POST', path: '/custom-fields/', body, locationId };
	},
	output: (body) => body.field as IDataObject,
};
