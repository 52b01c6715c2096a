import type { ResourceDefinition } from '../../../shared/operations/types';
import { checkSlug } from './checkSlug.operation';
import { create } from './create.operation';
import { getMany } from './getMany.operation';
import { update } from './update.operation';

export const blogPostResource: ResourceDefinition = {
	value: 'blogPost',
	name: 'Blog Post',
	defaultOperation: create.value,
	operations: [checkSlug, create, getMany, update],
};
