import { altOf } from '../../../shared/altLocation';
import { compact } from '../../../shared/operations/params';
import type { OperationDefinition } from '../../../shared/operations/types';

export const getMany: OperationDefinition = {
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many invoice schedules',
	description: 'List the recurring invoice schedules of the sub-account',
	endpoints: ['GET /invoices/schedule'],
	properties: [
		{
			displayName: 'Search',
			name: 'search',
			type: 'string',
			default: '',
			description: 'Text in the schedule name',
		},
	],
	list: {
		style: 'skip',
		pageParam: 'offset',
		sizeParam: 'limit',
		records: 'schedules',
		total: 'total',
		maxPageSize: 100,
	},
	request: (p) => ({
		method: 'GET',
		path: '/invoices/schedule',
		qs: compact({ ...altOf(p), search: p.optionalString('search') }),
	}),
};
