import type { OperationDefinition } from '../../../shared/operations/types';
import { businessLocator } from './fields';

export const remove: OperationDefinition = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a business',
	description: 'Delete a business by ID',
	endpoints: ['DELETE /businesses/{businessId}'],
	properties: [businessLocator()],
	request: (p) => ({ method: 'DELETE', path: `/businesses/${p.id('businessId')}` }),
};
