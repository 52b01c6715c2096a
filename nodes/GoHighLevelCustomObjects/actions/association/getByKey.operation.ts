import type { OperationDefinition } from '../../../shared/operations/types';

export const getByKey: OperationDefinition = {
	value: 'getByKey',
	name: 'Get by Key',
	action: 'Get an association type by key',
	description: 'Get an association type by its key, e.g. contact_contact',
	endpoints: ['GET /associations/key/{key_name}'],
	properties: [
		{
			displayName: 'Key',
			name: 'key',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. pet_owner',
		},
	],
	request: (p) => {
		const locationId = p.locationId();
		return {
			method: 'GET',
			path: `/associations/key/${encodeURIComponent(p.string('key'))}`,
			qs: { locationId },
			locationId,
		};
	},
};
