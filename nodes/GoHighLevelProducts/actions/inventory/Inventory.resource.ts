import type { ResourceDefinition } from '../../../shared/operations/types';
import { getMany } from './getMany.operation';
import { update } from './update.operation';

export const inventoryResource: ResourceDefinition = {
	value: 'inventory',
	name: 'Inventory',
	defaultOperation: getMany.value,
	operations: [getMany, update],
};
