import type { OperationDefinition } from '../../../shared/operations/types';
import { associationLocator } from '../locators';

/** The first record belongs to the association's first object, the second to its second (GHL checks). */
export const create: OperationDefinition = {
	value: 'create',
	name: 'Create',
	action: 'Relate two records',
	description:
		'Relate two records through an association type, e.g. a pet record to its owner contact',
	endpoints: ['POST /associations/relations'],
	properties: [
		associationLocator(),
		{
			displayName: 'First Record ID',
			name: 'firstRecordId',
			type: 'string',
			required: true,
			default: '',
			description: "A record (or contact ID) of the association's first object",
		},
		{
			displayName: 'Second Record ID',
			name: 'secondRecordId',
			type: 'string',
			required: true,
			default: '',
			description: "A record (or contact ID) of the association's second object",
		},
	],
	request: (p) => {
		const locationId = p.locationId();
		return {
			method: 'POST',
			path: '/associations/relations',
			body: {
				locationId,
				associationId: p.id('associationId'),
				firstRecordId: p.id('firstRecordId'),
				secondRecordId: p.id('secondRecordId'),
			},
			locationId,
		};
	},
};
