import type {
	ILoadOptionsFunctions,
	INodeListSearchResult,
	ResourceMapperField,
	ResourceMapperFields,
} from 'n8n-workflow';

import {
	endpointByKey,
	endpointKey,
	ENDPOINTS,
	type Endpoint,
	type EndpointParam,
} from '../shared/catalog';
import { matchesFilter } from '../shared/methods/location';

/** `custom-fields` → `Custom Fields`: the group an operation is listed under. */
export function apiTitle(api: string): string {
	return api
		.split('-')
		.map((word) =>
			word.length <= 3 && word !== 'ads'
				? word.toUpperCase()
				: word[0].toUpperCase() + word.slice(1),
		)
		.join(' ')
		.replace(/^Saas/, 'SaaS');
}

export function endpointLabel(endpoint: Endpoint): string {
	const marks = [
		endpoint.paging?.records ? 'pages' : '',
		endpoint.token === 'agency' ? 'agency' : '',
		endpoint.deprecated ? 'deprecated' : '',
	]
		.filter(Boolean)
		.join(', ');
	return `${apiTitle(endpoint.api)}: ${endpoint.summary || endpoint.id} — ${endpointKey(endpoint)}${marks ? ` (${marks})` : ''}`;
}

/** All 576 operations, grouped by API (the list is sorted by it and each name starts with it), filtered by any word typed. */
export async function searchEndpoints(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const words = (filter ?? '').trim().split(/\s+/).filter(Boolean);
	const results = [...ENDPOINTS]
		.sort(
			(a, b) =>
				apiTitle(a.api).localeCompare(apiTitle(b.api)) ||
				a.path.localeCompare(b.path) ||
				a.method.localeCompare(b.method),
		)
		.map((endpoint) => ({ endpoint, name: endpointLabel(endpoint) }))
		.filter(({ endpoint, name }) => words.every((word) => matchesFilter(word, name, endpoint.id)))
		.map(({ endpoint, name }) => ({ name, value: endpointKey(endpoint) }));
	return { results };
}

const FIELD_TYPES: Record<string, ResourceMapperField['type']> = {
	number: 'number',
	boolean: 'boolean',
	array: 'array',
};

/** Filled from the node's Sub-Account (or the credential's own) when left empty. */
export const FROM_SUB_ACCOUNT = ['locationId', 'location_id'];

function field(param: EndpointParam): ResourceMapperField {
	const where = param.in === 'path' ? 'in path' : 'query';
	const fromSubAccount = FROM_SUB_ACCOUNT.includes(param.name) ? ', empty: the Sub-Account' : '';
	return {
		id: param.name,
		displayName: `${param.name} (${where}${fromSubAccount})`,
		required: Boolean(param.required) && !fromSubAccount,
		defaultMatch: false,
		display: true,
		type: param.options ? 'options' : (FIELD_TYPES[param.type] ?? 'string'),
		...(param.options
			? {
					options: param.options.map((value) => ({
						name: String(value),
						value: value as string | number,
					})),
				}
			: {}),
		...(param.required ? {} : { removed: true }),
	};
}

/** The chosen operation's path and query parameters, required ones first and mandatory in the editor. */
export async function getEndpointParameters(
	this: ILoadOptionsFunctions,
): Promise<ResourceMapperFields> {
	const key = this.getCurrentNodeParameter('endpoint', { extractValue: true }) as
		| string
		| undefined;
	const endpoint = key ? endpointByKey(key) : undefined;
	if (!endpoint) return { fields: [], emptyFieldsNotice: 'Choose an endpoint first' };
	const params = [...endpoint.params].sort(
		(a, b) => Number(Boolean(b.required)) - Number(Boolean(a.required)),
	);
	return {
		fields: params.map(field),
		emptyFieldsNotice: `${endpointKey(endpoint)} has no path or query parameters`,
	};
}
