import type { ResourceDefinition } from '../../../shared/operations/types';
import { get } from './get.operation';
import { getMany } from './getMany.operation';

export const transactionResource: ResourceDefinition = {
	value: 'transaction',
	name: 'Transaction',
	defaultOperation: getMany.value,
	operations: [get, getMany],
};
