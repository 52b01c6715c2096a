import type { IDataObject } from 'n8n-workflow';

import type { OperationDefinition } from '../../../shared/operations/types';
import { objectKeyOf, objectLocator } from '../locators';

/** GHL's update takes the full list of searchable properties every time (the spec requires it). */
export const update: OperationDefinition = {
	value: 'update',
	name: 'Update',
	action: 'Update an object',
	description: "Change an object schema's labels, description and searchable properties",
	endpoints: ['PUT /objects/{key}'],
	properties: [
		objectLocator(),
		{
			displayName: 'Searchable Property Names or IDs',
			name: 'searchableProperties',
			type: 'multiOptions',
			typeOptions: {
				loadOptionsMethod: 'getObjectFieldKeys',
				loadOptionsDependsOn: ['objectKey.value'],
			},
			default: [],
			description:
				'The properties record search matches; the list replaces the current one. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{
			displayName: 'Update Fields',
			name: 'fields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{ displayName: 'Description', name: 'description', type: 'string', default: '' },
				{ displayName: 'Plural Label', name: 'plural', type: 'string', default: '' },
				{ displayName: 'Singular Label', name: 'singular', type: 'string', default: '' },
			],
		},
	],
	request: (p) => {
		const locationId = p.locationId();
		const fields = p.collection('fields');
		const raw = p.raw<unknown>('searchableProperties', []);
		const searchableProperties = (Array.isArray(raw) ? raw : String(raw).split(','))
			.map((k) => String(k).trim())
			.filter(Boolean);
		const body: IDataObject = { locationId, searchableProperties };
		const singular = String(fields.singular ?? '').trim();
		const plural = String(fields.plural ?? '').trim();
		if (singular || plural)
			body.labels = { ...(singular ? { singular } : {}), ...(plural ? { plural } : {}) };
		if (String(fields.description ?? '').trim())
			body.description = String(fields.description).trim();
		return {
			method: 'PUT',
			path: `/objects/${encodeURIComponent(objectKeyOf(p))}`,
			body,
			locationId,
		};
	},
	output: (body) => body.object as IDataObject,
};
