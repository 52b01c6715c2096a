import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { userProperty } from '../../shared/descriptions';
import { compact, type Params } from '../../shared/operations/params';
import type { OperationDefinition, ResourceDefinition } from '../../shared/operations/types';
import { limited, listProperties } from '../../shared/operations/describe';
import { calendarLocator } from './fields';

const CALENDAR_TYPES = [
	{ name: 'Class Booking', value: 'class_booking' },
	{ name: 'Collective', value: 'collective' },
	{ name: 'Event', value: 'event' },
	{ name: 'Personal', value: 'personal' },
	{ name: 'Round Robin', value: 'round_robin' },
	{ name: 'Service Booking', value: 'service_booking' },
];

const DURATION_UNITS = [
	{ name: 'Minutes', value: 'mins' },
	{ name: 'Hours', value: 'hours' },
];

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'].map(
	(name, value) => ({ name, value }),
);

const openHoursProperty: INodeProperties = {
	displayName: 'Open Hours',
	name: 'openHours',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Open Hours',
	default: {},
	description: "When the calendar can be booked, in the sub-account's timezone",
	options: [
		{
			displayName: 'Hours',
			name: 'hours',
			values: [
				{
					displayName: 'Days',
					name: 'days',
					type: 'multiOptions',
					options: WEEKDAYS,
					default: [1, 2, 3, 4, 5],
				},
				{
					displayName: 'Opens At',
					name: 'opens',
					type: 'string',
					default: '09:00',
					placeholder: '09:00',
					description: '24-hour time, HH:mm',
				},
				{
					displayName: 'Closes At',
					name: 'closes',
					type: 'string',
					default: '17:00',
					placeholder: '17:00',
					description: '24-hour time, HH:mm; 23:59 for the end of the day',
				},
			],
		},
	],
};

/** Fields create and update share. */
function calendarFields(displayName: string, withName: boolean): INodeProperties {
	return {
		displayName,
		name: 'fields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{ displayName: 'Active', name: 'isActive', type: 'boolean', default: true },
			{
				displayName: 'Allow Cancellation',
				name: 'allowCancellation',
				type: 'boolean',
				default: true,
			},
			{ displayName: 'Allow Reschedule', name: 'allowReschedule', type: 'boolean', default: true },
			{
				displayName: 'Auto Confirm',
				name: 'autoConfirm',
				type: 'boolean',
				default: true,
				description: 'Whether new bookings are confirmed without review',
			},
			{ displayName: 'Description', name: 'description', type: 'string', default: '' },
			{ displayName: 'Event Color', name: 'eventColor', type: 'color', default: '#039be5' },
			{
				displayName: 'Event Title',
				name: 'eventTitle',
				type: 'string',
				default: '',
				placeholder: '{{contact.name}}',
				description: 'Title of the appointments booked in it; GHL template fields allowed',
			},
			{
				displayName: 'Group Name or ID',
				name: 'groupId',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getCalendarGroups' },
				default: '',
				description:
					'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
			},
			{ displayName: 'Meeting Location', name: 'meetingLocation', type: 'string', default: '' },
			...(withName
				? [{ displayName: 'Name', name: 'name', type: 'string' as const, default: '' }]
				: []),
			openHoursProperty,
			{
				displayName: 'Slot Duration',
				name: 'slotDuration',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 30,
				description: 'Default length of an appointment',
			},
			{
				displayName: 'Slot Duration Unit',
				name: 'slotDurationUnit',
				type: 'options',
				options: DURATION_UNITS,
				default: 'mins',
			},
			{
				displayName: 'Slot Interval',
				name: 'slotInterval',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 30,
				description: 'Time between the starts of two offered slots',
			},
			{
				displayName: 'Slot Interval Unit',
				name: 'slotIntervalUnit',
				type: 'options',
				options: DURATION_UNITS,
				default: 'mins',
			},
			{
				displayName: 'Slug',
				name: 'slug',
				type: 'string',
				default: '',
				description: 'Part of the booking page URL',
			},
			userProperty('teamMembers', 'Team Member Names or IDs', {
				type: 'multiOptions',
				default: [],
				description:
					'Users who take the bookings. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			}),
		],
	};
}

function timeOfDay(p: Params, value: unknown, field: string): { hour: number; minute: number } {
	const match = /^(\d{1,2}):(\d{2})$/.exec(String(value ?? '').trim());
	const hour = match ? Number(match[1]) : NaN;
	const minute = match ? Number(match[2]) : NaN;
	if (!match || hour > 23 || minute > 59)
		p.fail(`"${field}" must be a time as HH:mm, e.g. 09:30: "${String(value)}"`);
	return { hour, minute };
}

function openHoursBody(p: Params, value: unknown): IDataObject[] | undefined {
	const rows = ((value as IDataObject | undefined)?.hours as IDataObject[] | undefined) ?? [];
	if (!rows.length) return undefined;
	return rows.map((row) => {
		const opens = timeOfDay(p, row.opens, 'Opens At');
		const closes = timeOfDay(p, row.closes, 'Closes At');
		if (closes.hour * 60 + closes.minute <= opens.hour * 60 + opens.minute)
			p.fail(`"Closes At" (${String(row.closes)}) must be after "Opens At" (${String(row.opens)})`);
		const days = (Array.isArray(row.days) ? row.days : String(row.days ?? '').split(',')).map(
			Number,
		);
		if (!days.length || days.some((d) => !Number.isInteger(d) || d < 0 || d > 6))
			p.fail('"Days" must be weekdays 0 (Sunday) to 6 (Saturday)');
		return {
			daysOfTheWeek: days,
			hours: [
				{
					openHour: opens.hour,
					openMinute: opens.minute,
					closeHour: closes.hour,
					closeMinute: closes.minute,
				},
			],
		};
	});
}

function calendarBody(p: Params, fields: IDataObject): IDataObject {
	const { openHours, teamMembers, ...rest } = fields;
	const body: IDataObject = compact(rest);
	const hours = openHoursBody(p, openHours);
	if (hours) body.openHours = hours;
	const members = (Array.isArray(teamMembers) ? teamMembers : String(teamMembers ?? '').split(','))
		.map((id) => String(id).trim())
		.filter(Boolean);
	if (members.length)
		body.teamMembers = members.map((userId, i) => ({ userId, isPrimary: i === 0 }));
	for (const key of ['slotDuration', 'slotInterval'])
		if (body[key] !== undefined) body[key] = Number(body[key]);
	return body;
}

const path = (p: Params) => `/calendars/${p.id('calendarId')}`;

const getMany: OperationDefinition = {
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many calendars',
	description: 'List the calendars of the sub-account, optionally of one group',
	endpoints: ['GET /calendars/'],
	properties: [
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Group Name or ID',
					name: 'groupId',
					type: 'options',
					typeOptions: { loadOptionsMethod: 'getCalendarGroups' },
					default: '',
					description:
						'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
				},
				{
					displayName: 'Include Drafts',
					name: 'showDrafted',
					type: 'boolean',
					default: true,
					description: 'Whether to include calendars not yet published',
				},
			],
		},
		...listProperties(),
	],
	request: (p) => {
		const locationId = p.locationId();
		const filters = p.collection('filters');
		return {
			method: 'GET',
			path: '/calendars/',
			qs: compact({
				locationId,
				groupId: filters.groupId as string,
				showDrafted: filters.showDrafted as boolean,
			}),
			locationId,
		};
	},
	output: (body, p) => limited(p, (body.calendars as IDataObject[]) ?? []),
};

const get: OperationDefinition = {
	value: 'get',
	name: 'Get',
	action: 'Get a calendar',
	description: 'Get a calendar with its settings and open hours',
	endpoints: ['GET /calendars/{calendarId}'],
	properties: [calendarLocator()],
	request: (p) => ({ method: 'GET', path: path(p) }),
	output: (body) => body.calendar as IDataObject,
};

const create: OperationDefinition = {
	value: 'create',
	name: 'Create',
	action: 'Create a calendar',
	description: 'Create a calendar with its open hours, slot length and team',
	endpoints: ['POST /calendars/'],
	properties: [
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'Consultation',
		},
		{
			displayName: 'Calendar Type',
			name: 'calendarType',
			type: 'options',
			options: CALENDAR_TYPES,
			default: 'event',
		},
		calendarFields('Additional Fields', false),
	],
	request: (p) => {
		const locationId = p.locationId();
		const body = {
			...calendarBody(p, p.collection('fields')),
			name: p.string('name'),
			calendarType: p.string('calendarType'),
			locationId,
		};
		return { method: 'POST', path: '/calendars/', body, locationId };
	},
	output: (body) => body.calendar as IDataObject,
};

const update: OperationDefinition = {
	value: 'update',
	name: 'Update',
	action: 'Update a calendar',
	description: "Change a calendar's name, open hours, slot length, team or other settings",
	endpoints: ['PUT /calendars/{calendarId}'],
	properties: [calendarLocator(), calendarFields('Update Fields', true)],
	request: (p) => {
		const body = calendarBody(p, p.collection('fields'));
		if (!Object.keys(body).length)
			p.fail('Nothing to update', 'Add at least one field under "Update Fields".');
		return { method: 'PUT', path: path(p), body };
	},
	output: (body) => body.calendar as IDataObject,
};

const remove: OperationDefinition = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a calendar',
	description: 'Delete a calendar',
	endpoints: ['DELETE /calendars/{calendarId}'],
	properties: [calendarLocator()],
	request: (p) => ({ method: 'DELETE', path: path(p) }),
	output: (body, p) => ({ id: p.id('calendarId'), deleted: body.success !== false }),
};

export const calendarResource: ResourceDefinition = {
	value: 'calendar',
	name: 'Calendar',
	defaultOperation: getMany.value,
	operations: [create, remove, get, getMany, update],
};

const getGroups: OperationDefinition = {
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many calendar groups',
	description: 'List the calendar groups of the sub-account',
	endpoints: ['GET /calendars/groups'],
	properties: [...listProperties()],
	request: (p) => ({
		method: 'GET',
		path: '/calendars/groups',
		qs: { locationId: p.locationId() },
		locationId: p.locationId(),
	}),
	output: (body, p) => limited(p, (body.groups as IDataObject[]) ?? []),
};

export const calendarGroupResource: ResourceDefinition = {
	value: 'calendarGroup',
	name: 'Calendar Group',
	operations: [getGroups],
};
