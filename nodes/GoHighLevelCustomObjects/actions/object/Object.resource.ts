import type { ResourceDefinition } from '../../../shared/operations/types';
import { create } from './create.operation';
import { get } from './get.operation';
import { getMany } from './getMany.operation';
import { update } from './update.operation';

export const objectResource: ResourceDefinition = {
	value: 'object',
	name: 'Object',
	defaultOperation: getMany.value,
	operations: [create, get, getMany, update],
};
