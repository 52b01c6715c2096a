import type { ResourceDefinition } from '../../../shared/operations/types';
import { createFolder } from './createFolder.operation';
import { remove } from './delete.operation';
import { getMany } from './getMany.operation';
import { rename } from './rename.operation';
import { upload } from './upload.operation';

export const mediaResource: ResourceDefinition = {
	value: 'media',
	name: 'Media',
	defaultOperation: upload.value,
	operations: [createFolder, remove, getMany, rename, upload],
};
