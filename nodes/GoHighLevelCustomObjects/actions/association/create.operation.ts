import type { IDataObject } from 'n8n-workflow';

import type { OperationDefinition } from '../../../shared/operations/types';
import { objectLocator } from '../locators';

/** GHL supports contact ↔ contact, contact ↔ custom object and custom object ↔ custom object associations. */
export const create: OperationDefinition = {
	value: 'create',
	name: 'Create',
	action: 'Create an association type',
	description:
		'Define how records of two objects can be related, e.g. a pet and its owner (a contact)',
	endpoints: ['POST /associations/'],
	properties: [
		{
			displayName: 'Key',
			name: 'key',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. pet_owner',
			description: 'Unique name of the association type',
		},
		objectLocator('firstObjectKey', 'First Object'),
		{
			displayName: 'First Object Label',
			name: 'firstObjectLabel',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. Pet',
			description: 'What a record of the first object is called in this association',
		},
		objectLocator('secondObjectKey', 'Second Object'),
		{
			displayName: 'Second Object Label',
			name: 'secondObjectLabel',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. Owner',
		},
	],
	request: (p) => {
		const locationId = p.locationId();
		const body: IDataObject = {
			locationId,
			key: p.string('key'),
			firstObjectLabel: p.string('firstObjectLabel'),
			firstObjectKey: p.id('firstObjectKey'),
			secondObjectLabel: p.string('secondObjectLabel'),
			secondObjectKey: p.id('secondObjectKey'),
		};
		return { method: 'POST', path: '/associations/', body, locationId };
	},
};
