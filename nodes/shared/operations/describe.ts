import type { IDataObject, INodeCredentialDescription, INodeProperties } from 'n8n-workflow';

import { endpointByKey } from '../catalog';
import { PACK_SCOPES } from '../scopes';
import type { Params } from './params';
import type { OperationDefinition, ResourceDefinition } from './types';

export const authenticationProperty: INodeProperties = {
	displayName: 'Authentication',
	name: 'authentication',
	type: 'options',
	options: [
		{ name: 'Private Integration Token', value: 'privateIntegrationToken' },
		{ name: 'OAuth2 (Marketplace App)', value: 'oAuth2' },
	],
	default: 'privateIntegrationToken',
};

export const credentialsFor: INodeCredentialDescription[] = [
	{
		name: 'goHighLevelApi',
		required: true,
		displayOptions: { show: { authentication: ['privateIntegrationToken'] } },
	},
	{
		name: 'goHighLevelOAuth2Api',
		required: true,
		displayOptions: { show: { authentication: ['oAuth2'] } },
	},
];

/** The sub-account an agency credential acts on; a sub-account credential uses its own when left empty. */
export const subAccountProperty: INodeProperties = {
	displayName: 'Sub-Account',
	name: 'locationId',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	description:
		'Leave empty to use the sub-account of the credential. Required with an agency credential.',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchSubAccounts', searchable: true },
		},
		{
			displayName: 'ID',
			name: 'id',
			type: 'string',
			placeholder: 've9EPM428h8vShlRW1KT',
		},
	],
};

/** Return All / Limit. For GHL lists that come in one response (no paging) the limit is applied by `limited`. */
export const listProperties = (): INodeProperties[] => [
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		description: 'Whether to return all results or only up to a given limit',
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 50,
		description: 'Max number of results to return',
		displayOptions: { show: { returnAll: [false] } },
	},
];

/** The records a one-response list returns under Return All / Limit. */
export function limited(p: Params, records: IDataObject[]): IDataObject[] {
	return p.boolean('returnAll') ? records : records.slice(0, p.number('limit', 50));
}

/** Adds "show only for this resource and operation" to a property, keeping what it already shows on. */
function scoped(property: INodeProperties, resource: string, operation: string): INodeProperties {
	const show = {
		...(property.displayOptions?.show ?? {}),
		resource: [resource],
		operation: [operation],
	};
	return { ...property, displayOptions: { ...property.displayOptions, show } };
}

/**
 * Scopes the spec asks for an operation's endpoints where none of them is in the credential's default, because GHL
 * grants them only to some apps (deleting a sub-account: locations.internal-access-only).
 */
export function extraScopesOf(operation: OperationDefinition): string[] {
	const extra = new Set<string>();
	for (const key of operation.endpoints) {
		const scopes = endpointByKey(key)?.scopes ?? [];
		if (!scopes.some((scope) => PACK_SCOPES.includes(scope)))
			scopes.forEach((scope) => extra.add(scope));
	}
	return [...extra];
}

/** A notice for scopes the credential does not ask for by default, so nobody is surprised by GHL's 403. */
function extraScopesNotice(scopes: string[]): INodeProperties {
	return {
		displayName: `This operation needs the scope ${scopes.join(', ')}, which the GoHighLevel credential does not ask for by default: GHL grants it only to some apps. Without it GHL answers 403.`,
		name: 'extraScopesNotice',
		type: 'notice',
		default: '',
	};
}

export function operationProperties(operation: OperationDefinition): INodeProperties[] {
	const extraScopes = extraScopesOf(operation);
	return [
		...(extraScopes.length ? [extraScopesNotice(extraScopes)] : []),
		...(operation.properties ?? []),
		...(operation.list ? listProperties() : []),
	];
}

/** A Resource or Operation selector; its options and default come from the resource definitions. */
function selector(displayName: string, name: string): INodeProperties {
	return { displayName, name, type: 'options', noDataExpression: true, options: [], default: '' };
}

/**
 * The editor's parameters for a node made of resources: Authentication, Resource, one Operation selector per
 * resource, Sub-Account, then every operation's own parameters shown only for it.
 */
export function nodeProperties(resources: ResourceDefinition[]): INodeProperties[] {
	const properties: INodeProperties[] = [authenticationProperty];
	properties.push({
		...selector('Resource', 'resource'),
		options: resources.map((r) => ({ name: r.name, value: r.value })),
		default: resources[0].value,
	});
	for (const resource of resources) {
		properties.push({
			...selector('Operation', 'operation'),
			displayOptions: { show: { resource: [resource.value] } },
			options: resource.operations.map((o) => ({
				name: o.name,
				value: o.value,
				action: o.action,
				description: o.description,
			})),
			default: resource.defaultOperation ?? resource.operations[0].value,
		});
	}
	properties.push(subAccountProperty);
	for (const resource of resources) {
		for (const operation of resource.operations) {
			for (const property of operationProperties(operation)) {
				properties.push(scoped(property, resource.value, operation.value));
			}
		}
	}
	return properties;
}
