import type { ResourceDefinition } from '../../../shared/operations/types';
import { get } from './get.operation';
import { getMany } from './getMany.operation';

export const categoryResource: ResourceDefinition = {
	value: 'category',
	name: 'Category',
	defaultOperation: getMany.value,
	operations: [get, getMany],
};
