import type { INodeProperties } from 'n8n-workflow';

import { recordLocator } from '../../shared/descriptions';
import type { Params } from '../../shared/operations/params';
import type { GhlRequest } from '../../shared/transport';
import { DateInputError, endOfDay, isKnownTimezone, parseDateTime } from '../dates';

export const APPOINTMENT_STATUSES = [
	{ name: 'New', value: 'new' },
	{ name: 'Confirmed', value: 'confirmed' },
	{ name: 'Cancelled', value: 'cancelled' },
	{ name: 'Showed', value: 'showed' },
	{ name: 'No Show', value: 'noshow' },
	{ name: 'Invalid', value: 'invalid' },
];

export const calendarLocator = (extra: Partial<INodeProperties> = {}) =>
	recordLocator('calendarId', 'Calendar', 'searchCalendars', {
		placeholder: 'ocQHyuzHvysMo5N5VsXc',
		...extra,
	});

export const groupLocator = (extra: Partial<INodeProperties> = {}) =>
	recordLocator('groupId', 'Calendar Group', 'searchCalendarGroups', {
		placeholder: 'BqTwX8QFwXzpegMve9EQ',
		...extra,
	});

export const appointmentId: INodeProperties = {
	displayName: 'Appointment ID',
	name: 'appointmentId',
	type: 'string',
	default: '',
	required: true,
	placeholder: '0TkCdp9PfvLeWKYRRvIz',
	description: 'The ID of the appointment (event), e.g. from a trigger or "Get Many" events',
};

export const timezoneProperty: INodeProperties = {
	displayName: 'Timezone Name or ID',
	name: 'timezone',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getTimezones' },
	default: '',
	description:
		'Timezone for date-times given without a UTC offset, and for the times sent and returned. Empty uses the workflow\'s timezone. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

export function dateTimeProperty(
	name: string,
	displayName: string,
	extra: Partial<INodeProperties> = {},
): INodeProperties {
	return {
		displayName,
		name,
		type: 'dateTime',
		default: '',
		description:
			'An n8n date-time, an ISO 8601 string (with or without offset) or epoch milliseconds',
		...extra,
	};
}

/** The chosen timezone, else the workflow's, checked before any request. */
export function timezoneOf(p: Params): string {
	const chosen = String(p.raw('timezone', '') ?? '').trim();
	// n8n resolves a fallback expression too, and $now carries the workflow's timezone.
	const timezone =
		chosen || String(p.raw('__workflowTimezone', '={{ $now.zoneName }}') ?? '').trim() || 'UTC';
	if (!isKnownTimezone(timezone)) {
		p.fail(
			`"Timezone" is not a known timezone: "${timezone}"`,
			'Use an IANA timezone name such as America/New_York or Europe/Berlin.',
		);
	}
	return timezone;
}

/** A date-time value as epoch milliseconds, or undefined when empty; errors name the field. */
export function optionalMillis(
	p: Params,
	value: unknown,
	field: string,
	timezone: string,
	dateOnlyMeans: 'start' | 'end' = 'start',
): number | undefined {
	try {
		const parsed = parseDateTime(value, timezone);
		if (!parsed) return undefined;
		return parsed.dateOnly && dateOnlyMeans === 'end'
			? endOfDay(parsed.millis, timezone)
			: parsed.millis;
	} catch (error) {
		// Anything parseDateTime throws is about the value the user gave, so it is reported against the field.
		const known = error instanceof DateInputError ? error : undefined;
		return p.fail(
			`"${field}" is ${known?.message ?? 'not a date-time this node can read'}`,
			known?.hint ??
				'Use an n8n date-time, an ISO 8601 string such as 2026-05-01T14:30:00 or 2026-05-01T14:30:00-04:00, or epoch milliseconds.',
		);
	}
}

export function millis(
	p: Params,
	value: unknown,
	field: string,
	timezone: string,
	dateOnlyMeans: 'start' | 'end' = 'start',
): number {
	const result = optionalMillis(p, value, field, timezone, dateOnlyMeans);
	if (result === undefined) p.fail(`"${field}" is required`);
	return result;
}

export function checkOrder(
	p: Params,
	start: number,
	end: number,
	startField: string,
	endField: string,
): void {
	if (end <= start) {
		p.fail(
			`"${endField}" must be after "${startField}"`,
			`${endField}: ${new Date(end).toISOString()}, ${startField}: ${new Date(start).toISOString()} (UTC).`,
		);
	}
}

export function checkStatus(p: Params, status: string): string {
	if (!APPOINTMENT_STATUSES.some((s) => s.value === status)) {
		p.fail(
			`"Status" must be one of ${APPOINTMENT_STATUSES.map((s) => s.value).join(', ')}: "${status}"`,
		);
	}
	return status;
}

/**
 * DELETE /calendars/events/{eventId} (appointments and blocked slots). The spec requires a JSON body, an empty
 * object; n8n drops an empty object body, so the two characters go as text with their content type.
 */
export function deleteEventRequest(eventId: string): GhlRequest {
	return {
		method: 'DELETE',
		path: `/calendars/events/${eventId}`,
		body: {},
	};
}
