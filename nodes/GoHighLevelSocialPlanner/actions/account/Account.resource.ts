import type { ResourceDefinition } from '../../../shared/operations/types';
import { remove } from './delete.operation';
import { getMany } from './getMany.operation';

export const accountResource: ResourceDefinition = {
	value: 'account',
	name: 'Account',
	defaultOperation: getMany.value,
	operations: [remove, getMany],
};
