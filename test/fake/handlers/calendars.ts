import { badRequest, notFound } from '../errors';
import { reply, type FakeContext, type FakeHandler } from '../server';
import { newId, type LocationState } from '../store';

/**
 * Calendars, groups, appointments, blocked slots and appointment notes. Free slots are computed from each
 * calendar's open hours (in the sub-account's timezone), its slot duration and interval, minus the appointments
 * and blocked slots of the calendar or of its team members, as GHL does for the common calendar types.
 */

export interface FakeOpenHour {
	daysOfTheWeek: number[];
	hours: Array<{ openHour: number; openMinute: number; closeHour: number; closeMinute: number }>;
}

export interface FakeCalendar {
	id: string;
	locationId: string;
	name: string;
	description?: string;
	groupId?: string;
	calendarType: string;
	teamMembers: Array<{ userId: string; priority?: number; isPrimary?: boolean }>;
	slotDuration: number;
	slotDurationUnit: 'mins' | 'hours';
	slotInterval: number;
	slotIntervalUnit: 'mins' | 'hours';
	openHours: FakeOpenHour[];
	isActive: boolean;
	autoConfirm?: boolean;
	[key: string]: unknown;
}

export interface FakeEvent {
	id: string;
	kind: 'appointment' | 'blocked';
	locationId: string;
	calendarId?: string;
	groupId?: string;
	contactId?: string;
	title: string;
	appointmentStatus?: string;
	assignedUserId?: string;
	users: string[];
	address?: string;
	description?: string;
	notes?: string;
	meetingLocationType?: string;
	isRecurring: boolean;
	/** Epoch ms. */
	start: number;
	end: number;
	dateAdded: string;
	dateUpdated: string;
}

export interface FakeAppointmentNote {
	id: string;
	appointmentId: string;
	body: string;
	userId?: string;
	contactId?: string;
	dateAdded: string;
}

export const calendars = (location: LocationState) =>
	location.collection<FakeCalendar>('calendars');
export const calendarGroups = (location: LocationState) =>
	location.collection<Record<string, any>>('calendarGroups');
export const calendarEvents = (location: LocationState) =>
	location.collection<FakeEvent>('calendarEvents');
const appointmentNotes = (location: LocationState) =>
	location.collection<FakeAppointmentNote>('appointmentNotes');

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const MAX_SLOT_RANGE = 31 * DAY;

let clock = Date.parse('2026-03-01T00:00:00Z');
const nextTimestamp = () => new Date((clock += 1000)).toISOString();

// ---- time zones, independent of the node's own conversion code -------------------------------------------------

function knownTimezone(tz: string): boolean {
	try {
		new Intl.DateTimeFormat('en-US', { timeZone: tz });
		return true;
	} catch {
		return false;
	}
}

/** Wall-clock fields of an instant in a time zone. */
function wallClock(ms: number, tz: string) {
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone: tz,
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit',
		weekday: 'short',
	}).formatToParts(new Date(ms));
	const get = (type: string) => parts.find((p) => p.type === type)!.value;
	const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(get('weekday'));
	return {
		year: +get('year'),
		month: +get('month'),
		day: +get('day'),
		hour: +get('hour'),
		minute: +get('minute'),
		second: +get('second'),
		weekday,
	};
}

function offsetMinutes(ms: number, tz: string): number {
	const w = wallClock(ms, tz);
	return Math.round(
		(Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) -
			Math.floor(ms / 1000) * 1000) /
			MINUTE,
	);
}

/** The instant a wall-clock time in `tz` names (a time skipped by DST moves forward by the gap). */
function instantOf(
	year: number,
	month: number,
	day: number,
	hour: number,
	minute: number,
	tz: string,
): number {
	const asUtc = Date.UTC(year, month - 1, day, hour, minute);
	const guess = asUtc - offsetMinutes(asUtc, tz) * MINUTE;
	return asUtc - offsetMinutes(guess, tz) * MINUTE;
}

/** ISO 8601 with the zone's offset, as GHL writes times: 2026-03-10T09:00:00-04:00. */
export function isoInZone(ms: number, tz: string): string {
	const offset = offsetMinutes(ms, tz);
	const local = new Date(ms + offset * MINUTE).toISOString().slice(0, 19);
	const sign = offset < 0 ? '-' : '+';
	const abs = Math.abs(offset);
	return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

const locationTimezone = (location: LocationState) =>
	String(location.profile.timezone ?? 'America/New_York');

// ---- records ---------------------------------------------------------------------------------------------------

const minutes = (value: number, unit: string | undefined) =>
	unit === 'hours' ? value * 60 : value;
export const slotDurationMs = (calendar: FakeCalendar) =>
	minutes(calendar.slotDuration, calendar.slotDurationUnit) * MINUTE;
const slotIntervalMs = (calendar: FakeCalendar) =>
	minutes(
		calendar.slotInterval || calendar.slotDuration,
		calendar.slotInterval ? calendar.slotIntervalUnit : calendar.slotDurationUnit,
	) * MINUTE;

export function addCalendar(
	location: LocationState,
	fields: Partial<FakeCalendar> & { name: string },
): FakeCalendar {
	const calendar: FakeCalendar = {
		id: fields.id ?? newId(),
		locationId: location.id,
		calendarType: 'event',
		teamMembers: [],
		slotDuration: 30,
		slotDurationUnit: 'mins',
		slotInterval: 30,
		slotIntervalUnit: 'mins',
		openHours: [],
		isActive: true,
		...fields,
	};
	calendars(location).set(calendar.id, calendar);
	return calendar;
}

const weekdays = (open: number, close: number, days: number[]): FakeOpenHour => ({
	daysOfTheWeek: days,
	hours: [{ openHour: open, openMinute: 0, closeHour: close, closeMinute: 0 }],
});

/**
 * A calendar group with two calendars (a 30-minute consultation on weekdays 9-17, a one-hour round-robin
 * cleaning shared by two users, mornings Monday to Saturday) and a user's personal calendar (Tuesday and
 * Thursday afternoons).
 */
export function seed(location: LocationState): void {
	calendarGroups(location).set('grp_dental', {
		id: 'grp_dental',
		locationId: location.id,
		name: 'Dental Team',
		description: 'Chairs and hygienists',
		slug: 'dental-team',
		isActive: true,
	});
	addCalendar(location, {
		id: 'cal_consultation',
		name: 'Consultation',
		description: 'First visit',
		groupId: 'grp_dental',
		calendarType: 'event',
		teamMembers: [{ userId: 'user_owner', priority: 1, isPrimary: true }],
		slotDuration: 30,
		slotInterval: 30,
		openHours: [weekdays(9, 17, [1, 2, 3, 4, 5])],
	});
	addCalendar(location, {
		id: 'cal_cleaning',
		name: 'Cleaning',
		groupId: 'grp_dental',
		calendarType: 'round_robin',
		eventType: 'RoundRobin_OptimizeForAvailability',
		teamMembers: [
			{ userId: 'user_owner', priority: 0.5 },
			{ userId: 'user_sales', priority: 0.5 },
		],
		slotDuration: 1,
		slotDurationUnit: 'hours',
		slotInterval: 60,
		openHours: [weekdays(8, 12, [1, 2, 3, 4, 5, 6])],
	});
	addCalendar(location, {
		id: 'cal_front_desk',
		name: 'Fiona (front desk)',
		calendarType: 'personal',
		teamMembers: [{ userId: 'user_front', isPrimary: true }],
		slotDuration: 15,
		slotInterval: 15,
		openHours: [weekdays(13, 18, [2, 4])],
	});
}

function findInLocations<T>(
	ctx: FakeContext,
	pick: (location: LocationState) => T | undefined,
	what: string,
): { record: T; location: LocationState } {
	for (const location of ctx.fake.store.locations.values()) {
		const record = pick(location);
		if (!record) continue;
		const token = ctx.token;
		if (token?.kind === 'location' && token.locationId !== location.id) break;
		if (token?.kind === 'agency' && token.companyId !== location.companyId) break;
		return { record, location };
	}
	throw notFound(what);
}

const calendarOf = (ctx: FakeContext, id = ctx.req.params.calendarId) =>
	findInLocations(ctx, (l) => calendars(l).get(id), 'Calendar');
const eventOf = (
	ctx: FakeContext,
	kind: FakeEvent['kind'] | undefined,
	id = ctx.req.params.eventId,
) =>
	findInLocations(
		ctx,
		(l) => {
			const event = calendarEvents(l).get(id);
			return event && (!kind || event.kind === kind) ? event : undefined;
		},
		kind === 'blocked' ? 'Blocked slot' : 'Event',
	);

function parseTime(value: unknown, field: string): number {
	const ms =
		typeof value === 'number' || /^\d+$/.test(String(value))
			? Number(value)
			: Date.parse(String(value));
	if (!Number.isFinite(ms)) throw badRequest(`${field} must be a valid date`);
	return ms;
}

function eventResponse(event: FakeEvent, location: LocationState) {
	const tz = locationTimezone(location);
	const { kind: _kind, start, end, ...rest } = event;
	// CalendarEventDTO requires these ids as strings; an event without one (a blocked slot has no contact) sends ''.
	const required = {
		calendarId: '',
		contactId: '',
		groupId: '',
		appointmentStatus: '',
		assignedUserId: '',
	};
	return {
		...required,
		...dropUndefined(rest),
		startTime: isoInZone(start, tz),
		endTime: isoInZone(end, tz),
	};
}

function dropUndefined<T extends object>(value: T): Partial<T> {
	return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function appointmentResponse(event: FakeEvent, location: LocationState) {
	const full = eventResponse(event, location);
	return {
		id: full.id,
		calendarId: full.calendarId,
		locationId: full.locationId,
		contactId: full.contactId,
		startTime: full.startTime,
		endTime: full.endTime,
		title: full.title,
		meetingLocationType: full.meetingLocationType,
		appointmentStatus: full.appointmentStatus,
		assignedUserId: full.assignedUserId,
		address: full.address,
		isRecurring: false,
	};
}

function blockedSlotResponse(event: FakeEvent, location: LocationState) {
	const full = eventResponse(event, location);
	return {
		id: full.id,
		locationId: full.locationId,
		title: full.title,
		startTime: full.startTime,
		endTime: full.endTime,
		calendarId: full.calendarId,
		assignedUserId: full.assignedUserId,
	};
}

// ---- free slots ------------------------------------------------------------------------------------------------

const overlaps = (a: { start: number; end: number }, start: number, end: number) =>
	a.start < end && a.end > start;

/** Whether a user (or, without one, the calendar itself) is busy between start and end. */
function busy(
	location: LocationState,
	calendar: FakeCalendar,
	userId: string | undefined,
	start: number,
	end: number,
	ignoreEventId?: string,
): boolean {
	for (const event of calendarEvents(location).values()) {
		if (event.id === ignoreEventId || event.appointmentStatus === 'cancelled') continue;
		if (!overlaps(event, start, end)) continue;
		if (event.calendarId === calendar.id && !event.assignedUserId) return true;
		if (event.kind === 'blocked' && event.calendarId === calendar.id) return true;
		if (userId && event.assignedUserId === userId) return true;
		if (!userId && event.calendarId === calendar.id) return true;
	}
	return false;
}

/** Who can take a slot: the team member asked for, else any free member (or the calendar itself without members). */
function freeMember(
	location: LocationState,
	calendar: FakeCalendar,
	userId: string | undefined,
	start: number,
	end: number,
	ignoreEventId?: string,
): string | null | undefined {
	const members = userId ? [userId] : calendar.teamMembers.map((m) => m.userId);
	if (!members.length)
		return busy(location, calendar, undefined, start, end, ignoreEventId) ? undefined : null;
	return members.find((member) => !busy(location, calendar, member, start, end, ignoreEventId));
}

/** Slot starts (epoch ms) between from and to where someone is free. */
export function freeSlots(
	location: LocationState,
	calendar: FakeCalendar,
	from: number,
	to: number,
	userId?: string,
	ignoreEventId?: string,
): number[] {
	const tz = locationTimezone(location);
	const duration = slotDurationMs(calendar);
	const step = slotIntervalMs(calendar);
	const slots: number[] = [];
	// Walk the local days of the range (plus one on each side for zones far from UTC).
	for (let dayStart = from - DAY; dayStart <= to + DAY; dayStart += DAY) {
		const w = wallClock(dayStart, tz);
		for (const open of calendar.openHours) {
			if (!open.daysOfTheWeek.includes(w.weekday)) continue;
			for (const h of open.hours) {
				const opens = instantOf(w.year, w.month, w.day, h.openHour, h.openMinute, tz);
				const closes = instantOf(w.year, w.month, w.day, h.closeHour, h.closeMinute, tz);
				for (let start = opens; start + duration <= closes; start += step) {
					if (start < from || start > to || slots.includes(start)) continue;
					if (
						freeMember(location, calendar, userId, start, start + duration, ignoreEventId) ===
						undefined
					)
						continue;
					slots.push(start);
				}
			}
		}
	}
	return slots.sort((a, b) => a - b);
}

/** An appointment put straight into the store (no slot check), for tests that need one in place. */
export function addAppointment(
	location: LocationState,
	fields: {
		calendarId: string;
		contactId: string;
		start: number;
		end?: number;
		assignedUserId?: string;
		title?: string;
		appointmentStatus?: string;
	},
): FakeEvent {
	const calendar = calendars(location).get(fields.calendarId)!;
	const now = nextTimestamp();
	const event: FakeEvent = {
		id: newId(),
		kind: 'appointment',
		locationId: location.id,
		groupId: calendar.groupId ?? '',
		title: 'Appointment',
		appointmentStatus: 'confirmed',
		users: fields.assignedUserId ? [fields.assignedUserId] : [],
		isRecurring: false,
		dateAdded: now,
		dateUpdated: now,
		...fields,
		end: fields.end ?? fields.start + slotDurationMs(calendar),
	};
	calendarEvents(location).set(event.id, event);
	return event;
}

function checkSlotFree(
	location: LocationState,
	calendar: FakeCalendar,
	userId: string | undefined,
	start: number,
	end: number,
	ignoreEventId?: string,
): void {
	const offered = freeSlots(location, calendar, start, start, userId, ignoreEventId).includes(
		start,
	);
	if (!offered || freeMember(location, calendar, userId, start, end, ignoreEventId) === undefined) {
		throw badRequest('The slot you have selected is no longer available.');
	}
}

// ---- handlers --------------------------------------------------------------------------------------------------

function eventsQuery(ctx: FakeContext, kind: FakeEvent['kind']) {
	const location = ctx.location();
	const { calendarId, groupId, userId } = ctx.req.query as Record<string, string | undefined>;
	if (!calendarId && !groupId && !userId)
		throw badRequest('Either of calendarId, userId or groupId is required');
	const start = parseTime(ctx.req.query.startTime, 'startTime');
	const end = parseTime(ctx.req.query.endTime, 'endTime');
	const inGroup = (id?: string) => !!id && calendars(location).get(id)?.groupId === groupId;
	const events = [...calendarEvents(location).values()]
		.filter((e) => e.kind === kind && overlaps(e, start, end))
		.filter((e) =>
			calendarId
				? e.calendarId === calendarId
				: groupId
					? inGroup(e.calendarId)
					: e.assignedUserId === userId,
		)
		.sort((a, b) => a.start - b.start)
		.map((e) => eventResponse(e, location));
	return { events };
}

function calendarFromBody(body: Record<string, any>): Partial<FakeCalendar> {
	const { locationId: _ignored, ...fields } = body;
	return fields;
}

export const handlers: Record<string, FakeHandler> = {
	'get-groups': (ctx) => {
		const location = ctx.location();
		return { groups: [...calendarGroups(location).values()] };
	},

	'get-calendars': (ctx) => {
		const location = ctx.location();
		const groupId = ctx.req.query.groupId as string | undefined;
		const showDrafted = ctx.req.query.showDrafted !== 'false';
		return {
			calendars: [...calendars(location).values()].filter(
				(c) => (!groupId || c.groupId === groupId) && (showDrafted || c.isActive),
			),
		};
	},

	'get-calendar': (ctx) => ({ calendar: calendarOf(ctx).record }),

	'create-calendar': (ctx) => {
		const location = ctx.location();
		const body = ctx.req.body;
		if (body.groupId && !calendarGroups(location).has(body.groupId))
			throw badRequest('Group not found');
		return { calendar: addCalendar(location, calendarFromBody(body) as FakeCalendar) }; // 200, as the spec declares
	},

	'update-calendar': (ctx) => {
		const { record: calendar } = calendarOf(ctx);
		Object.assign(calendar, calendarFromBody(ctx.req.body));
		return { calendar };
	},

	'delete-calendar': (ctx) => {
		const { record, location } = calendarOf(ctx);
		calendars(location).delete(record.id);
		return { success: true };
	},

	'get-slots': (ctx) => {
		const { record: calendar, location } = calendarOf(ctx);
		const from = parseTime(ctx.req.query.startDate, 'startDate');
		const to = parseTime(ctx.req.query.endDate, 'endDate');
		if (to < from) throw badRequest('endDate must be after startDate');
		if (to - from > MAX_SLOT_RANGE) throw badRequest('Date range cannot be more than 31 days');
		const tz = (ctx.req.query.timezone as string | undefined) || locationTimezone(location);
		if (!knownTimezone(tz)) throw badRequest(`Invalid timezone: ${tz}`);
		const userId = ctx.req.query.userId as string | undefined;
		const byDay: Record<string, { slots: string[] }> = {};
		for (const start of freeSlots(location, calendar, from, to, userId)) {
			const iso = isoInZone(start, tz);
			const day = iso.slice(0, 10);
			(byDay[day] ??= { slots: [] }).slots.push(iso);
		}
		return { ...byDay, traceId: newId() };
	},

	'create-appointment': (ctx) => {
		const location = ctx.location();
		const body = ctx.req.body;
		const calendar = calendars(location).get(body.calendarId);
		if (!calendar) throw badRequest('Calendar not found');
		if (!location.collection('contacts').has(body.contactId)) throw badRequest('Contact not found');
		const start = parseTime(body.startTime, 'startTime');
		const end = body.endTime
			? parseTime(body.endTime, 'endTime')
			: start + slotDurationMs(calendar);
		if (end <= start) throw badRequest('endTime must be after startTime');
		let assignedUserId: string | undefined = body.assignedUserId;
		if (!body.ignoreFreeSlotValidation) {
			checkSlotFree(location, calendar, assignedUserId, start, end);
			assignedUserId ??= freeMember(location, calendar, undefined, start, end) ?? undefined;
		}
		assignedUserId ??= calendar.teamMembers[0]?.userId;
		const now = nextTimestamp();
		const event: FakeEvent = {
			id: newId(),
			kind: 'appointment',
			locationId: location.id,
			calendarId: calendar.id,
			groupId: calendar.groupId ?? '',
			contactId: body.contactId,
			title: body.title ?? 'Appointment',
			appointmentStatus:
				body.appointmentStatus ?? (calendar.autoConfirm === false ? 'new' : 'confirmed'),
			assignedUserId,
			users: assignedUserId ? [assignedUserId] : [],
			address: body.address,
			description: body.description,
			meetingLocationType: body.meetingLocationType,
			isRecurring: false,
			start,
			end,
			dateAdded: now,
			dateUpdated: now,
		};
		calendarEvents(location).set(event.id, event);
		return appointmentResponse(event, location); // 200: the status the spec declares
	},

	'get-appointment': (ctx) => {
		const { record, location } = eventOf(ctx, 'appointment');
		return { event: eventResponse(record, location) };
	},

	'edit-appointment': (ctx) => {
		const { record: event, location } = eventOf(ctx, 'appointment');
		const body = ctx.req.body;
		const calendar = calendars(location).get(body.calendarId ?? event.calendarId);
		if (!calendar) throw badRequest('Calendar not found');
		const start = body.startTime ? parseTime(body.startTime, 'startTime') : event.start;
		const end = body.endTime
			? parseTime(body.endTime, 'endTime')
			: body.startTime
				? start + (event.end - event.start)
				: event.end;
		if (end <= start) throw badRequest('endTime must be after startTime');
		const moved = start !== event.start || end !== event.end || calendar.id !== event.calendarId;
		const assignedUserId = body.assignedUserId ?? event.assignedUserId;
		if (moved && !body.ignoreFreeSlotValidation)
			checkSlotFree(location, calendar, assignedUserId, start, end, event.id);
		for (const key of [
			'title',
			'appointmentStatus',
			'address',
			'description',
			'meetingLocationType',
		]) {
			if (body[key] !== undefined) (event as any)[key] = body[key];
		}
		Object.assign(event, {
			calendarId: calendar.id,
			assignedUserId,
			start,
			end,
			dateUpdated: nextTimestamp(),
		});
		return appointmentResponse(event, location);
	},

	'delete-event': (ctx) => {
		const { record, location } = eventOf(ctx, undefined);
		calendarEvents(location).delete(record.id);
		return reply(201, { succeeded: true });
	},

	'get-calendar-events': (ctx) => eventsQuery(ctx, 'appointment'),

	'get-blocked-slots': (ctx) => eventsQuery(ctx, 'blocked'),

	'create-block-slot': (ctx) => {
		const location = ctx.location();
		const body = ctx.req.body;
		if (!calendars(location).has(body.calendarId)) throw badRequest('Calendar not found');
		const start = parseTime(body.startTime, 'startTime');
		const end = parseTime(body.endTime, 'endTime');
		if (end <= start) throw badRequest('endTime must be after startTime');
		const now = nextTimestamp();
		const event: FakeEvent = {
			id: newId(),
			kind: 'blocked',
			locationId: location.id,
			calendarId: body.calendarId,
			title: body.title ?? 'Blocked',
			assignedUserId: body.assignedUserId,
			users: body.assignedUserId ? [body.assignedUserId] : [],
			isRecurring: false,
			start,
			end,
			dateAdded: now,
			dateUpdated: now,
		};
		calendarEvents(location).set(event.id, event);
		return reply(201, blockedSlotResponse(event, location));
	},

	'edit-block-slot': (ctx) => {
		const { record: event, location } = eventOf(ctx, 'blocked');
		const body = ctx.req.body;
		if (!calendars(location).has(body.calendarId)) throw badRequest('Calendar not found');
		const start = body.startTime ? parseTime(body.startTime, 'startTime') : event.start;
		const end = body.endTime ? parseTime(body.endTime, 'endTime') : event.end;
		if (end <= start) throw badRequest('endTime must be after startTime');
		Object.assign(event, {
			calendarId: body.calendarId,
			title: body.title ?? event.title,
			assignedUserId: body.assignedUserId ?? event.assignedUserId,
			start,
			end,
			dateUpdated: nextTimestamp(),
		});
		return reply(201, blockedSlotResponse(event, location));
	},

	'get-appointment-notes': (ctx) => {
		const { record: event, location } = eventOf(ctx, 'appointment', ctx.req.params.appointmentId);
		const limit = Number(ctx.req.query.limit);
		const offset = Number(ctx.req.query.offset);
		const all = [...appointmentNotes(location).values()].filter(
			(n) => n.appointmentId === event.id,
		);
		return { notes: all.slice(offset, offset + limit), hasMore: offset + limit < all.length };
	},

	'create-appointment-note': (ctx) => {
		const { record: event, location } = eventOf(ctx, 'appointment', ctx.req.params.appointmentId);
		const note: FakeAppointmentNote = {
			id: newId(),
			appointmentId: event.id,
			body: ctx.req.body.body,
			userId: ctx.req.body.userId,
			contactId: event.contactId,
			dateAdded: nextTimestamp(),
		};
		appointmentNotes(location).set(note.id, note);
		return reply(201, { note });
	},

	'update-appointment-note': (ctx) => {
		const { location } = eventOf(ctx, 'appointment', ctx.req.params.appointmentId);
		const note = appointmentNotes(location).get(ctx.req.params.noteId);
		if (!note || note.appointmentId !== ctx.req.params.appointmentId) throw notFound('Note');
		note.body = ctx.req.body.body;
		if (ctx.req.body.userId) note.userId = ctx.req.body.userId;
		return { note };
	},

	'delete-appointment-note': (ctx) => {
		const { location } = eventOf(ctx, 'appointment', ctx.req.params.appointmentId);
		const note = appointmentNotes(location).get(ctx.req.params.noteId);
		if (!note || note.appointmentId !== ctx.req.params.appointmentId) throw notFound('Note');
		appointmentNotes(location).delete(note.id);
		return { success: true };
	},
};
