import { limited, listProperties } from '../../../shared/operations/describe';
import type { OperationDefinition } from '../../../shared/operations/types';
import { objectLocator } from '../locators';
import { associationsOf } from './list';

export const getManyForObject: OperationDefinition = {
	value: 'getManyForObject',
	name: 'Get Many for Object',
	action: 'Get association types of an object',
	description: 'List the association types an object takes part in',
	endpoints: ['GET /associations/objectKey/{objectKey}'],
	properties: [objectLocator(), ...listProperties()],
	request: (p) => {
		const locationId = p.locationId();
		return {
			method: 'GET',
			path: `/associations/objectKey/${encodeURIComponent(p.id('objectKey'))}`,
			qs: { locationId },
			locationId,
		};
	},
	output: (body, p) => limited(p, associationsOf(body)),
};
