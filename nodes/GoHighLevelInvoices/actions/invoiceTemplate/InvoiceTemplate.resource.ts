import type { ResourceDefinition } from '../../../shared/operations/types';
import { create } from './create.operation';
import { remove } from './delete.operation';
import { get } from './get.operation';
import { getMany } from './getMany.operation';
import { update } from './update.operation';

export const invoiceTemplateResource: ResourceDefinition = {
	value: 'invoiceTemplate',
	name: 'Invoice Template',
	defaultOperation: getMany.value,
	operations: [create, remove, get, getMany, update],
};
