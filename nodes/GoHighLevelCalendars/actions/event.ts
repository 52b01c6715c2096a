import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { userProperty } from '../../shared/descriptions';
import { limited, listProperties } from '../../shared/operations/describe';
import { compact, type Params } from '../../shared/operations/params';
import type { OperationDefinition, ResourceDefinition } from '../../shared/operations/types';
import type { GhlRequest } from '../../shared/transport';
import { formatInTimezone } from '../dates';
import {
	calendarLocator,
	checkOrder,
	dateTimeProperty,
	deleteEventRequest,
	groupLocator,
	millis,
	optionalMillis,
	timezoneOf,
	timezoneProperty,
} from './fields';

/** Events and blocked slots are listed for one calendar, one group or one user at a time. */
const ownerProperties: INodeProperties[] = [
	{
		displayName: 'Of',
		name: 'of',
		type: 'options',
		options: [
			{ name: 'Calendar', value: 'calendar' },
			{ name: 'Calendar Group', value: 'group' },
			{ name: 'User', value: 'user' },
		],
		default: 'calendar',
	},
	calendarLocator({ displayOptions: { show: { of: ['calendar'] } } }),
	groupLocator({ displayOptions: { show: { of: ['group'] } } }),
	userProperty('userId', 'User Name or ID', {
		required: true,
		displayOptions: { show: { of: ['user'] } },
	}),
];

const rangeProperties: INodeProperties[] = [
	dateTimeProperty('startTime', 'Start', { required: true }),
	dateTimeProperty('endTime', 'End', {
		required: true,
		description: 'A date without a time covers that whole day',
	}),
	timezoneProperty,
];

/** The list request: epoch milliseconds, as these endpoints document them. */
function listRequest(p: Params, path: string): GhlRequest {
	const locationId = p.locationId();
	const timezone = timezoneOf(p);
	const start = millis(p, p.raw('startTime'), 'Start', timezone);
	const end = millis(p, p.raw('endTime'), 'End', timezone, 'end');
	checkOrder(p, start, end, 'Start', 'End');
	const of = p.raw<string>('of', 'calendar');
	const owner =
		of === 'group'
			? { groupId: p.id('groupId') }
			: of === 'user'
				? { userId: p.string('userId') }
				: { calendarId: p.id('calendarId') };
	return {
		method: 'GET',
		path,
		qs: { locationId, ...owner, startTime: String(start), endTime: String(end) },
		locationId,
	};
}

const getEvents: OperationDefinition = {
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many calendar events',
	description:
		"List the appointments taking place between two dates in a calendar, a group or a user's calendars",
	endpoints: ['GET /calendars/events'],
	properties: [...ownerProperties, ...rangeProperties, ...listProperties()],
	request: (p) => listRequest(p, '/calendars/events'),
	output: (body, p) => limited(p, (body.events as IDataObject[]) ?? []),
};

export const eventResource: ResourceDefinition = {
	value: 'event',
	name: 'Event',
	operations: [getEvents],
};

const blockedSlotId: INodeProperties = {
	displayName: 'Blocked Slot ID',
	name: 'blockedSlotId',
	type: 'string',
	default: '',
	required: true,
	placeholder: '0TkCdp9PfvLeWKYRRvIz',
};

const blockedSlotFields: INodeProperties[] = [
	userProperty('assignedUserId', 'Assigned User Name or ID', {
		description:
			'Block the time of this team member only. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	}),
	{ displayName: 'Title', name: 'title', type: 'string', default: '', placeholder: 'Lunch break' },
];

const createBlockedSlot: OperationDefinition = {
	value: 'create',
	name: 'Create',
	action: 'Create a blocked slot',
	description: 'Block time in a calendar so it cannot be booked',
	endpoints: ['POST /calendars/events/block-slots'],
	properties: [
		calendarLocator(),
		dateTimeProperty('startTime', 'Start', { required: true }),
		dateTimeProperty('endTime', 'End', { required: true }),
		timezoneProperty,
		{
			displayName: 'Additional Fields',
			name: 'fields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: blockedSlotFields,
		},
	],
	request: (p) => {
		const locationId = p.locationId();
		const timezone = timezoneOf(p);
		const start = millis(p, p.raw('startTime'), 'Start', timezone);
		const end = millis(p, p.raw('endTime'), 'End', timezone);
		checkOrder(p, start, end, 'Start', 'End');
		const body = {
			...compact(p.collection('fields')),
			calendarId: p.id('calendarId'),
			locationId,
			startTime: formatInTimezone(start, timezone),
			endTime: formatInTimezone(end, timezone),
		};
		return { method: 'POST', path: '/calendars/events/block-slots', body, locationId };
	},
};

const updateBlockedSlot: OperationDefinition = {
	value: 'update',
	name: 'Update',
	action: 'Update a blocked slot',
	description: 'Change the time, title or user of a blocked slot',
	endpoints: ['PUT /calendars/events/block-slots/{eventId}'],
	properties: [
		blockedSlotId,
		{
			...calendarLocator(),
			description: 'The calendar the blocked slot belongs to (GHL asks for it on every change)',
		},
		timezoneProperty,
		{
			displayName: 'Update Fields',
			name: 'fields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				...blockedSlotFields,
				dateTimeProperty('endTime', 'End'),
				dateTimeProperty('startTime', 'Start'),
			],
		},
	],
	request: (p) => {
		const locationId = p.locationId();
		const { startTime, endTime, ...fields } = p.collection('fields');
		const timezone = startTime || endTime ? timezoneOf(p) : 'UTC';
		const start = optionalMillis(p, startTime, 'Start', timezone);
		const end = optionalMillis(p, endTime, 'End', timezone);
		if (start !== undefined && end !== undefined) checkOrder(p, start, end, 'Start', 'End');
		const changes = compact({
			...fields,
			startTime: start === undefined ? undefined : formatInTimezone(start, timezone),
			endTime: end === undefined ? undefined : formatInTimezone(end, timezone),
		});
		if (!Object.keys(changes).length)
			p.fail('Nothing to update', 'Add at least one field under "Update Fields".');
		return {
			method: 'PUT',
			path: `/calendars/events/block-slots/${p.id('blockedSlotId')}`,
			body: { ...changes, calendarId: p.id('calendarId'), locationId },
			locationId,
		};
	},
};

const getBlockedSlots: OperationDefinition = {
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many blocked slots',
	description:
		"List the blocked slots between two dates in a calendar, a group or a user's calendars",
	endpoints: ['GET /calendars/blocked-slots'],
	properties: [...ownerProperties, ...rangeProperties, ...listProperties()],
	request: (p) => listRequest(p, '/calendars/blocked-slots'),
	output: (body, p) => limited(p, (body.events as IDataObject[]) ?? []),
};

const deleteBlockedSlot: OperationDefinition = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a blocked slot',
	description: 'Delete a blocked slot, freeing its time',
	endpoints: ['DELETE /calendars/events/{eventId}'],
	properties: [blockedSlotId],
	request: (p) => deleteEventRequest(p.id('blockedSlotId')),
	output: (body, p) => ({ id: p.id('blockedSlotId'), deleted: body.succeeded !== false }),
};

export const blockedSlotResource: ResourceDefinition = {
	value: 'blockedSlot',
	name: 'Blocked Slot',
	defaultOperation: createBlockedSlot.value,
	operations: [createBlockedSlot, deleteBlockedSlot, getBlockedSlots, updateBlockedSlot],
};
