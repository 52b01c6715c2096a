import type { ResourceDefinition } from '../../../shared/operations/types';
import { getMany } from './getMany.operation';
import { getSubmissions } from './getSubmissions.operation';

export const formResource: ResourceDefinition = {
	value: 'form',
	name: 'Form',
	defaultOperation: getSubmissions.value,
	operations: [getMany, getSubmissions],
};
