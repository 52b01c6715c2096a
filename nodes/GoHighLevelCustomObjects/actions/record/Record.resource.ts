import type { ResourceDefinition } from '../../../shared/operations/types';
import { create } from './create.operation';
import { remove } from './delete.operation';
import { get } from './get.operation';
import { search } from './search.operation';
import { update } from './update.operation';

export const recordResource: ResourceDefinition = {
	value: 'record',
	name: 'Record',
	defaultOperation: create.value,
	operations: [create, remove, get, search, update],
};
