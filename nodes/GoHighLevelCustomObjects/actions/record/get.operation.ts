import type { IDataObject } from 'n8n-workflow';

import type { OperationDefinition } from '../../../shared/operations/types';
import { objectKeyOf, objectLocator, recordIdLocator } from '../locators';

export const get: OperationDefinition = {
	value: 'get',
	name: 'Get',
	action: 'Get a record',
	description: 'Get a record by ID',
	endpoints: ['GET /objects/{schemaKey}/records/{id}'],
	properties: [objectLocator(), recordIdLocator()],
	request: (p) => ({
		method: 'GET',
		path: `/objects/${encodeURIComponent(objectKeyOf(p))}/records/${p.id('recordId')}`,
	}),
	output: (body) => body.record as IDataObject,
};
