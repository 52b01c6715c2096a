import { compact } from '../../../shared/operations/params';
import type { OperationDefinition } from '../../../shared/operations/types';

const STATUSES = [
	'active',
	'pause',
	'complete',
	'cancelled',
	'retry',
	'draft',
	'resend-scheduled',
].map((value) => ({
	name: value.replace('-', ' ').replace(/^./, (c) => c.toUpperCase()),
	value,
}));

export const getMany: OperationDefinition = {
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many email campaigns',
	description: 'List the scheduled and sent email campaigns (bulk emails) of the sub-account',
	endpoints: ['GET /emails/schedule'],
	properties: [
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Status',
					name: 'status',
					type: 'options',
					options: STATUSES,
					default: 'active',
				},
				{ displayName: 'Name', name: 'name', type: 'string', default: '' },
				{
					displayName: 'Include Archived',
					name: 'archived',
					type: 'boolean',
					default: false,
					description: 'Whether to list archived campaigns',
				},
			],
		},
	],
	list: {
		style: 'skip',
		pageParam: 'offset',
		sizeParam: 'limit',
		records: 'schedules',
		maxPageSize: 100,
	},
	request: (p) => {
		const filters = p.collection('filters');
		return {
			method: 'GET',
			path: '/emails/schedule',
			qs: compact({
				locationId: p.locationId(),
				status: filters.status as string,
				name: filters.name as string,
				archived: filters.archived as boolean | undefined,
			}),
		};
	},
};
