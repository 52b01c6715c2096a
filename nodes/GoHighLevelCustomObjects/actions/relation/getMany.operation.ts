import type { OperationDefinition } from '../../../shared/operations/types';

export const getMany: OperationDefinition = {
	value: 'getMany',
	name: 'Get Many',
	action: 'Get relations of a record',
	description: 'List the relations of a record (or contact), optionally of one association type',
	endpoints: ['GET /associations/relations/{recordId}'],
	list: {
		style: 'skip',
		records: 'relations',
		maxPageSize: 100,
		sizeParam: 'limit',
		total: 'total',
	},
	properties: [
		{
			displayName: 'Record ID',
			name: 'recordId',
			type: 'string',
			required: true,
			default: '',
			description: 'A record of any object, or a contact ID',
		},
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Association Type ID',
					name: 'associationId',
					type: 'string',
					default: '',
					description: 'Only relations of this association type',
				},
			],
		},
	],
	request: (p) => {
		const locationId = p.locationId();
		const associationId = String(p.collection('filters').associationId ?? '').trim();
		return {
			method: 'GET',
			path: `/associations/relations/${p.id('recordId')}`,
			qs: { locationId, ...(associationId ? { associationIds: associationId } : {}) },
			locationId,
		};
	},
};
