import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';

import { sharedListSearch } from '../shared/methods/pickers';
import { actionNodeBase } from '../shared/node';
import { authenticationProperty, subAccountProperty } from '../shared/operations/describe';
import { executeOperation } from '../shared/operations/execute';
import { getEndpointParameters, searchEndpoints } from './methods';
import { apiRequest } from './request';

/**
 * Any operation of GHL's API, chosen from the generated endpoint catalogue; what the curated nodes do not cover yet.
 * A breaking change to this node's parameters would go into a `VersionedNodeType` (v1/, v2/ folders, as n8n's own
 * HighLevel and Airtable nodes do), keeping version 1 for existing workflows.
 */
export class GoHighLevelApiRequest implements INodeType {
	description: INodeTypeDescription = {
		...actionNodeBase,
		displayName: 'GoHighLevel API Request',
		name: 'goHighLevelApiRequest',
		icon: { light: 'file:gohighlevel.svg', dark: 'file:gohighlevel.dark.svg' },
		subtitle: '={{$parameter["endpoint"].value}}',
		usableAsTool: true,
		description: 'Call any GoHighLevel API endpoint, with the right Version, token and paging',
		defaults: { name: 'GoHighLevel API Request' },
		properties: [authenticationProperty, subAccountProperty, ...(apiRequest.properties ?? [])],
	};

	methods = {
		listSearch: { searchSubAccounts: sharedListSearch.searchSubAccounts, searchEndpoints },
		resourceMapping: { getEndpointParameters },
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeOperation.call(this, apiRequest);
	}
}
