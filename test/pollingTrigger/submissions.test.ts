import { addForm, addSubmission, type FakeSubmission } from '../fake/handlers/formsAndSurveys';
import type { LocationState } from '../fake/store';
import { useGhl } from '../harness/ghl';
import { ids, pollingTrigger } from './setup';

const DAY = 24 * 60 * 60 * 1000;

describe.each([
	['form', 'FormSubmission'],
	['survey', 'SurveySubmission'],
] as const)('GoHighLevel Polling Trigger: new %s submissions', (kind, event) => {
	const ghl = useGhl();
	let location: LocationState;
	let formId: string;
	let counter = 0;
	let last = 0;
	const nextTime = () => new Date((last = Math.max(Date.now(), last + 1))).toISOString();
	const submit = (count: number, at?: string): FakeSubmission[] =>
		Array.from({ length: count }, () => {
			counter++;
			return addSubmission(location, kind, formId, {
				name: `Person ${counter}`,
				email: `p${counter}@example.com`,
				createdAt: at ?? nextTime(),
			});
		});
	const listRequests = () => ghl.fake.requestsTo('GET', `/${kind}s/submissions`);

	beforeAll(() => {
		location = ghl.fake.store.location('loc_main')!;
		formId = addForm(location, kind, `Intake ${kind}`).id;
		submit(3, new Date(Date.now() - 2 * DAY).toISOString());
	});

	test('the first poll emits nothing; submissions after it come out once, oldest first', async () => {
		const trigger = pollingTrigger(ghl, { event });
		// It emits (no items) so that n8n saves where it starts: n8n saves a poll's static data only on emit.
		expect(await trigger.poll()).toEqual({ items: [], emitted: true });
		const fresh = submit(2);
		const { items } = await trigger.poll();
		expect(ids(items)).toEqual(ids(fresh as never));
		expect(items[0]).toMatchObject({ [`${kind}Id`]: formId, email: fresh[0].email, event });
		expect((await trigger.poll()).items).toEqual([]);
	});

	test('a poll asks GHL by day, from the day before the cursor to tomorrow, page by page', async () => {
		const trigger = pollingTrigger(ghl, { event });
		await trigger.poll();
		const fresh = submit(150);
		ghl.fake.resetLog();
		const { items } = await trigger.poll();
		expect(ids(items)).toEqual(ids(fresh as never));
		const requests = listRequests();
		expect(requests.map((r) => r.query.page)).toEqual(['1', '2']);
		const cursorTime = Date.parse(String(items[0].createdAt)) - 1;
		const dayOf = (t: number) => new Date(t).toISOString().slice(0, 10);
		expect(requests[0].query).toMatchObject({
			locationId: 'loc_main',
			limit: '100',
			endAt: dayOf(Date.now() + DAY),
		});
		// The cursor is the newest submission before these; its day minus one.
		expect(requests[0].query.startAt <= dayOf(cursorTime - DAY)).toBe(true);
		expect(requests[0].headers.version).toBe('2021-07-28');
	});

	test('submissions sharing one timestamp across polls, and a restart, never repeat or get lost', async () => {
		const trigger = pollingTrigger(ghl, { event });
		await trigger.poll();
		const at = nextTime();
		const first = submit(2, at);
		const seen = ids((await trigger.poll()).items);
		expect(seen).toEqual(ids(first as never).sort());
		const sameTime = submit(1, at);
		trigger.restart();
		const afterRestart = ids((await trigger.poll()).items);
		expect(afterRestart).toEqual(ids(sameTime as never));
		trigger.restart();
		expect((await trigger.poll()).items).toEqual([]);
		const later = submit(1);
		expect(ids((await trigger.poll()).items)).toEqual(ids(later as never));
	});

	test('Fetch Test Event shows the newest submission', async () => {
		const trigger = pollingTrigger(ghl, { event });
		const newest = submit(1)[0];
		const { items, error } = await trigger.fetchTestEvent();
		expect(error).toBeUndefined();
		expect(items.map((i) => i.id)).toEqual([newest.id]);
	});
});
