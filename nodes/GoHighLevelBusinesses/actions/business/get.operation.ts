import type { IDataObject } from 'n8n-workflow';

import type { OperationDefinition } from '../../../shared/operations/types';
import { businessLocator } from './fields';

export const get: OperationDefinition = {
	value: 'get',
	name: 'Get',
	action: 'Get a business',
	description: 'Get a business by ID',
	endpoints: ['GET /businesses/{businessId}'],
	properties: [businessLocator()],
	request: (p) => ({ method: 'GET', path: `/businesses/${p.id('businessId')}` }),
	output: (body) => body.business as IDataObject,
};
