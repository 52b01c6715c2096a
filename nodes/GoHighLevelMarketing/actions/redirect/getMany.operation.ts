import { compact } from '../../../shared/operations/params';
import type { OperationDefinition } from '../../../shared/operations/types';

export const getMany: OperationDefinition = {
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many URL redirects',
	description: 'List the URL redirects of the sub-account',
	endpoints: ['GET /funnels/lookup/redirect/list'],
	properties: [
		{
			displayName: 'Search',
			name: 'search',
			type: 'string',
			default: '',
			description: 'Text in the domain, path or target',
		},
	],
	list: {
		style: 'skip',
		pageParam: 'offset',
		sizeParam: 'limit',
		records: 'data.data',
		total: 'data.count',
		maxPageSize: 100,
	},
	request: (p) => ({
		method: 'GET',
		path: '/funnels/lookup/redirect/list',
		qs: compact({ locationId: p.locationId(), search: p.optionalString('search') }),
	}),
};
