import type { IDataObject } from 'n8n-workflow';

import type { OperationDefinition } from '../../../shared/operations/types';
import { objectKeyOf, objectLocator } from '../locators';
import { ownershipProperty, propertiesMapper, recordBody } from './properties';

export const create: OperationDefinition = {
	value: 'create',
	name: 'Create',
	action: 'Create a record',
	description: 'Create a record of a custom object (or of a standard object such as business)',
	endpoints: ['POST /objects/{schemaKey}/records'],
	properties: [objectLocator(), propertiesMapper('getRecordColumns'), ownershipProperty],
	request: (p) => {
		const locationId = p.locationId();
		const objectKey = objectKeyOf(p);
		const body = recordBody(p, { checkRequired: true });
		if (!Object.keys(body.properties as IDataObject).length) {
			p.fail('"Properties" needs at least one property', 'Add the properties of the new record.');
		}
		return {
			method: 'POST',
			path: `/objects/${encodeURIComponent(objectKey)}/records`,
			body: { locationId, ...body },
			locationId,
		};
	},
	output: (body) => body.record as IDataObject,
};
