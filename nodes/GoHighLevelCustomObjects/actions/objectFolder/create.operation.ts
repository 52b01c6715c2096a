import type { IDataObject } from 'n8n-workflow';

import type { OperationDefinition } from '../../../shared/operations/types';
import { objectKeyOf, objectLocator } from '../locators';

export const create: OperationDefinition = {
	value: 'create',
	name: 'Create',
	action: 'Create a field folder',
	description: "Add a folder to group an object's fields in",
	endpoints: ['POST /custom-fields/folder'],
	properties: [
		objectLocator(),
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. Medical',
		},
	],
	request: (p) => {
		const locationId = p.locationId();
		return {
			method: 'POST',
			path: '/custom-fields/folder',
			body: { objectKey: objectKeyOf(p), name: p.string('name'), locationId },
			locationId,
		};
	},
	output: (body) => body as IDataObject,
};
