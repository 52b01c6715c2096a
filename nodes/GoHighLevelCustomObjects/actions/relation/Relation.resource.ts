import type { ResourceDefinition } from '../../../shared/operations/types';
import { create } from './create.operation';
import { remove } from './delete.operation';
import { getMany } from './getMany.operation';

export const relationResource: ResourceDefinition = {
	value: 'relation',
	name: 'Relation',
	defaultOperation: create.value,
	operations: [create, remove, getMany],
};
