import type { ResourceDefinition } from '../../../shared/operations/types';
import { create } from './create.operation';
import { remove } from './delete.operation';
import { getMany } from './getMany.operation';
import { update } from './update.operation';

export const emailTemplateResource: ResourceDefinition = {
	value: 'emailTemplate',
	name: 'Email Template',
	defaultOperation: getMany.value,
	operations: [create, remove, getMany, update],
};
