import type { OperationDefinition } from '../../../shared/operations/types';
import { associationLocator } from '../locators';

/** Only the labels of an association type can change; GHL wants both. */
export const update: OperationDefinition = {
	value: 'update',
	name: 'Update',
	action: 'Update an association type',
	description: 'Rename the two sides of an association type',
	endpoints: ['PUT /associations/{associationId}'],
	properties: [
		associationLocator(),
		{
			displayName: 'First Object Label',
			name: 'firstObjectLabel',
			type: 'string',
			required: true,
			default: '',
		},
		{
			displayName: 'Second Object Label',
			name: 'secondObjectLabel',
			type: 'string',
			required: true,
			default: '',
		},
	],
	request: (p) => ({
		method: 'PUT',
		path: `/associations/${p.id('associationId')}`,
		body: {
			firstObjectLabel: p.string('firstObjectLabel'),
			secondObjectLabel: p.string('secondObjectLabel'),
		},
	}),
};
