import type { ResourceDefinition } from '../../../shared/operations/types';
import { bulkDelete } from './bulkDelete.operation';
import { create } from './create.operation';
import { remove } from './delete.operation';
import { get } from './get.operation';
import { getMany } from './getMany.operation';
import { update } from './update.operation';

export const postResource: ResourceDefinition = {
	value: 'post',
	name: 'Post',
	defaultOperation: create.value,
	operations: [create, remove, bulkDelete, get, getMany, update],
};
