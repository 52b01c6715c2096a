import type { INodeProperties } from 'n8n-workflow';

import { authenticationProperty, subAccountProperty } from '../shared/operations/describe';
import { pollEvents } from './events';

const opportunityEvents = ['OpportunityCreate', 'OpportunityStageUpdate'];

export const DEFAULT_LOOK_AHEAD_DAYS = 365;

export const pollingTriggerProperties: INodeProperties[] = [
	authenticationProperty,
	{
		displayName: 'Event',
		name: 'event',
		type: 'options',
		noDataExpression: true,
		required: true,
		options: [...pollEvents]
			.sort((a, b) => a.name.localeCompare(b.name))
			.map((e) => ({ name: e.name, value: e.value, description: e.description })),
		default: 'ContactCreate',
	},
	subAccountProperty,
	{
		displayName: 'Calendar',
		name: 'calendarId',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		description:
			'Leave empty to watch every calendar of the sub-account (one request per calendar and poll)',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchCalendars', searchable: true },
			},
			{ displayName: 'ID', name: 'id', type: 'string', placeholder: 'BqTwX8QFwXzpegMve9EQ' },
		],
		displayOptions: { show: { event: ['AppointmentCreate'] } },
	},
	{
		displayName: 'Look Ahead (Days)',
		name: 'lookAheadDays',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 3650 },
		default: DEFAULT_LOOK_AHEAD_DAYS,
		description:
			'GHL lists appointments by when they take place, not by when they were booked: an appointment is seen when it takes place between a week ago and this many days from now',
		displayOptions: { show: { event: ['AppointmentCreate'] } },
	},
	{
		displayName: 'Pipeline',
		name: 'pipelineId',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		description:
			'Leave empty for every pipeline. Choosing one keeps "Opportunity Stage Changed" polls short: it reads every opportunity in scope each time.',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchPipelines', searchable: true },
			},
			{ displayName: 'ID', name: 'id', type: 'string', placeholder: 'VDm7RPYC2GLUvdpKmBfC' },
		],
		displayOptions: { show: { event: opportunityEvents } },
	},
	{
		displayName: 'Status',
		name: 'status',
		type: 'options',
		options: [
			{ name: 'Abandoned', value: 'abandoned' },
			{ name: 'All', value: 'all' },
			{ name: 'Lost', value: 'lost' },
			{ name: 'Open', value: 'open' },
			{ name: 'Won', value: 'won' },
		],
		default: 'all',
		description: 'Only opportunities with this status',
		displayOptions: { show: { event: opportunityEvents } },
	},
	{
		displayName: 'Emit Existing',
		name: 'emitExisting',
		type: 'boolean',
		default: false,
		description:
			'Whether the first poll after activation outputs what already exists (the newest, up to "Max Existing"). Off: the first poll only marks where to start; n8n records it as one execution without items, which is how n8n saves that mark.',
	},
	{
		displayName: 'Max Existing',
		name: 'existingLimit',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 50,
		description: 'Max number of existing records the first poll outputs',
		displayOptions: { show: { emitExisting: [true] } },
	},
];
