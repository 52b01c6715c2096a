import type { IDataObject } from 'n8n-workflow';

import { ghlRequest } from '../../shared/transport';
import { chronological } from '../cursor';
import {
	DAY_MS,
	dedupe,
	newestFirst,
	timeCursorEvent,
	timeOf,
	type PollEvent,
	type PollRun,
} from './types';

/** Appointments booked for a time shortly before now (logged after the fact) are still seen. */
export const PAST_WINDOW_DAYS = 7;

async function calendarIds(run: PollRun): Promise<string[]> {
	if (run.settings.calendarId) return [run.settings.calendarId];
	const { body } = await ghlRequest.call(
		run.ctx,
		{
			method: 'GET',
			path: '/calendars/',
			qs: { locationId: run.locationId },
			locationId: run.locationId,
		},
		0,
		run.account,
	);
	return ((body.calendars as IDataObject[] | undefined) ?? []).map((c) => String(c.id));
}

/**
 * GET /calendars/events only lists appointments by when they take place (startTime/endTime, one calendar,
 * user or group at a time), not by when they were booked. So every poll reads the appointments taking place
 * from PAST_WINDOW_DAYS ago to "Look Ahead" days from now, and "new" means booked (dateAdded) after the
 * cursor. An appointment booked for a time outside that window is not seen.
 */
async function appointmentsInWindow(run: PollRun): Promise<IDataObject[]> {
	const startTime = String(run.now - PAST_WINDOW_DAYS * DAY_MS);
	const endTime = String(run.now + run.settings.lookAheadDays * DAY_MS);
	const found: IDataObject[] = [];
	for (const calendarId of await calendarIds(run)) {
		const { body } = await ghlRequest.call(
			run.ctx,
			{
				method: 'GET',
				path: '/calendars/events',
				qs: { locationId: run.locationId, calendarId, startTime, endTime },
				locationId: run.locationId,
			},
			0,
			run.account,
		);
		found.push(...((body.events as IDataObject[] | undefined) ?? []));
	}
	// Earliest first, so a recurring series is represented by its next occurrence in the window.
	return dedupe(
		chronological(found, (a) => timeOf(a.startTime)),
		seriesKey,
	);
}

const bookedAt = (appointment: IDataObject) => timeOf(appointment.dateAdded);

/**
 * A recurring appointment is listed once per occurrence (id `<master>_<start>_<duration>`, `masterEventId`), all
 * booked at the same time: it is one booking, so one event, keyed by its series.
 */
const seriesKey = (appointment: IDataObject) =>
	String(appointment.masterEventId || appointment.id || '');

export const appointmentCreated: PollEvent = timeCursorEvent(
	{
		value: 'AppointmentCreate',
		name: 'New Appointment',
		description:
			'An appointment was booked that takes place between a week ago and "Look Ahead" days from now',
		endpoints: ['GET /calendars/', 'GET /calendars/events'],
	},
	{
		time: bookedAt,
		key: seriesKey,
		since: async (run, time) =>
			(await appointmentsInWindow(run)).filter((a) => time === undefined || bookedAt(a) >= time),
		newest: async (run, count) =>
			newestFirst(await appointmentsInWindow(run), bookedAt).slice(0, count),
	},
);
