import type { ResourceDefinition } from '../../../shared/operations/types';
import { getMany } from './getMany.operation';

export const emailCampaignResource: ResourceDefinition = {
	value: 'emailCampaign',
	name: 'Email Campaign',
	defaultOperation: getMany.value,
	operations: [getMany],
};
