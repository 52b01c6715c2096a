import type { ResourceDefinition } from '../../../shared/operations/types';
import { bulkUpdate } from './bulkUpdate.operation';
import { create } from './create.operation';
import { remove } from './delete.operation';
import { get } from './get.operation';
import { getMany } from './getMany.operation';
import { update } from './update.operation';

export const productResource: ResourceDefinition = {
	value: 'product',
	name: 'Product',
	defaultOperation: create.value,
	operations: [bulkUpdate, create, remove, get, getMany, update],
};
