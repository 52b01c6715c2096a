import type { ResourceDefinition } from '../../../shared/operations/types';
import { countPages } from './countPages.operation';
import { getMany } from './getMany.operation';
import { getPages } from './getPages.operation';

export const funnelResource: ResourceDefinition = {
	value: 'funnel',
	name: 'Funnel',
	defaultOperation: getMany.value,
	operations: [countPages, getMany, getPages],
};
