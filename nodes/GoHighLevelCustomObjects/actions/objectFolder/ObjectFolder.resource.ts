import type { ResourceDefinition } from '../../../shared/operations/types';
import { create } from './create.operation';
import { remove } from './delete.operation';
import { update } from './update.operation';

export const objectFolderResource: ResourceDefinition = {
	value: 'objectFolder',
	name: 'Object Field Folder',
	defaultOperation: create.value,
	operations: [create, remove, update],
};
