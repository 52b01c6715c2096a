import type { ResourceDefinition } from '../../../shared/operations/types';
import { getMany } from './getMany.operation';
import { getSubmissions } from './getSubmissions.operation';

export const surveyResource: ResourceDefinition = {
	value: 'survey',
	name: 'Survey',
	defaultOperation: getSubmissions.value,
	operations: [getMany, getSubmissions],
};
