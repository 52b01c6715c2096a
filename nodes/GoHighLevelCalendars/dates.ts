/**
 * Date-times for the calendars API, without a date library: the node takes n8n date-times, ISO strings or epoch
 * times, reads a time without an offset as wall-clock time in the chosen timezone, and sends what each endpoint
 * documents (epoch milliseconds for slots and event lists, ISO 8601 with an offset for appointments).
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export function isKnownTimezone(timezone: string): boolean {
	if (!timezone) return false;
	try {
		new Intl.DateTimeFormat('en-US', { timeZone: timezone });
		return true;
	} catch {
		return false;
	}
}

/** Every IANA timezone the runtime knows, for the Timezone dropdown. */
export function timezoneNames(): string[] {
	const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
	const names = intl.supportedValuesOf?.('timeZone') ?? [];
	return names.includes('UTC') ? names : ['UTC', ...names];
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timezone: string): Intl.DateTimeFormat {
	let formatter = formatters.get(timezone);
	if (!formatter) {
		formatter = new Intl.DateTimeFormat('en-US', {
			timeZone: timezone,
			hourCycle: 'h23',
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit',
			second: '2-digit',
		});
		formatters.set(timezone, formatter);
	}
	return formatter;
}

/** Minutes the timezone is ahead of UTC at an instant (New York in winter: -300). */
export function offsetMinutes(millis: number, timezone: string): number {
	const fields: Record<string, number> = {};
	for (const part of formatterFor(timezone).formatToParts(new Date(millis))) {
		if (part.type !== 'literal') fields[part.type] = Number(part.value);
	}
	const wallAsUtc = Date.UTC(
		fields.year,
		fields.month - 1,
		fields.day,
		fields.hour,
		fields.minute,
		fields.second,
	);
	return Math.round((wallAsUtc - Math.floor(millis / 1000) * 1000) / MINUTE);
}

/** ISO 8601 in the timezone, with its offset: 2026-03-10T09:00:00-04:00. */
export function formatInTimezone(millis: number, timezone: string): string {
	const offset = offsetMinutes(millis, timezone);
	const wall = new Date(millis + offset * MINUTE).toISOString().slice(0, 19);
	const abs = Math.abs(offset);
	const hh = String(Math.floor(abs / 60)).padStart(2, '0');
	const mm = String(abs % 60).padStart(2, '0');
	return `${wall}${offset < 0 ? '-' : '+'}${hh}:${mm}`;
}

export class DateInputError extends Error {
	constructor(
		message: string,
		readonly hint?: string,
	) {
		super(message);
	}
}

/**
 * The instant a wall-clock time names in a timezone. A time that occurs twice when clocks go back is the first
 * one (daylight time); a time skipped when clocks go forward does not exist, and is refused.
 */
export function wallTimeToMillis(
	wall: WallTime,
	timezone: string,
	gap: 'refuse' | 'forward' = 'refuse',
): number {
	const wallAsUtc = Date.UTC(
		wall.year,
		wall.month - 1,
		wall.day,
		wall.hour,
		wall.minute,
		wall.second,
		wall.millisecond,
	);
	// The offsets in force half a day either side cover any single DST change around this time.
	const offsets = new Set([
		offsetMinutes(wallAsUtc - 12 * HOUR, timezone),
		offsetMinutes(wallAsUtc + 12 * HOUR, timezone),
	]);
	const matches = [...offsets]
		.map((offset) => wallAsUtc - offset * MINUTE)
		.filter((millis) => wallAsUtc - offsetMinutes(millis, timezone) * MINUTE === millis)
		.sort((a, b) => a - b);
	if (!matches.length) {
		// Moved forward by the length of the gap: 02:30 on the day New York skips 02:00-03:00 is 03:30.
		if (gap === 'forward')
			return wallAsUtc - offsetMinutes(wallAsUtc - 12 * HOUR, timezone) * MINUTE;
		throw new DateInputError(
			`${wallText(wall)} does not exist in ${timezone}: the clocks skip it when daylight saving time starts`,
			'Pick a time outside the hour the clocks jump over, or give the time with its UTC offset.',
		);
	}
	return matches[0];
}

export interface WallTime {
	year: number;
	month: number;
	day: number;
	hour: number;
	minute: number;
	second: number;
	millisecond: number;
}

function wallText(wall: WallTime): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${wall.year}-${pad(wall.month)}-${pad(wall.day)} ${pad(wall.hour)}:${pad(wall.minute)}`;
}

const ISO =
	/^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

export interface ParsedDateTime {
	millis: number;
	/** Given as a calendar date without a time (e.g. 2026-03-10). */
	dateOnly: boolean;
}

/**
 * Reads a date-time: an n8n/Luxon DateTime, a JS Date, epoch seconds or milliseconds, or ISO 8601. A time without
 * an offset (what n8n's date picker gives) is wall-clock time in `timezone`. Undefined when empty.
 */
export function parseDateTime(value: unknown, timezone: string): ParsedDateTime | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	if (value instanceof Date) return valid(value.getTime());
	if (typeof value === 'object') {
		const luxon = value as { toMillis?: () => number; toISO?: () => string };
		if (typeof luxon.toMillis === 'function') return valid(luxon.toMillis());
		if (typeof luxon.toISO === 'function') return valid(Date.parse(luxon.toISO()));
		throw new DateInputError(`not a date-time: ${JSON.stringify(value)}`);
	}
	if (typeof value === 'number' || /^\d{9,13}$/.test(String(value).trim())) {
		const n = Number(value);
		// Ten digits or fewer are epoch seconds (until the year 2286), more are milliseconds.
		return valid(Math.abs(n) < 1e11 ? n * 1000 : n);
	}
	const text = String(value).trim();
	const iso = ISO.exec(text);
	if (iso) {
		const [, y, mo, d, h, mi, s, fraction, zone] = iso;
		const wall: WallTime = {
			year: +y,
			month: +mo,
			day: +d,
			hour: h === undefined ? 0 : +h,
			minute: mi === undefined ? 0 : +mi,
			second: s === undefined ? 0 : +s,
			millisecond: fraction ? Math.floor(Number(`0.${fraction}`) * 1000) : 0,
		};
		checkWallFields(wall, text);
		if (zone) {
			const normalized =
				zone.toUpperCase() === 'Z'
					? 'Z'
					: zone.length === 3
						? `${zone}:00`
						: zone.includes(':')
							? zone
							: `${zone.slice(0, 3)}:${zone.slice(3)}`;
			const iso8601 = `${y}-${mo}-${d}T${String(wall.hour).padStart(2, '0')}:${String(wall.minute).padStart(2, '0')}:${String(wall.second).padStart(2, '0')}.${String(wall.millisecond).padStart(3, '0')}${normalized}`;
			return valid(Date.parse(iso8601), h === undefined);
		}
		// A date alone means the start of that day, even where the day starts at 01:00 because of DST.
		return {
			millis: wallTimeToMillis(wall, timezone, h === undefined ? 'forward' : 'refuse'),
			dateOnly: h === undefined,
		};
	}
	// Other formats only when they name their zone (RFC 2822 "... GMT", "... +0200"); the server's own zone is never assumed.
	if (/(GMT|UTC|Z|[+-]\d{2}:?\d{2})\s*$/i.test(text)) {
		const millis = Date.parse(text);
		if (Number.isFinite(millis)) return { millis, dateOnly: false };
	}
	throw new DateInputError(`not a valid date-time: "${text}"`);
}

function valid(millis: number, dateOnly = false): ParsedDateTime {
	if (!Number.isFinite(millis)) throw new DateInputError('not a valid date-time');
	return { millis, dateOnly };
}

function checkWallFields(wall: WallTime, text: string): void {
	const probe = new Date(
		Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second),
	);
	const ok =
		probe.getUTCFullYear() === wall.year &&
		probe.getUTCMonth() === wall.month - 1 &&
		probe.getUTCDate() === wall.day &&
		probe.getUTCHours() === wall.hour &&
		probe.getUTCMinutes() === wall.minute;
	if (!ok) throw new DateInputError(`not a valid date-time: "${text}"`);
}

/** The last millisecond of the calendar day (in the timezone) that starts at `dayStart`. */
export function endOfDay(dayStart: number, timezone: string): number {
	const wall = formatInTimezone(dayStart, timezone);
	const [y, m, d] = wall.slice(0, 10).split('-').map(Number);
	const next = new Date(Date.UTC(y, m - 1, d + 1));
	return (
		wallTimeToMillis(
			{
				year: next.getUTCFullYear(),
				month: next.getUTCMonth() + 1,
				day: next.getUTCDate(),
				hour: 0,
				minute: 0,
				second: 0,
				millisecond: 0,
			},
			timezone,
			'forward',
		) - 1
	);
}
