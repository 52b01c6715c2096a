import type {
	IDataObject,
	IExecuteFunctions,
	ILoadOptionsFunctions,
	INodeExecutionData,
	INodeListSearchResult,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';

import { matchesFilter, pickerLocation } from '../shared/methods/location';
import { sharedListSearch, sharedLoadOptions } from '../shared/methods/pickers';
import { actionNodeBase } from '../shared/node';
import { nodeProperties } from '../shared/operations/describe';
import { executeOperations } from '../shared/operations/execute';
import { ghlRequest } from '../shared/transport';
import { businessResource } from './actions/business/Business.resource';

export const resources = [businessResource];

async function searchBusinesses(
	this: ILoadOptionsFunctions,
	filter?: string,
	token?: string,
): Promise<INodeListSearchResult> {
	const { account, locationId } = await pickerLocation(this);
	const skip = token ? Number(token) : 0;
	const { body } = await ghlRequest.call(
		this,
		{ method: 'GET', path: '/businesses/', qs: { locationId, skip, limit: 100 }, locationId },
		0,
		account,
	);
	const businesses = (body.businesses as IDataObject[]) ?? [];
	return {
		results: businesses
			.filter((b) => matchesFilter(filter, String(b.name ?? ''), String(b.email ?? '')))
			.map((b) => ({ name: String(b.name ?? b.id), value: String(b.id) })),
		paginationToken: businesses.length === 100 ? String(skip + 100) : undefined,
	};
}

export class GoHighLevelBusinesses implements INodeType {
	description: INodeTypeDescription = {
		...actionNodeBase,
		displayName: 'GoHighLevel Businesses',
		name: 'goHighLevelBusinesses',
		icon: { light: 'file:gohighlevel.svg', dark: 'file:gohighlevel.dark.svg' },
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		usableAsTool: true,
		description:
			'Create, find and update the businesses (companies) contacts belong to in GoHighLevel',
		defaults: { name: 'GoHighLevel Businesses' },
		properties: nodeProperties(resources),
	};

	methods = {
		listSearch: { ...sharedListSearch, searchBusinesses },
		loadOptions: sharedLoadOptions,
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeOperations.call(this, resources);
	}
}
