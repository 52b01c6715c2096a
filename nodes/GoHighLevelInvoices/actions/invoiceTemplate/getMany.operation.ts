import { altOf } from '../../../shared/altLocation';
import { compact } from '../../../shared/operations/params';
import type { OperationDefinition } from '../../../shared/operations/types';

export const getMany: OperationDefinition = {
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many invoice templates',
	description: 'List the invoice templates of the sub-account',
	endpoints: ['GET /invoices/template'],
	properties: [
		{
			displayName: 'Search',
			name: 'search',
			type: 'string',
			default: '',
			description: 'Text in the template name',
		},
	],
	list: {
		style: 'skip',
		pageParam: 'offset',
		sizeParam: 'limit',
		records: 'data',
		total: 'totalCount',
		maxPageSize: 100,
	},
	request: (p) => ({
		method: 'GET',
		path: '/invoices/template',
		qs: compact({ ...altOf(p), search: p.optionalString('search') }),
	}),
};
