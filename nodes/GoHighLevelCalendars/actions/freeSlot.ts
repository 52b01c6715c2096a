import type { IDataObject } from 'n8n-workflow';

import { userProperty } from '../../shared/descriptions';
import { compact } from '../../shared/operations/params';
import type { OperationDefinition, ResourceDefinition } from '../../shared/operations/types';
import { formatInTimezone, parseDateTime } from '../dates';
import {
	calendarLocator,
	checkOrder,
	dateTimeProperty,
	millis,
	optionalMillis,
	timezoneOf,
	timezoneProperty,
} from './fields';

const DAY_MS = 24 * 3600 * 1000;
/** GHL's limit for one free-slot lookup. */
export const MAX_SLOT_RANGE_DAYS = 31;

/** The calendar's default appointment length, from its settings. */
export function slotDurationMs(calendar: IDataObject | undefined): number | undefined {
	const duration = Number(calendar?.slotDuration);
	if (!Number.isFinite(duration) || duration <= 0) return undefined;
	return duration * (calendar?.slotDurationUnit === 'hours' ? 60 : 1) * 60_000;
}

const getMany: OperationDefinition = {
	value: 'getMany',
	name: 'Get Many',
	action: 'Get free slots of a calendar',
	description:
		'List the free slots of a calendar between two dates: one item per slot, with its date, start and end',
	endpoints: ['GET /calendars/{calendarId}', 'GET /calendars/{calendarId}/free-slots'],
	properties: [
		calendarLocator(),
		dateTimeProperty('startDate', 'Start', { required: true }),
		dateTimeProperty('endDate', 'End', {
			required: true,
			description: `At most ${MAX_SLOT_RANGE_DAYS} days after Start. A date without a time covers that whole day.`,
		}),
		timezoneProperty,
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				{
					...dateTimeProperty('firstSlotAfter', 'First Free Slot After'),
					description:
						'Return only the first free slot starting at or after this time (between Start and End)',
				},
				userProperty('userId', 'User Name or ID', {
					description:
						'Only the slots this team member is free for. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
				}),
			],
		},
	],
	run: async (p, api) => {
		const calendarId = p.id('calendarId');
		const timezone = timezoneOf(p);
		const start = millis(p, p.raw('startDate'), 'Start', timezone);
		const end = millis(p, p.raw('endDate'), 'End', timezone, 'end');
		checkOrder(p, start, end, 'Start', 'End');
		if (end - start > MAX_SLOT_RANGE_DAYS * DAY_MS) {
			p.fail(
				`"End" must be at most ${MAX_SLOT_RANGE_DAYS} days after "Start"`,
				`GHL looks up free slots for up to ${MAX_SLOT_RANGE_DAYS} days at a time; use a shorter range or several lookups.`,
			);
		}
		const options = p.collection('options');
		const after = optionalMillis(p, options.firstSlotAfter, 'First Free Slot After', timezone);
		if (after !== undefined && (after < start || after > end)) {
			p.fail(
				`"First Free Slot After" is outside the range from "Start" to "End"`,
				`${formatInTimezone(after, timezone)} is not between ${formatInTimezone(start, timezone)} and ${formatInTimezone(end, timezone)}.`,
			);
		}
		const userId = String(options.userId ?? '').trim() || undefined;

		const { calendar } = await api.request({ method: 'GET', path: `/calendars/${calendarId}` });
		const duration = slotDurationMs(calendar as IDataObject);
		const body = await api.request({
			method: 'GET',
			path: `/calendars/${calendarId}/free-slots`,
			qs: compact({ startDate: start, endDate: end, timezone, userId }),
		});
		// The answer is keyed by day (YYYY-MM-DD), each with its slot start times; other keys (traceId) are not days.
		const starts = Object.entries(body)
			.filter(
				([day, value]) =>
					/^\d{4}-\d{2}-\d{2}$/.test(day) && Array.isArray((value as IDataObject)?.slots),
			)
			.flatMap(([, value]) =>
				((value as IDataObject).slots as unknown[]).map(
					(slot) => parseDateTime(slot, timezone)!.millis,
				),
			)
			.sort((a, b) => a - b);
		const wanted = after === undefined ? starts : starts.filter((s) => s >= after).slice(0, 1);
		return wanted.map((slot) => {
			const startIso = formatInTimezone(slot, timezone);
			return compact({
				date: startIso.slice(0, 10),
				start: startIso,
				end: duration === undefined ? undefined : formatInTimezone(slot + duration, timezone),
				timezone,
				calendarId,
				userId,
			});
		});
	},
};

export const freeSlotResource: ResourceDefinition = {
	value: 'freeSlot',
	name: 'Free Slot',
	operations: [getMany],
};
