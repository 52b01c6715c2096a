import type { OperationDefinition } from '../../../shared/operations/types';
import { objectKeyOf, objectLocator, recordIdLocator } from '../locators';

export const remove: OperationDefinition = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a record',
	description: 'Delete a record by ID',
	endpoints: ['DELETE /objects/{schemaKey}/records/{id}'],
	properties: [objectLocator(), recordIdLocator()],
	request: (p) => ({
		method: 'DELETE',
		path: `/objects/${encodeURIComponent(objectKeyOf(p))}/records/${p.id('recordId')}`,
	}),
};
