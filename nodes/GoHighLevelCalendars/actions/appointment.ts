import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { contactLocator, userProperty } from '../../shared/descriptions';
import type { OperationApi } from '../../shared/operations/api';
import { compact, type Params } from '../../shared/operations/params';
import type { OperationDefinition, ResourceDefinition } from '../../shared/operations/types';
import { formatInTimezone, parseDateTime } from '../dates';
import {
	APPOINTMENT_STATUSES,
	appointmentId,
	calendarLocator,
	checkOrder,
	checkStatus,
	dateTimeProperty,
	deleteEventRequest,
	millis,
	optionalMillis,
	timezoneOf,
	timezoneProperty,
} from './fields';

const MEETING_LOCATION_TYPES = [
	{ name: 'Address', value: 'address' },
	{ name: 'Custom', value: 'custom' },
	{ name: 'Google Meet', value: 'gmeet' },
	{ name: 'Google (Calendar Default)', value: 'google' },
	{ name: 'Microsoft Teams', value: 'ms_teams' },
	{ name: 'Phone', value: 'phone' },
	{ name: 'Zoom', value: 'zoom' },
];

const ignoreFreeSlotCheck: INodeProperties = {
	displayName: 'Ignore Free Slot Check',
	name: 'ignoreFreeSlotValidation',
	type: 'boolean',
	default: false,
	description:
		'Whether to book even when the time is not a free slot of the calendar (GHL allows this, e.g. for double bookings)',
};
const notify: INodeProperties = {
	displayName: 'Notify',
	name: 'toNotify',
	type: 'boolean',
	default: true,
	description: 'Whether GHL sends its notifications and runs its automations for this change',
};

/** Fields create and update share (times are top-level on create, optional fields on update). */
const appointmentFieldOptions: INodeProperties[] = [
	{
		displayName: 'Address',
		name: 'address',
		type: 'string',
		default: '',
		description: 'Where it takes place: a street address, a phone number or a meeting link',
	},
	userProperty('assignedUserId', 'Assigned User Name or ID'),
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
	},
	ignoreFreeSlotCheck,
	{
		displayName: 'Ignore Date Range',
		name: 'ignoreDateRange',
		type: 'boolean',
		default: false,
		description:
			'Whether to book outside the range the calendar takes bookings for (e.g. beyond "book up to N days ahead")',
	},
	{
		displayName: 'Meeting Location Type',
		name: 'meetingLocationType',
		type: 'options',
		options: MEETING_LOCATION_TYPES,
		default: 'custom',
	},
	notify,
	{
		displayName: 'Status',
		name: 'appointmentStatus',
		type: 'options',
		options: APPOINTMENT_STATUSES,
		default: 'confirmed',
	},
	{ displayName: 'Title', name: 'title', type: 'string', default: '' },
];

function appointmentBody(p: Params, fields: IDataObject): IDataObject {
	// The note is its own request after booking; the times are converted in the calendar's timezone by the caller.
	const rest = { ...fields };
	delete rest.note;
	delete rest.startTime;
	delete rest.endTime;
	const body = compact(rest);
	if (body.appointmentStatus !== undefined) checkStatus(p, String(body.appointmentStatus));
	return body;
}

const path = (p: Params) => `/calendars/events/appointments/${p.id('appointmentId')}`;

async function fetchAppointment(p: Params, api: OperationApi): Promise<IDataObject> {
	return ((await api.request({ method: 'GET', path: path(p) })).event as IDataObject) ?? {};
}

/**
 * New start and end for a reschedule: a new start without an end keeps the appointment's length, a new end
 * without a start keeps its start; either way the end must come after the start.
 */
async function newTimes(
	p: Params,
	api: OperationApi,
	startValue: unknown,
	endValue: unknown,
	timezone: string,
): Promise<IDataObject> {
	let start = optionalMillis(p, startValue, 'Start', timezone);
	let end = optionalMillis(p, endValue, 'End', timezone);
	if (start === undefined && end === undefined) return {};
	if (start === undefined || end === undefined) {
		const current = await fetchAppointment(p, api);
		const currentStart = parseDateTime(current.startTime, timezone)?.millis;
		const currentEnd = parseDateTime(current.endTime, timezone)?.millis;
		if (currentStart === undefined || currentEnd === undefined)
			p.fail('The appointment has no start or end to keep; give both "Start" and "End"');
		if (start === undefined) start = currentStart;
		else end = start + (currentEnd - currentStart);
	}
	checkOrder(p, start, end!, 'Start', 'End');
	return {
		startTime: formatInTimezone(start, timezone),
		endTime: formatInTimezone(end!, timezone),
	};
}

const create: OperationDefinition = {
	value: 'create',
	name: 'Create',
	action: 'Book an appointment',
	description: 'Book an appointment for a contact in a calendar',
	endpoints: [
		'POST /calendars/events/appointments',
		'POST /calendars/appointments/{appointmentId}/notes',
	],
	properties: [
		calendarLocator(),
		contactLocator(),
		dateTimeProperty('startTime', 'Start', { required: true }),
		dateTimeProperty('endTime', 'End', {
			description: "Leave empty to use the calendar's slot duration",
		}),
		timezoneProperty,
		{
			displayName: 'Additional Fields',
			name: 'fields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				...appointmentFieldOptions,
				{
					displayName: 'Note',
					name: 'note',
					type: 'string',
					typeOptions: { rows: 3 },
					default: '',
					description: 'Added to the appointment as a note after it is booked',
				},
			],
		},
	],
	run: async (p, api) => {
		const locationId = p.locationId();
		const timezone = timezoneOf(p);
		const start = millis(p, p.raw('startTime'), 'Start', timezone);
		const end = optionalMillis(p, p.raw('endTime'), 'End', timezone);
		if (end !== undefined) checkOrder(p, start, end, 'Start', 'End');
		const fields = p.collection('fields');
		const note = String(fields.note ?? '').trim();
		const body = compact({
			...appointmentBody(p, fields),
			calendarId: p.id('calendarId'),
			contactId: p.id('contactId'),
			locationId,
			startTime: formatInTimezone(start, timezone),
			endTime: end === undefined ? undefined : formatInTimezone(end, timezone),
		});
		const appointment = await api.request({
			method: 'POST',
			path: '/calendars/events/appointments',
			body,
			locationId,
		});
		if (!note) return appointment;
		try {
			const created = await api.request({
				method: 'POST',
				path: `/calendars/appointments/${encodeURIComponent(String(appointment.id))}/notes`,
				body: compact({ body: note, userId: fields.assignedUserId as string }),
			});
			return { ...appointment, note: created.note as IDataObject };
		} catch (error) {
			// The booking stands; say so, so a retry does not book the slot twice.
			return p.fail(
				`Appointment ${String(appointment.id)} was booked, but adding the note failed: ${(error as Error).message}`,
				'Add the note with the Appointment Note resource; do not book again.',
			);
		}
	},
};

const get: OperationDefinition = {
	value: 'get',
	name: 'Get',
	action: 'Get an appointment',
	description: 'Get an appointment by ID',
	endpoints: ['GET /calendars/events/appointments/{eventId}'],
	properties: [appointmentId],
	run: async (p, api) => await fetchAppointment(p, api),
};

const update: OperationDefinition = {
	value: 'update',
	name: 'Update',
	action: 'Update an appointment',
	description: "Change an appointment's time, status, title, assignee, address or calendar",
	endpoints: [
		'GET /calendars/events/appointments/{eventId}',
		'PUT /calendars/events/appointments/{eventId}',
	],
	properties: [
		appointmentId,
		timezoneProperty,
		{
			displayName: 'Update Fields',
			name: 'fields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				...appointmentFieldOptions,
				{
					displayName: 'Calendar Name or ID',
					name: 'calendarId',
					type: 'options',
					typeOptions: { loadOptionsMethod: 'getCalendars' },
					default: '',
					description:
						'Move the appointment to another calendar. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
				},
				dateTimeProperty('endTime', 'End', {
					description: 'Without a new Start, the appointment keeps its start',
				}),
				dateTimeProperty('startTime', 'Start', {
					description: 'Without a new End, the appointment keeps its length',
				}),
			],
		},
	],
	run: async (p, api) => {
		const fields = p.collection('fields');
		const timezone = fields.startTime || fields.endTime ? timezoneOf(p) : 'UTC';
		const body = appointmentBody(p, fields);
		Object.assign(body, await newTimes(p, api, fields.startTime, fields.endTime, timezone));
		if (!Object.keys(body).length)
			p.fail('Nothing to update', 'Add at least one field under "Update Fields".');
		return await api.request({ method: 'PUT', path: path(p), body });
	},
};

const reschedule: OperationDefinition = {
	value: 'reschedule',
	name: 'Reschedule',
	action: 'Reschedule an appointment',
	description: 'Move an appointment to a new time; without a new end it keeps its length',
	endpoints: [
		'GET /calendars/events/appointments/{eventId}',
		'PUT /calendars/events/appointments/{eventId}',
	],
	properties: [
		appointmentId,
		dateTimeProperty('startTime', 'New Start', { required: true }),
		dateTimeProperty('endTime', 'New End', {
			description: "Leave empty to keep the appointment's length",
		}),
		timezoneProperty,
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [ignoreFreeSlotCheck, notify],
		},
	],
	run: async (p, api) => {
		const timezone = timezoneOf(p);
		millis(p, p.raw('startTime'), 'New Start', timezone);
		const times = await newTimes(p, api, p.raw('startTime'), p.raw('endTime'), timezone);
		const body = { ...compact(p.collection('options')), ...times };
		return await api.request({ method: 'PUT', path: path(p), body });
	},
};

const cancel: OperationDefinition = {
	value: 'cancel',
	name: 'Cancel',
	action: 'Cancel an appointment',
	description:
		"Set an appointment's status to cancelled (it stays in the calendar, marked cancelled)",
	endpoints: ['PUT /calendars/events/appointments/{eventId}'],
	properties: [
		appointmentId,
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [notify],
		},
	],
	request: (p) => ({
		method: 'PUT',
		path: path(p),
		body: { ...compact(p.collection('options')), appointmentStatus: 'cancelled' },
	}),
};

const remove: OperationDefinition = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete an appointment',
	description:
		'Delete an appointment from the calendar (to keep it on record as cancelled, use Cancel)',
	endpoints: ['DELETE /calendars/events/{eventId}'],
	properties: [appointmentId],
	request: (p) => deleteEventRequest(p.id('appointmentId')),
	output: (body, p) => ({ id: p.id('appointmentId'), deleted: body.succeeded !== false }),
};

export const appointmentResource: ResourceDefinition = {
	value: 'appointment',
	name: 'Appointment',
	defaultOperation: create.value,
	operations: [cancel, create, remove, get, reschedule, update],
};
