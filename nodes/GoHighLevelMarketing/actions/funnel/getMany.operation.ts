import type { IDataObject } from 'n8n-workflow';

import { compact } from '../../../shared/operations/params';
import type { OperationDefinition } from '../../../shared/operations/types';

/** The spec types `funnels` as one object; GHL answers with a list. Both are read. */
export const asList = (value: unknown): IDataObject[] =>
	Array.isArray(value)
		? (value as IDataObject[])
		: value && typeof value === 'object'
			? [value as IDataObject]
			: [];

export const getMany: OperationDefinition = {
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many funnels',
	description: 'List the funnels and websites of the sub-account',
	endpoints: ['GET /funnels/funnel/list'],
	properties: [
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Type',
					name: 'type',
					type: 'options',
					options: [
						{ name: 'Funnel', value: 'funnel' },
						{ name: 'Website', value: 'website' },
					],
					default: 'funnel',
				},
				{ displayName: 'Name', name: 'name', type: 'string', default: '' },
			],
		},
	],
	list: {
		style: 'skip',
		pageParam: 'offset',
		sizeParam: 'limit',
		records: 'funnels',
		total: 'count',
		maxPageSize: 100,
	},
	request: (p) => {
		const filters = p.collection('filters');
		return {
			method: 'GET',
			path: '/funnels/funnel/list',
			qs: compact({
				locationId: p.locationId(),
				type: filters.type as string,
				name: filters.name as string,
			}),
		};
	},
};
