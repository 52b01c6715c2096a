import type { OperationDefinition } from '../../../shared/operations/types';
import { fieldLocator, objectLocator } from '../locators';

export const remove: OperationDefinition = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete an object field',
	description: 'Delete a field of an object, with its values on every record',
	endpoints: ['DELETE /custom-fields/{id}'],
	properties: [
		objectLocator('objectKey', 'Object', {
			description: 'The object of the field (to list its fields)',
			required: false,
		}),
		fieldLocator(),
	],
	request: (p) => ({ method: 'DELETE', path: `/custom-fields/${p.id('fieldId')}` }),
};
