import type { OperationDefinition } from '../../../shared/operations/types';
import { folderLocator, objectLocator } from '../locators';

export const update: OperationDefinition = {
	value: 'update',
	name: 'Update',
	action: 'Rename a field folder',
	description: "Rename a folder of an object's fields",
	endpoints: ['PUT /custom-fields/folder/{id}'],
	properties: [
		objectLocator('objectKey', 'Object', {
			description: 'The object of the folder (to list its folders)',
			required: false,
		}),
		folderLocator(),
		{ displayName: 'Name', name: 'name', type: 'string', required: true, default: '' },
	],
	request: (p) => {
		const locationId = p.locationId();
		return {
			method: 'PUT',
			path: `/custom-fields/folder/${p.id('folderId')}`,
			body: { name: p.string('name'), locationId },
			locationId,
		};
	},
};
