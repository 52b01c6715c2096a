import type { IDataObject } from 'n8n-workflow';

import { compact } from '../../../shared/operations/params';
import type { OperationDefinition } from '../../../shared/operations/types';

const KEY_PREFIX = 'custom_objects.';
const KEY_PATTERN = /^[a-z][a-z0-9_]*$/;

/** GHL accepts a new schema only from an agency token (the spec's Agency-Access); the transport says so before sending. */
export const create: OperationDefinition = {
	value: 'create',
	name: 'Create',
	action: 'Create an object',
	description: 'Create a custom object schema (needs an agency credential)',
	endpoints: ['POST /objects/'],
	properties: [
		{
			displayName: 'Singular Label',
			name: 'singular',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. Pet',
		},
		{
			displayName: 'Plural Label',
			name: 'plural',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. Pets',
		},
		{
			displayName: 'Key',
			name: 'key',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. pet',
			description:
				'Lowercase letters, digits and underscores; GHL stores it as custom_objects.&lt;key&gt;',
		},
		{
			displayName: 'Primary Property Name',
			name: 'primaryName',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. Pet Name',
			description: 'The property GHL shows records by',
		},
		{
			displayName: 'Primary Property Key',
			name: 'primaryKey',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. name',
		},
		{
			displayName: 'Primary Property Type',
			name: 'primaryType',
			type: 'options',
			options: [
				{ name: 'Text', value: 'TEXT' },
				{ name: 'Number', value: 'NUMERICAL' },
			],
			default: 'TEXT',
		},
		{ displayName: 'Description', name: 'description', type: 'string', default: '' },
	],
	request: (p) => {
		const locationId = p.locationId();
		const key = p.string('key').replace(KEY_PREFIX, '');
		if (!KEY_PATTERN.test(key))
			p.fail(`"Key" may hold only lowercase letters, digits and underscores: "${key}"`);
		const primaryKey = p.string('primaryKey').split('.').pop()!;
		if (!KEY_PATTERN.test(primaryKey)) {
			p.fail(
				`"Primary Property Key" may hold only lowercase letters, digits and underscores: "${primaryKey}"`,
			);
		}
		const body: IDataObject = compact({
			labels: { singular: p.string('singular'), plural: p.string('plural') },
			key: `${KEY_PREFIX}${key}`,
			description: p.optionalString('description'),
			locationId,
			primaryDisplayPropertyDetails: {
				key: `${KEY_PREFIX}${key}.${primaryKey}`,
				name: p.string('primaryName'),
				dataType: p.string('primaryType'),
			},
		});
		return { method: 'POST', path: '/objects/', body, locationId };
	},
	output: (body) => body.object as IDataObject,
};
