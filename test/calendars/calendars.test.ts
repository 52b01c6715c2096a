import { createContact } from '../fake/handlers/contacts';
import { addAppointment, calendarEvents, calendars, seed } from '../fake/handlers/calendars';
import { useGhl } from '../harness/ghl';

const rl = (value: string) => ({ __rl: true, mode: 'id', value });
const NY = 'America/New_York';

describe('GoHighLevel Calendars', () => {
	const ghl = useGhl();
	const location = () => ghl.fake.store.location('loc_main')!;
	const events = () => calendarEvents(location());
	const run = (
		resource: string,
		parameters: Record<string, unknown>,
		items: object[] = [{}],
		extra: Record<string, unknown> = {},
	) =>
		ghl.harness.runNode(
			{
				type: 'goHighLevelCalendars',
				parameters: { resource, ...parameters },
				credentialId: ghl.pit,
				...extra,
			},
			items,
		);
	const lastRequest = () => ghl.fake.requests.at(-1)!;
	let contactId: string;

	beforeAll(() => {
		seed(location());
		contactId = createContact(location(), {
			firstName: 'Patty',
			lastName: 'Patient',
			email: 'patty@example.com',
		}).id;
	});
	beforeEach(() => {
		// Each test books on its own; clear appointments and blocked slots between them.
		events().clear();
	});

	afterEach(() => {
		// Every request of this node reached the fake with the calendars API's Version.
		for (const request of ghl.fake.requests) expect(request.headers.version).toBe('2021-04-15');
	});

	describe('free slots', () => {
		test('one item per slot in the asked timezone, across the DST change (EST Friday, EDT Monday)', async () => {
			const { items, error } = await run('freeSlot', {
				operation: 'getMany',
				calendarId: rl('cal_consultation'),
				startDate: '2026-03-06',
				endDate: '2026-03-09',
				timezone: NY,
			});
			expect(error).toBeUndefined();
			const [calendarRequest, slotsRequest] = ghl.fake.requests;
			expect(calendarRequest).toMatchObject({ method: 'GET', path: '/calendars/cal_consultation' });
			expect(slotsRequest).toMatchObject({
				method: 'GET',
				path: '/calendars/cal_consultation/free-slots',
			});
			// Midnight Friday in New York (EST) to the last millisecond of Monday (EDT), as epoch milliseconds.
			expect(slotsRequest.query).toEqual({
				startDate: String(Date.UTC(2026, 2, 6, 5)),
				endDate: String(Date.UTC(2026, 2, 10, 4) - 1),
				timezone: NY,
			});
			expect(items).toHaveLength(32);
			expect(items[0].json).toEqual({
				date: '2026-03-06',
				start: '2026-03-06T09:00:00-05:00',
				end: '2026-03-06T09:30:00-05:00',
				timezone: NY,
				calendarId: 'cal_consultation',
			});
			expect(items[16].json).toMatchObject({
				date: '2026-03-09',
				start: '2026-03-09T09:00:00-04:00',
				end: '2026-03-09T09:30:00-04:00',
			});
			expect(items.at(-1)!.json).toMatchObject({
				start: '2026-03-09T16:30:00-04:00',
				end: '2026-03-09T17:00:00-04:00',
			});
			expect(new Set(items.map((i) => i.json.date))).toEqual(new Set(['2026-03-06', '2026-03-09']));
		});

		test("in another timezone, slots and dates are that zone's wall time", async () => {
			const { items } = await run('freeSlot', {
				operation: 'getMany',
				calendarId: rl('cal_consultation'),
				startDate: '2026-03-09T00:00:00',
				endDate: '2026-03-09T23:59:00',
				timezone: 'Asia/Kolkata',
			});
			expect(ghl.fake.requests[1].query).toMatchObject({
				timezone: 'Asia/Kolkata',
				startDate: String(Date.UTC(2026, 2, 8, 18, 30)),
			});
			// 09:00 in New York on Monday is 18:30 in India; the calendar closes at 17:00 NY = 02:30 the next day in India.
			expect(items[0].json).toMatchObject({
				date: '2026-03-09',
				start: '2026-03-09T18:30:00+05:30',
				end: '2026-03-09T19:00:00+05:30',
			});
			expect(items.at(-1)!.json.start).toBe('2026-03-09T23:30:00+05:30');
			expect(items).toHaveLength(11);
		});

		test('first free slot after a time: one item, skipping a booked slot', async () => {
			addAppointment(location(), {
				calendarId: 'cal_consultation',
				contactId,
				start: Date.parse('2026-03-09T10:30:00-04:00'),
			});
			const { items } = await run('freeSlot', {
				operation: 'getMany',
				calendarId: rl('cal_consultation'),
				startDate: '2026-03-09',
				endDate: '2026-03-13',
				timezone: NY,
				options: { firstSlotAfter: '2026-03-09T10:10:00' },
			});
			expect(items.map((i) => i.json)).toEqual([
				{
					date: '2026-03-09',
					start: '2026-03-09T11:00:00-04:00',
					end: '2026-03-09T11:30:00-04:00',
					timezone: NY,
					calendarId: 'cal_consultation',
				},
			]);
		});

		test('for one user of a round-robin calendar: slots the other member holds stay free for this one', async () => {
			addAppointment(location(), {
				calendarId: 'cal_cleaning',
				contactId,
				start: Date.parse('2026-03-09T08:00:00-04:00'),
				assignedUserId: 'user_owner',
			});
			const slots = async (userId?: string) =>
				(
					await run('freeSlot', {
						operation: 'getMany',
						calendarId: rl('cal_cleaning'),
						startDate: '2026-03-09',
						endDate: '2026-03-09',
						timezone: NY,
						options: userId ? { userId } : {},
					})
				).items.map((i) => i.json.start);
			expect(await slots('user_owner')).toEqual([
				'2026-03-09T09:00:00-04:00',
				'2026-03-09T10:00:00-04:00',
				'2026-03-09T11:00:00-04:00',
			]);
			expect(await slots('user_sales')).toEqual([
				'2026-03-09T08:00:00-04:00',
				'2026-03-09T09:00:00-04:00',
				'2026-03-09T10:00:00-04:00',
				'2026-03-09T11:00:00-04:00',
			]);
			expect(ghl.fake.requestsTo('GET', '/calendars/cal_cleaning/free-slots')[0].query.userId).toBe(
				'user_owner',
			);
			const [first] = (
				await run('freeSlot', {
					operation: 'getMany',
					calendarId: rl('cal_cleaning'),
					startDate: '2026-03-09',
					endDate: '2026-03-09',
					timezone: NY,
				})
			).items;
			// An hour-long slot: the end comes from the calendar's duration in hours.
			expect(first.json).toMatchObject({
				start: '2026-03-09T08:00:00-04:00',
				end: '2026-03-09T09:00:00-04:00',
			});
		});

		test.each([
			[{ startDate: '2026-03-10', endDate: '2026-03-09' }, '"End" must be after "Start"'],
			[
				{ startDate: '2026-03-01', endDate: '2026-04-15' },
				'"End" must be at most 31 days after "Start"',
			],
			[
				{
					startDate: '2026-03-09',
					endDate: '2026-03-10',
					options: { firstSlotAfter: '2026-03-12T09:00:00' },
				},
				'"First Free Slot After" is outside the range from "Start" to "End"',
			],
			[
				{ startDate: '2026-03-09', endDate: '2026-03-10', timezone: 'Mars/Olympus_Mons' },
				'"Timezone" is not a known timezone: "Mars/Olympus_Mons"',
			],
			[
				{ startDate: 'next tuesday', endDate: '2026-03-10' },
				'"Start" is not a valid date-time: "next tuesday"',
			],
		])('refused before any request: %o', async (parameters, message) => {
			const { error } = await run('freeSlot', {
				operation: 'getMany',
				calendarId: rl('cal_consultation'),
				timezone: NY,
				...parameters,
			});
			expect(error?.message).toBe(message);
			expect(ghl.fake.requests).toHaveLength(0);
		});
	});

	describe('appointments', () => {
		const book = (
			parameters: Record<string, unknown>,
			items?: object[],
			extra?: Record<string, unknown>,
		) =>
			run(
				'appointment',
				{
					operation: 'create',
					calendarId: rl('cal_consultation'),
					contactId: rl(contactId),
					timezone: NY,
					...parameters,
				},
				items,
				extra,
			);

		test("booking into a free slot: ISO with the zone's offset, end from the calendar's duration", async () => {
			const { items, error } = await book({
				startTime: '2026-03-09T10:30:00',
				fields: {
					title: 'First visit',
					assignedUserId: 'user_owner',
					address: '1 Main St',
					appointmentStatus: 'confirmed',
				},
			});
			expect(error).toBeUndefined();
			const request = lastRequest();
			expect(request).toMatchObject({ method: 'POST', path: '/calendars/events/appointments' });
			expect(request.body).toEqual({
				title: 'First visit',
				assignedUserId: 'user_owner',
				address: '1 Main St',
				appointmentStatus: 'confirmed',
				calendarId: 'cal_consultation',
				contactId,
				locationId: 'loc_main',
				startTime: '2026-03-09T10:30:00-04:00',
			});
			expect(items[0].json).toMatchObject({
				calendarId: 'cal_consultation',
				contactId,
				startTime: '2026-03-09T10:30:00-04:00',
				endTime: '2026-03-09T11:00:00-04:00',
				appointmentStatus: 'confirmed',
			});
			const stored = events().get(items[0].json.id as string)!;
			expect([stored.start, stored.end]).toEqual([
				Date.parse('2026-03-09T14:30:00Z'),
				Date.parse('2026-03-09T15:00:00Z'),
			]);

			const slots = await run('freeSlot', {
				operation: 'getMany',
				calendarId: rl('cal_consultation'),
				startDate: '2026-03-09',
				endDate: '2026-03-09',
				timezone: NY,
			});
			expect(slots.items.map((i) => i.json.start)).not.toContain('2026-03-09T10:30:00-04:00');
			expect(slots.items).toHaveLength(15);
		});

		test('a taken slot is GHL\'s error; "Ignore Free Slot Check" books it anyway', async () => {
			addAppointment(location(), {
				calendarId: 'cal_consultation',
				contactId,
				start: Date.parse('2026-03-09T10:30:00-04:00'),
			});
			const refused = await book({ startTime: '2026-03-09T10:30:00' });
			expect(refused.error?.message).toBe(
				'The slot you have selected is no longer available. [400]',
			);
			const forced = await book({
				startTime: '2026-03-09T10:30:00',
				fields: { ignoreFreeSlotValidation: true },
			});
			expect(forced.error).toBeUndefined();
			expect(lastRequest().body).toMatchObject({ ignoreFreeSlotValidation: true });
			expect(events().size).toBe(2);
		});

		test("times from epoch milliseconds, n8n date-times and offsets are converted to the timezone's ISO", async () => {
			// 15:00 UTC is 11:00 in New York on 9 March (EDT, after the change on the 8th).
			await book({
				startTime: Date.parse('2026-03-09T15:00:00Z'),
				endTime: '2026-03-09T15:45:00Z',
			});
			expect(lastRequest().body).toMatchObject({
				startTime: '2026-03-09T11:00:00-04:00',
				endTime: '2026-03-09T11:45:00-04:00',
			});
			await book({
				startTime:
					'={{ DateTime.fromISO("2026-03-10T09:00:00", { zone: "America/Los_Angeles" }) }}',
				fields: { ignoreFreeSlotValidation: true },
			});
			expect(lastRequest().body).toMatchObject({ startTime: '2026-03-10T12:00:00-04:00' });
			await book({ startTime: '1773151200', fields: { ignoreFreeSlotValidation: true } });
			expect(lastRequest().body).toMatchObject({ startTime: '2026-03-10T10:00:00-04:00' });
		});

		test('a wall time the DST change skips is refused, one that exists is sent with the right offset', async () => {
			const skipped = await book({
				startTime: '2026-03-08T02:30:00',
				fields: { ignoreFreeSlotValidation: true },
			});
			expect(skipped.error?.message).toBe(
				'"Start" is 2026-03-08 02:30 does not exist in America/New_York: the clocks skip it when daylight saving time starts',
			);
			expect(ghl.fake.requests).toHaveLength(0);
			await book({
				startTime: '2026-03-08T01:30:00',
				endTime: '2026-03-08T03:30:00',
				fields: { ignoreFreeSlotValidation: true },
			});
			// Half past one is still EST, half past three already EDT: an hour apart in real time.
			expect(lastRequest().body).toMatchObject({
				startTime: '2026-03-08T01:30:00-05:00',
				endTime: '2026-03-08T03:30:00-04:00',
			});
		});

		test('an end before the start, an unknown timezone and an unknown status are refused before any request', async () => {
			const backwards = await book({
				startTime: '2026-03-09T11:00:00',
				endTime: '2026-03-09T10:00:00',
			});
			expect(backwards.error?.message).toBe('"End" must be after "Start"');
			const zone = await book({ startTime: '2026-03-09T11:00:00', timezone: 'Europe/Atlantis' });
			expect(zone.error?.message).toBe('"Timezone" is not a known timezone: "Europe/Atlantis"');
			const status = await book({
				startTime: '2026-03-09T11:00:00',
				fields: { appointmentStatus: '={{ "maybe" }}' },
			});
			expect(status.error?.message).toBe(
				'"Status" must be one of new, confirmed, cancelled, showed, noshow, invalid: "maybe"',
			);
			expect(ghl.fake.requests).toHaveLength(0);
		});

		test('with a note: booked, then the note added to it', async () => {
			const { items } = await book({
				startTime: '2026-03-09T13:00:00',
				fields: { note: 'Bring X-rays', assignedUserId: 'user_owner' },
			});
			expect(ghl.fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
				'POST /calendars/events/appointments',
				`POST /calendars/appointments/${items[0].json.id}/notes`,
			]);
			expect(lastRequest().body).toEqual({ body: 'Bring X-rays', userId: 'user_owner' });
			expect(items[0].json.note).toMatchObject({ body: 'Bring X-rays' });
		});

		test('reschedule: a new start keeps the length; the slot is checked again', async () => {
			const appointment = addAppointment(location(), {
				calendarId: 'cal_consultation',
				contactId,
				start: Date.parse('2026-03-09T09:00:00-04:00'),
				end: Date.parse('2026-03-09T10:00:00-04:00'),
			});
			const { items, error } = await run('appointment', {
				operation: 'reschedule',
				appointmentId: appointment.id,
				startTime: '2026-03-10T14:00:00',
				timezone: NY,
			});
			expect(error).toBeUndefined();
			expect(ghl.fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
				`GET /calendars/events/appointments/${appointment.id}`,
				`PUT /calendars/events/appointments/${appointment.id}`,
			]);
			expect(lastRequest().body).toEqual({
				startTime: '2026-03-10T14:00:00-04:00',
				endTime: '2026-03-10T15:00:00-04:00',
			});
			expect(items[0].json).toMatchObject({
				id: appointment.id,
				startTime: '2026-03-10T14:00:00-04:00',
				endTime: '2026-03-10T15:00:00-04:00',
			});
			expect(events().get(appointment.id)!.start).toBe(Date.parse('2026-03-10T18:00:00Z'));

			// Onto a Saturday, where the calendar is closed: GHL refuses unless told to ignore the free-slot check.
			const closed = await run('appointment', {
				operation: 'reschedule',
				appointmentId: appointment.id,
				startTime: '2026-03-14T10:00:00',
				endTime: '2026-03-14T10:30:00',
				timezone: NY,
			});
			expect(closed.error?.message).toBe(
				'The slot you have selected is no longer available. [400]',
			);
			const forced = await run('appointment', {
				operation: 'reschedule',
				appointmentId: appointment.id,
				startTime: '2026-03-14T10:00:00',
				endTime: '2026-03-14T10:30:00',
				timezone: NY,
				options: { ignoreFreeSlotValidation: true, toNotify: false },
			});
			expect(forced.items[0].json).toMatchObject({
				startTime: '2026-03-14T10:00:00-04:00',
				endTime: '2026-03-14T10:30:00-04:00',
			});
			expect(lastRequest().body).toEqual({
				ignoreFreeSlotValidation: true,
				toNotify: false,
				startTime: '2026-03-14T10:00:00-04:00',
				endTime: '2026-03-14T10:30:00-04:00',
			});
		});

		test('update: status, title, and a new end that must come after the kept start', async () => {
			const appointment = addAppointment(location(), {
				calendarId: 'cal_consultation',
				contactId,
				start: Date.parse('2026-03-11T09:00:00-04:00'),
			});
			const { items } = await run('appointment', {
				operation: 'update',
				appointmentId: appointment.id,
				fields: { appointmentStatus: 'showed', title: 'Checked in' },
			});
			expect(ghl.fake.requests).toHaveLength(1);
			expect(lastRequest()).toMatchObject({
				method: 'PUT',
				body: { appointmentStatus: 'showed', title: 'Checked in' },
			});
			expect(items[0].json).toMatchObject({ appointmentStatus: 'showed', title: 'Checked in' });

			const backwards = await run('appointment', {
				operation: 'update',
				appointmentId: appointment.id,
				timezone: NY,
				fields: { endTime: '2026-03-11T08:00:00' },
			});
			expect(backwards.error?.message).toBe('"End" must be after "Start"');
			expect(ghl.fake.requestsTo('PUT', new RegExp(appointment.id))).toHaveLength(1);

			const empty = await run('appointment', {
				operation: 'update',
				appointmentId: appointment.id,
				fields: {},
			});
			expect(empty.error?.message).toBe('Nothing to update');
		});

		test('cancel sets the status and frees the slot; get and delete', async () => {
			const appointment = addAppointment(location(), {
				calendarId: 'cal_consultation',
				contactId,
				start: Date.parse('2026-03-12T09:00:00-04:00'),
			});
			const cancelled = await run('appointment', {
				operation: 'cancel',
				appointmentId: appointment.id,
			});
			expect(lastRequest()).toMatchObject({
				method: 'PUT',
				path: `/calendars/events/appointments/${appointment.id}`,
				body: { appointmentStatus: 'cancelled' },
			});
			expect(cancelled.items[0].json).toMatchObject({
				id: appointment.id,
				appointmentStatus: 'cancelled',
			});
			expect(events().get(appointment.id)!.appointmentStatus).toBe('cancelled');
			const slots = await run('freeSlot', {
				operation: 'getMany',
				calendarId: rl('cal_consultation'),
				startDate: '2026-03-12',
				endDate: '2026-03-12',
				timezone: NY,
				options: { firstSlotAfter: '2026-03-12T08:00:00' },
			});
			expect(slots.items[0].json.start).toBe('2026-03-12T09:00:00-04:00');

			const got = await run('appointment', { operation: 'get', appointmentId: appointment.id });
			expect(got.items[0].json).toMatchObject({
				id: appointment.id,
				contactId,
				calendarId: 'cal_consultation',
				appointmentStatus: 'cancelled',
				startTime: '2026-03-12T09:00:00-04:00',
			});

			const deleted = await run('appointment', {
				operation: 'delete',
				appointmentId: appointment.id,
			});
			expect(lastRequest()).toMatchObject({
				method: 'DELETE',
				path: `/calendars/events/${appointment.id}`,
			});
			expect(deleted.items[0].json).toEqual({ id: appointment.id, deleted: true });
			expect(events().has(appointment.id)).toBe(false);
		});

		test('Continue On Fail: each item gets its appointment or its own error, in order', async () => {
			addAppointment(location(), {
				calendarId: 'cal_consultation',
				contactId,
				start: Date.parse('2026-03-13T09:00:00-04:00'),
			});
			const { items, error } = await book(
				{ startTime: '={{ $json.start }}', endTime: '={{ $json.end }}' },
				[
					{ start: '2026-03-13T10:00:00', end: '' },
					{ start: '2026-03-13T11:00:00', end: '2026-03-13T10:00:00' },
					{ start: '2026-03-13T09:00:00', end: '' },
					{ start: 'soon', end: '' },
				],
				{ continueOnFail: true },
			);
			expect(error).toBeUndefined();
			expect(items.map((i) => i.pairedItem)).toEqual([
				{ item: 0 },
				{ item: 1 },
				{ item: 2 },
				{ item: 3 },
			]);
			expect(items[0].json).toMatchObject({
				startTime: '2026-03-13T10:00:00-04:00',
				endTime: '2026-03-13T10:30:00-04:00',
			});
			expect(items[1].json).toEqual({
				error: '"End" must be after "Start"',
				hint: expect.any(String),
			});
			expect(items[2].json).toMatchObject({
				error: 'The slot you have selected is no longer available. [400]',
				statusCode: 400,
			});
			expect(items[3].json.error).toBe('"Start" is not a valid date-time: "soon"');
			expect(ghl.fake.requestsTo('POST', '/calendars/events/appointments')).toHaveLength(2);
		});
	});

	describe('events and blocked slots', () => {
		beforeEach(() => {
			addAppointment(location(), {
				calendarId: 'cal_consultation',
				contactId,
				start: Date.parse('2026-03-09T09:00:00-04:00'),
				assignedUserId: 'user_owner',
				title: 'A',
			});
			addAppointment(location(), {
				calendarId: 'cal_cleaning',
				contactId,
				start: Date.parse('2026-03-10T08:00:00-04:00'),
				assignedUserId: 'user_sales',
				title: 'B',
			});
			addAppointment(location(), {
				calendarId: 'cal_front_desk',
				contactId,
				start: Date.parse('2026-03-10T13:00:00-04:00'),
				assignedUserId: 'user_front',
				title: 'C',
			});
		});

		test('events of a calendar, a group or a user between two dates, as epoch milliseconds', async () => {
			const byCalendar = await run('event', {
				operation: 'getMany',
				of: 'calendar',
				calendarId: rl('cal_consultation'),
				startTime: '2026-03-09',
				endTime: '2026-03-10',
				timezone: NY,
				returnAll: true,
			});
			expect(lastRequest()).toMatchObject({ method: 'GET', path: '/calendars/events' });
			expect(lastRequest().query).toEqual({
				locationId: 'loc_main',
				calendarId: 'cal_consultation',
				startTime: String(Date.UTC(2026, 2, 9, 4)),
				endTime: String(Date.UTC(2026, 2, 11, 4) - 1),
			});
			expect(byCalendar.items.map((i) => i.json.title)).toEqual(['A']);
			const byGroup = await run('event', {
				operation: 'getMany',
				of: 'group',
				groupId: rl('grp_dental'),
				startTime: '2026-03-09',
				endTime: '2026-03-10',
				timezone: NY,
				returnAll: true,
			});
			expect(lastRequest().query).toMatchObject({ groupId: 'grp_dental' });
			expect(byGroup.items.map((i) => i.json.title)).toEqual(['A', 'B']);
			const byUser = await run('event', {
				operation: 'getMany',
				of: 'user',
				userId: 'user_front',
				startTime: '2026-03-09',
				endTime: '2026-03-10',
				timezone: NY,
				returnAll: false,
				limit: 5,
			});
			expect(lastRequest().query).toMatchObject({ userId: 'user_front' });
			expect(byUser.items.map((i) => i.json.title)).toEqual(['C']);
			const limited = await run('event', {
				operation: 'getMany',
				of: 'group',
				groupId: rl('grp_dental'),
				startTime: '2026-03-09',
				endTime: '2026-03-10',
				timezone: NY,
				returnAll: false,
				limit: 1,
			});
			expect(limited.items).toHaveLength(1);
		});

		test('a blocked slot takes its time out of the free slots; update, list and delete it', async () => {
			const created = await run('blockedSlot', {
				operation: 'create',
				calendarId: rl('cal_consultation'),
				startTime: '2026-03-11T12:00:00',
				endTime: '2026-03-11T13:00:00',
				timezone: NY,
				fields: { title: 'Lunch' },
			});
			expect(lastRequest()).toMatchObject({
				method: 'POST',
				path: '/calendars/events/block-slots',
			});
			expect(lastRequest().body).toEqual({
				title: 'Lunch',
				calendarId: 'cal_consultation',
				locationId: 'loc_main',
				startTime: '2026-03-11T12:00:00-04:00',
				endTime: '2026-03-11T13:00:00-04:00',
			});
			const id = created.items[0].json.id as string;
			const free = async () =>
				(
					await run('freeSlot', {
						operation: 'getMany',
						calendarId: rl('cal_consultation'),
						startDate: '2026-03-11T11:00:00',
						endDate: '2026-03-11T14:00:00',
						timezone: NY,
					})
				).items.map((i) => i.json.start);
			expect(await free()).toEqual([
				'2026-03-11T11:00:00-04:00',
				'2026-03-11T11:30:00-04:00',
				'2026-03-11T13:00:00-04:00',
				'2026-03-11T13:30:00-04:00',
				'2026-03-11T14:00:00-04:00',
			]);

			await run('blockedSlot', {
				operation: 'update',
				blockedSlotId: id,
				calendarId: rl('cal_consultation'),
				timezone: NY,
				fields: { endTime: '2026-03-11T14:00:00' },
			});
			expect(lastRequest()).toMatchObject({
				method: 'PUT',
				path: `/calendars/events/block-slots/${id}`,
				body: {
					endTime: '2026-03-11T14:00:00-04:00',
					calendarId: 'cal_consultation',
					locationId: 'loc_main',
				},
			});
			expect(await free()).toEqual([
				'2026-03-11T11:00:00-04:00',
				'2026-03-11T11:30:00-04:00',
				'2026-03-11T14:00:00-04:00',
			]);

			const listed = await run('blockedSlot', {
				operation: 'getMany',
				of: 'calendar',
				calendarId: rl('cal_consultation'),
				startTime: '2026-03-11',
				endTime: '2026-03-11',
				timezone: NY,
				returnAll: true,
			});
			expect(lastRequest().path).toBe('/calendars/blocked-slots');
			expect(listed.items.map((i) => i.json)).toEqual([
				expect.objectContaining({
					id,
					title: 'Lunch',
					startTime: '2026-03-11T12:00:00-04:00',
					endTime: '2026-03-11T14:00:00-04:00',
				}),
			]);

			const backwards = await run('blockedSlot', {
				operation: 'update',
				blockedSlotId: id,
				calendarId: rl('cal_consultation'),
				timezone: NY,
				fields: { startTime: '2026-03-11T15:00:00', endTime: '2026-03-11T14:00:00' },
			});
			expect(backwards.error?.message).toBe('"End" must be after "Start"');

			const deleted = await run('blockedSlot', { operation: 'delete', blockedSlotId: id });
			expect(deleted.items[0].json).toEqual({ id, deleted: true });
			expect(await free()).toHaveLength(7);
		});
	});

	test('appointment notes: create, page through, update, delete', async () => {
		const appointment = addAppointment(location(), {
			calendarId: 'cal_consultation',
			contactId,
			start: Date.parse('2026-03-16T09:00:00-04:00'),
		});
		const created = await run('appointmentNote', {
			operation: 'create',
			appointmentId: appointment.id,
			body: 'Allergic to latex',
			userId: 'user_owner',
		});
		expect(lastRequest()).toMatchObject({
			method: 'POST',
			path: `/calendars/appointments/${appointment.id}/notes`,
			body: { body: 'Allergic to latex', userId: 'user_owner' },
		});
		const noteId = created.items[0].json.id as string;
		await run(
			'appointmentNote',
			{ operation: 'create', appointmentId: '={{ $json.id }}', body: '={{ $json.text }}' },
			Array.from({ length: 24 }, (_, i) => ({ id: appointment.id, text: `Note ${i}` })),
		);

		ghl.fake.resetLog();
		const all = await run('appointmentNote', {
			operation: 'getMany',
			appointmentId: appointment.id,
			returnAll: true,
		});
		expect(all.items).toHaveLength(25);
		expect(ghl.fake.requests.map((r) => r.query)).toEqual([
			{ limit: '20', offset: '0' },
			{ limit: '20', offset: '20' },
		]);

		await run('appointmentNote', {
			operation: 'update',
			appointmentId: appointment.id,
			noteId,
			body: 'Allergic to latex and penicillin',
		});
		expect(lastRequest()).toMatchObject({
			method: 'PUT',
			path: `/calendars/appointments/${appointment.id}/notes/${noteId}`,
			body: { body: 'Allergic to latex and penicillin' },
		});
		const deleted = await run('appointmentNote', {
			operation: 'delete',
			appointmentId: appointment.id,
			noteId,
		});
		expect(deleted.items[0].json).toEqual({ id: noteId, deleted: true });
		const left = await run('appointmentNote', {
			operation: 'getMany',
			appointmentId: appointment.id,
			returnAll: false,
			limit: 3,
		});
		expect(lastRequest().query).toEqual({ limit: '3', offset: '0' });
		expect(left.items.map((i) => i.json.body)).toEqual(['Note 0', 'Note 1', 'Note 2']);
	});

	describe('calendars and groups', () => {
		test('create with open hours and a team, get, update, list by group, delete', async () => {
			const created = await run('calendar', {
				operation: 'create',
				name: 'Whitening',
				calendarType: 'round_robin',
				fields: {
					groupId: 'grp_dental',
					slotDuration: 45,
					teamMembers: ['user_owner', 'user_sales'],
					openHours: {
						hours: [
							{ days: [1, 3], opens: '08:30', closes: '12:00' },
							{ days: [5], opens: '13:00', closes: '23:59' },
						],
					},
				},
			});
			expect(created.error).toBeUndefined();
			expect(lastRequest()).toMatchObject({ method: 'POST', path: '/calendars/' });
			expect(lastRequest().body).toEqual({
				groupId: 'grp_dental',
				slotDuration: 45,
				teamMembers: [
					{ userId: 'user_owner', isPrimary: true },
					{ userId: 'user_sales', isPrimary: false },
				],
				openHours: [
					{
						daysOfTheWeek: [1, 3],
						hours: [{ openHour: 8, openMinute: 30, closeHour: 12, closeMinute: 0 }],
					},
					{
						daysOfTheWeek: [5],
						hours: [{ openHour: 13, openMinute: 0, closeHour: 23, closeMinute: 59 }],
					},
				],
				name: 'Whitening',
				calendarType: 'round_robin',
				locationId: 'loc_main',
			});
			const id = created.items[0].json.id as string;
			expect(calendars(location()).get(id)).toMatchObject({ name: 'Whitening', slotDuration: 45 });

			const got = await run('calendar', { operation: 'get', calendarId: rl(id) });
			expect(got.items[0].json).toMatchObject({ id, name: 'Whitening', groupId: 'grp_dental' });

			await run('calendar', {
				operation: 'update',
				calendarId: rl(id),
				fields: { name: 'Whitening (45 min)', isActive: false },
			});
			expect(lastRequest()).toMatchObject({
				method: 'PUT',
				path: `/calendars/${id}`,
				body: { name: 'Whitening (45 min)', isActive: false },
			});

			const inGroup = await run('calendar', {
				operation: 'getMany',
				filters: { groupId: 'grp_dental' },
				returnAll: true,
			});
			expect(lastRequest().query).toEqual({ locationId: 'loc_main', groupId: 'grp_dental' });
			expect(inGroup.items.map((i) => i.json.name)).toEqual([
				'Consultation',
				'Cleaning',
				'Whitening (45 min)',
			]);

			const deleted = await run('calendar', { operation: 'delete', calendarId: rl(id) });
			expect(deleted.items[0].json).toEqual({ id, deleted: true });
			expect(calendars(location()).has(id)).toBe(false);
		});

		test('open hours that close before they open, or a malformed time, are refused before any request', async () => {
			const backwards = await run('calendar', {
				operation: 'create',
				name: 'X',
				fields: { openHours: { hours: [{ days: [1], opens: '17:00', closes: '09:00' }] } },
			});
			expect(backwards.error?.message).toBe('"Closes At" (09:00) must be after "Opens At" (17:00)');
			const malformed = await run('calendar', {
				operation: 'create',
				name: 'X',
				fields: { openHours: { hours: [{ days: [1], opens: '9am', closes: '17:00' }] } },
			});
			expect(malformed.error?.message).toBe(
				'"Opens At" must be a time as HH:mm, e.g. 09:30: "9am"',
			);
			expect(ghl.fake.requests).toHaveLength(0);
		});

		test('calendar groups and the list with a limit', async () => {
			const groups = await run('calendarGroup', { operation: 'getMany', returnAll: true });
			expect(lastRequest()).toMatchObject({
				method: 'GET',
				path: '/calendars/groups',
				query: { locationId: 'loc_main' },
			});
			expect(groups.items.map((i) => i.json)).toEqual([
				expect.objectContaining({ id: 'grp_dental', name: 'Dental Team' }),
			]);
			const two = await run('calendar', { operation: 'getMany', returnAll: false, limit: 2 });
			expect(two.items).toHaveLength(2);
		});
	});
});
