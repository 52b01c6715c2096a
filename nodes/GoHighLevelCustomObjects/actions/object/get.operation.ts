import type { IDataObject } from 'n8n-workflow';

import type { OperationDefinition } from '../../../shared/operations/types';
import { objectKeyOf, objectLocator } from '../locators';

export const get: OperationDefinition = {
	value: 'get',
	name: 'Get',
	action: 'Get an object',
	description: 'Get an object schema with its fields',
	endpoints: ['GET /objects/{key}'],
	properties: [objectLocator()],
	request: (p) => {
		const locationId = p.locationId();
		return {
			method: 'GET',
			path: `/objects/${encodeURIComponent(objectKeyOf(p))}`,
			qs: { locationId, fetchProperties: 'true' },
			locationId,
		};
	},
	output: (body) => ({ ...(body.object as IDataObject), fields: body.fields ?? [] }),
};
