import type { ResourceDefinition } from '../../../shared/operations/types';
import { getByIds } from './getByIds.operation';
import { getMany } from './getMany.operation';

export const tagResource: ResourceDefinition = {
	value: 'tag',
	name: 'Tag',
	defaultOperation: getMany.value,
	operations: [getByIds, getMany],
};
