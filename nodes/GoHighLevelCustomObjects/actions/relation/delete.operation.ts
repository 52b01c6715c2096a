import type { OperationDefinition } from '../../../shared/operations/types';

export const remove: OperationDefinition = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a relation',
	description: 'Remove the relation between two records',
	endpoints: ['DELETE /associations/relations/{relationId}'],
	properties: [
		{
			displayName: 'Relation ID',
			name: 'relationId',
			type: 'string',
			required: true,
			default: '',
			description: 'The ID of the relation, as Get Many returns it',
		},
	],
	request: (p) => {
		const locationId = p.locationId();
		return {
			method: 'DELETE',
			path: `/associations/relations/${p.id('relationId')}`,
			qs: { locationId },
			locationId,
		};
	},
};
