import type { INodeProperties } from 'n8n-workflow';

import { listProperties } from '../shared/operations/describe';

/** The endpoint, its parameters and body, and Return All / Limit for endpoints that page. */
export const requestProperties: INodeProperties[] = [
	{
		displayName: 'Endpoint',
		name: 'endpoint',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description:
			'Any operation of GHL’s API, grouped by API. Type words of its name or path to find it.',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchEndpoints', searchable: true },
			},
			{
				displayName: 'Method and Path',
				name: 'id',
				type: 'string',
				placeholder: 'GET /contacts/',
				validation: [
					{
						type: 'regex',
						properties: {
							regex: '^(GET|POST|PUT|PATCH|DELETE) /\\S*$',
							errorMessage: 'Give the method and the spec path, e.g. GET /contacts/',
						},
					},
				],
			},
		],
	},
	{
		displayName: 'Parameters',
		name: 'parameters',
		type: 'resourceMapper',
		noDataExpression: true,
		default: { mappingMode: 'defineBelow', value: null },
		required: true,
		description: 'The endpoint’s path and query parameters; the required ones cannot be removed',
		typeOptions: {
			loadOptionsDependsOn: ['endpoint.value'],
			resourceMapper: {
				resourceMapperMethod: 'getEndpointParameters',
				mode: 'add',
				fieldWords: { singular: 'parameter', plural: 'parameters' },
				addAllFields: false,
				multiKeyMatch: false,
				supportAutoMap: false,
			},
		},
	},
	{
		displayName: 'Body (JSON)',
		name: 'body',
		type: 'json',
		default: '{}',
		description:
			'The JSON body, for endpoints that take one. Fields the spec requires are checked before sending.',
	},
	...listProperties().map((property) => ({
		...property,
		description: `${property.description}. Only for endpoints that page (marked "pages" in the list); others return their response as one item.`,
	})),
];
