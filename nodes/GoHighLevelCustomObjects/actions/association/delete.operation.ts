import type { OperationDefinition } from '../../../shared/operations/types';
import { associationLocator } from '../locators';

export const remove: OperationDefinition = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete an association type',
	description: 'Delete a user-defined association type and every relation of it',
	endpoints: ['DELETE /associations/{associationId}'],
	properties: [associationLocator()],
	request: (p) => ({ method: 'DELETE', path: `/associations/${p.id('associationId')}` }),
};
