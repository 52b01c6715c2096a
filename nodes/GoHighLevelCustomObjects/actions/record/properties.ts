import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { mapperProperty } from '../../../shared/customFields/columns';
import { mappedValues } from '../../../shared/customFields/values';
import { userProperty } from '../../../shared/descriptions';
import type { Params } from '../../../shared/operations/params';

/** The record's properties, mapped column by column from the object's schema. */
export const propertiesMapper = (
	method: 'getRecordColumns' | 'getRecordColumnsForUpdate',
): INodeProperties =>
	mapperProperty('properties', 'Properties', method, ['objectKey.value'], {
		singular: 'property',
		plural: 'properties',
	});

export const ownershipProperty: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [
		userProperty('owner', 'Owner Name or ID', {
			description:
				'The user who owns the record. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		}),
		{
			displayName: 'Follower IDs',
			name: 'followers',
			type: 'string',
			default: '',
			description: 'Comma-separated user IDs who follow the record',
		},
	],
};

/** `properties`, plus owner and followers when given, as GHL's record body takes them. */
export function recordBody(p: Params, { checkRequired }: { checkRequired: boolean }): IDataObject {
	const properties: IDataObject = {};
	for (const { id, value } of mappedValues(p, 'properties', { checkRequired }))
		properties[id] = value;
	const options = p.collection('options');
	const body: IDataObject = { properties };
	if (String(options.owner ?? '').trim()) body.owner = [String(options.owner).trim()];
	const followers = String(options.followers ?? '')
		.split(',')
		.map((f) => f.trim())
		.filter(Boolean);
	if (followers.length) body.followers = followers;
	return body;
}
