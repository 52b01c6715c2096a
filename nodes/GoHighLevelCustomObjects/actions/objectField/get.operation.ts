import type { IDataObject } from 'n8n-workflow';

import type { OperationDefinition } from '../../../shared/operations/types';
import { fieldLocator, objectLocator } from '../locators';

export const get: OperationDefinition = {
	value: 'get',
	name: 'Get',
	action: 'Get an object field',
	description: 'Get a field of an object by ID',
	endpoints: ['GET /custom-fields/{id}'],
	properties: [
		objectLocator('objectKey', 'Object', {
			description: 'The object of the field (to list its fields)',
			required: false,
		}),
		fieldLocator(),
	],
	request: (p) => ({ method: 'GET', path: `/custom-fields/${p.id('fieldId')}` }),
	output: (body) => body.field as IDataObject,
};
