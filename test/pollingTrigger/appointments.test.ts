import { useGhl } from '../harness/ghl';
import { pollingTrigger } from './setup';

const DAY = 24 * 3600 * 1000;

/**
 * The calendars fake handlers (GET /calendars/, GET /calendars/events) are being written in
 * test/fake/handlers/calendars.ts; until they exist these tests check what the trigger asks GHL for (the fake
 * validates it against the spec) and not what it emits. The poll's own outcome is therefore not asserted here.
 */
describe('GoHighLevel Polling Trigger: new appointments (requests)', () => {
	const ghl = useGhl();

	test('with a calendar chosen, asks for the appointments taking place from a week ago to Look Ahead days ahead', async () => {
		const trigger = pollingTrigger(ghl, {
			event: 'AppointmentCreate',
			calendarId: { __rl: true, mode: 'id', value: 'cal_front_desk' },
			lookAheadDays: 30,
		});
		const before = Date.now();
		await trigger.poll().catch(() => undefined);
		const after = Date.now();

		expect(ghl.fake.requestsTo('GET', '/calendars/')).toHaveLength(0);
		const [request] = ghl.fake.requestsTo('GET', '/calendars/events');
		expect(request.headers.version).toBe('2021-04-15');
		expect(request.query).toEqual({
			locationId: 'loc_main',
			calendarId: 'cal_front_desk',
			startTime: expect.stringMatching(/^\d+$/),
			endTime: expect.stringMatching(/^\d+$/),
		});
		const start = Number(request.query.startTime);
		const end = Number(request.query.endTime);
		expect(start).toBeGreaterThanOrEqual(before - 7 * DAY);
		expect(start).toBeLessThanOrEqual(after - 7 * DAY);
		expect(end - start).toBe(37 * DAY);
	});

	test("without a calendar, lists the sub-account's calendars first", async () => {
		const trigger = pollingTrigger(ghl, { event: 'AppointmentCreate' });
		await trigger.poll().catch(() => undefined);
		const [request] = ghl.fake.requestsTo('GET', '/calendars/');
		expect(request.query).toEqual({ locationId: 'loc_main' });
		expect(request.headers.version).toBe('2021-04-15');
	});
});
