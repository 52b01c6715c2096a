import type { OperationDefinition } from '../../../shared/operations/types';
import { folderLocator, objectLocator } from '../locators';

export const remove: OperationDefinition = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a field folder',
	description: "Delete a folder of an object's fields",
	endpoints: ['DELETE /custom-fields/folder/{id}'],
	properties: [
		objectLocator('objectKey', 'Object', {
			description: 'The object of the folder (to list its folders)',
			required: false,
		}),
		folderLocator(),
	],
	request: (p) => {
		const locationId = p.locationId();
		return {
			method: 'DELETE',
			path: `/custom-fields/folder/${p.id('folderId')}`,
			qs: { locationId },
			locationId,
		};
	},
};
