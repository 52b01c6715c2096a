import type { OperationDefinition } from '../../../shared/operations/types';
import { associationLocator } from '../locators';

export const get: OperationDefinition = {
	value: 'get',
	name: 'Get',
	action: 'Get an association type',
	description: 'Get an association type by ID',
	endpoints: ['GET /associations/{associationId}'],
	properties: [associationLocator()],
	request: (p) => ({ method: 'GET', path: `/associations/${p.id('associationId')}` }),
};
