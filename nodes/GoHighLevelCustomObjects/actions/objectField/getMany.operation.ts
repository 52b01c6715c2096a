import type { IDataObject } from 'n8n-workflow';

import { limited, listProperties } from '../../../shared/operations/describe';
import type { OperationDefinition } from '../../../shared/operations/types';
import { objectKeyOf, objectLocator } from '../locators';

export const getMany: OperationDefinition = {
	value: 'getMany',
	name: 'Get Many',
	action: 'Get fields of an object',
	description: 'List the fields (or the folders) of an object',
	endpoints: ['GET /custom-fields/object-key/{objectKey}'],
	properties: [
		objectLocator(),
		{
			displayName: 'Return',
			name: 'what',
			type: 'options',
			options: [
				{ name: 'Fields', value: 'fields' },
				{ name: 'Folders', value: 'folders' },
			],
			default: 'fields',
		},
		...listProperties(),
	],
	request: (p) => {
		const locationId = p.locationId();
		return {
			method: 'GET',
			path: `/custom-fields/object-key/${encodeURIComponent(objectKeyOf(p))}`,
			qs: { locationId },
			locationId,
		};
	},
	output: (body, p) =>
		limited(
			p,
			(body[
				p.raw<string>('what', 'fields') === 'folders' ? 'folders' : 'fields'
			] as IDataObject[]) ?? [],
		),
};
