import type { ResourceDefinition } from '../../../shared/operations/types';
import { fulfill } from './fulfill.operation';
import { get } from './get.operation';
import { getFulfillments } from './getFulfillments.operation';
import { getMany } from './getMany.operation';

export const orderResource: ResourceDefinition = {
	value: 'order',
	name: 'Order',
	defaultOperation: getMany.value,
	operations: [fulfill, get, getFulfillments, getMany],
};
