import type { IDataObject } from 'n8n-workflow';

import type { OperationDefinition } from '../../../shared/operations/types';
import { objectKeyOf, objectLocator, recordIdLocator } from '../locators';
import { ownershipProperty, propertiesMapper, recordBody } from './properties';

/** Only the properties added to the mapper change; one added and left empty is cleared. */
export const update: OperationDefinition = {
	value: 'update',
	name: 'Update',
	action: 'Update a record',
	description: 'Change properties of a record; a property added and left empty is cleared',
	endpoints: ['PUT /objects/{schemaKey}/records/{id}'],
	properties: [
		objectLocator(),
		recordIdLocator(),
		propertiesMapper('getRecordColumnsForUpdate'),
		ownershipProperty,
	],
	request: (p) => {
		const locationId = p.locationId();
		const objectKey = objectKeyOf(p);
		const id = p.id('recordId');
		const body = recordBody(p, { checkRequired: false });
		if (!Object.keys(body.properties as IDataObject).length && !body.owner && !body.followers) {
			p.fail('Nothing to update', 'Add at least one property, or an owner or followers.');
		}
		return {
			method: 'PUT',
			path: `/objects/${encodeURIComponent(objectKey)}/records/${id}`,
			qs: { locationId },
			body,
			locationId,
		};
	},
	output: (body) => body.record as IDataObject,
};
