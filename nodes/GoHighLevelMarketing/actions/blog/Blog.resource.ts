import type { ResourceDefinition } from '../../../shared/operations/types';
import { getAuthors } from './getAuthors.operation';
import { getCategories } from './getCategories.operation';
import { getMany } from './getMany.operation';

export const blogResource: ResourceDefinition = {
	value: 'blog',
	name: 'Blog',
	defaultOperation: getMany.value,
	operations: [getAuthors, getCategories, getMany],
};
