import type { INodeProperties } from 'n8n-workflow';

import { recordLocator } from '../../shared/descriptions';
import type { Params } from '../../shared/operations/params';

/** The ID parameters of this node: objects are named by key (`custom_objects.pet`), the rest by id. */

export function objectLocator(
	name = 'objectKey',
	displayName = 'Object',
	extra: Partial<INodeProperties> = {},
): INodeProperties {
	return {
		...recordLocator(name, displayName, 'searchObjects'),
		description:
			'The object, picked from the sub-account or given by its key (custom objects start with custom_objects.)',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchObjects', searchable: true },
			},
			{
				displayName: 'Key',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. custom_objects.pet',
				validation: [
					{
						type: 'regex',
						properties: { regex: '^[A-Za-z0-9_.-]+$', errorMessage: 'Not a valid object key' },
					},
				],
			},
		],
		...extra,
	};
}

export const recordIdLocator = (extra: Partial<INodeProperties> = {}) =>
	recordLocator('recordId', 'Record', 'searchRecords', {
		placeholder: 'e.g. 661c06b4ffde146bdb469442',
		...extra,
	});

export const associationLocator = (extra: Partial<INodeProperties> = {}) =>
	recordLocator('associationId', 'Association Type', 'searchAssociations', {
		placeholder: 'e.g. 6d6f6e676f5f6576656e7473',
		...extra,
	});

export const fieldLocator = () => recordLocator('fieldId', 'Field', 'searchObjectFields');

export const folderLocator = (name = 'folderId', extra: Partial<INodeProperties> = {}) =>
	recordLocator(name, 'Folder', 'searchObjectFolders', extra);

/** The object key GHL names it by (`custom_objects.pet`, or `business` for a standard object). */
export function objectKeyOf(p: Params, name = 'objectKey'): string {
	return p.id(name);
}

/** A record's property key: the last part of the field key (`custom_objects.pet.breed` → `breed`). */
export function propertyKey(fieldKey: string): string {
	return fieldKey.split('.').pop() ?? fieldKey;
}
