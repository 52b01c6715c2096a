import type { ResourceDefinition } from '../../../shared/operations/types';
import { get } from './get.operation';
import { getMany } from './getMany.operation';

export const subscriptionResource: ResourceDefinition = {
	value: 'subscription',
	name: 'Subscription',
	defaultOperation: getMany.value,
	operations: [get, getMany],
};
