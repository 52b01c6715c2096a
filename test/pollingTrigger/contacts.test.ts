import { createContact, type FakeContact } from '../fake/handlers/contacts';
import type { LocationState } from '../fake/store';
import { OVERLAP_MS } from '../../nodes/GoHighLevelPollingTrigger/events/types';
import { useGhl } from '../harness/ghl';
import { callGhl, ids, pollingTrigger } from './setup';

describe('GoHighLevel Polling Trigger: contacts', () => {
	const ghl = useGhl();
	let location: LocationState;
	let counter = 0;
	const addContacts = (count: number): FakeContact[] =>
		Array.from({ length: count }, () => {
			const n = ++counter;
			return createContact(location, { firstName: `Poll${n}`, email: `poll${n}@example.com` });
		});
	const searches = () => ghl.fake.requestsTo('POST', '/contacts/search');

	beforeAll(() => {
		location = ghl.fake.store.location('loc_main')!;
		addContacts(5);
	});

	test('the first poll outputs no item; contacts added after it come out with the event name, oldest first', async () => {
		const trigger = pollingTrigger(ghl, { event: 'ContactCreate' });
		const first = await trigger.poll();
		// It emits (no items) so that n8n saves where it starts: n8n saves a poll's static data only on emit.
		expect(first).toEqual({ items: [], emitted: true });
		expect(trigger.nodeState.state).toBeDefined();

		const added = addContacts(2);
		const second = await trigger.poll();
		expect(ids(second.items)).toEqual(ids(added as never));
		expect(second.items[0]).toMatchObject({
			id: added[0].id,
			email: added[0].email,
			locationId: 'loc_main',
			event: 'ContactCreate',
		});
		expect((await trigger.poll()).items).toEqual([]);
	});

	test('the search asks GHL again from 10 minutes before the newest contact seen, oldest first', async () => {
		const trigger = pollingTrigger(ghl, { event: 'ContactCreate' });
		await trigger.poll();
		const [newest] = addContacts(1);
		ghl.fake.resetLog();
		await trigger.poll();
		const state = trigger.nodeState.state as { since: number; seen: Record<string, number> };
		expect(state.since).toBe(Date.parse(newest.dateAdded) - OVERLAP_MS);
		expect(state.seen[`${newest.id}@${Date.parse(newest.dateAdded)}`]).toBe(
			Date.parse(newest.dateAdded),
		);
		ghl.fake.resetLog();
		await trigger.poll();
		expect(searches()[0].body.filters[0].value.gte).toBe(new Date(state.since).toISOString());
		expect(searches()).toHaveLength(1);
		expect(searches()[0].headers.version).toBe('2021-07-28');
		expect(searches()[0].body).toMatchObject({
			locationId: 'loc_main',
			sort: [{ field: 'dateAdded', direction: 'asc' }],
			filters: [{ field: 'dateAdded', operator: 'range', value: { gte: expect.any(String) } }],
			pageLimit: 100,
		});
	});

	test('250 contacts added between two polls come out once, read over three pages', async () => {
		const trigger = pollingTrigger(ghl, { event: 'ContactCreate' });
		await trigger.poll();
		const added = addContacts(250);
		ghl.fake.resetLog();

		const { items } = await trigger.poll();
		expect(items).toHaveLength(250);
		expect(ids(items)).toEqual(ids(added as never));
		expect(searches().map((r) => r.body.pageLimit)).toEqual([100, 100, 100]);
		expect(searches()[0].body.searchAfter).toBeUndefined();
		expect(searches()[1].body.searchAfter).toEqual(expect.any(Array));

		expect((await trigger.poll()).items).toEqual([]);
	});

	test('over five polls with contacts arriving in between, every contact comes out exactly once', async () => {
		const trigger = pollingTrigger(ghl, { event: 'ContactCreate' });
		await trigger.poll();
		const created: string[] = [];
		const emitted: string[] = [];
		for (const count of [3, 0, 120, 1, 7]) {
			created.push(...ids(addContacts(count) as never));
			emitted.push(...ids((await trigger.poll()).items));
		}
		expect(emitted).toEqual(created);
		expect(new Set(emitted).size).toBe(emitted.length);
	});

	test('contacts sharing the cursor timestamp are neither lost nor repeated', async () => {
		const trigger = pollingTrigger(ghl, { event: 'ContactCreate' });
		await trigger.poll();
		const [first, second] = addContacts(2);
		second.dateAdded = first.dateAdded;
		expect(ids((await trigger.poll()).items).sort()).toEqual([first.id, second.id].sort());

		// A third contact GHL stamps with the same millisecond, indexed after the poll that moved the cursor there.
		const [late] = addContacts(1);
		late.dateAdded = first.dateAdded;
		expect(ids((await trigger.poll()).items)).toEqual([late.id]);
		expect((await trigger.poll()).items).toEqual([]);
	});

	test('Emit Existing: the first poll outputs the newest existing contacts, up to Max Existing, oldest first', async () => {
		const newest = addContacts(4);
		const trigger = pollingTrigger(ghl, {
			event: 'ContactCreate',
			emitExisting: true,
			existingLimit: 3,
		});
		const first = await trigger.poll();
		expect(ids(first.items)).toEqual(ids(newest.slice(1) as never));
		expect(first.items.every((i) => i.event === 'ContactCreate')).toBe(true);
		expect((await trigger.poll()).items).toEqual([]);
		const [next] = addContacts(1);
		expect(ids((await trigger.poll()).items)).toEqual([next.id]);
	});

	test('a restart keeps the cursor: a new workflow from the saved static data emits only what came after', async () => {
		const trigger = pollingTrigger(ghl, { event: 'ContactCreate' });
		await trigger.poll();
		const beforeRestart = addContacts(2);
		expect(ids((await trigger.poll()).items)).toEqual(ids(beforeRestart as never));

		const whileDown = addContacts(3);
		trigger.restart();
		expect(ids((await trigger.poll()).items)).toEqual(ids(whileDown as never));
		trigger.restart();
		expect((await trigger.poll()).items).toEqual([]);
	});

	test('Fetch Test Event returns the newest contact and leaves the cursor where it was', async () => {
		const trigger = pollingTrigger(ghl, { event: 'ContactCreate' });
		await trigger.poll();
		const stateBefore = trigger.nodeState;
		expect(stateBefore.state).toEqual({ since: expect.any(Number), seen: expect.any(Object) });
		const added = addContacts(2);

		const manual = await trigger.fetchTestEvent();
		expect(manual.error).toBeUndefined();
		expect(manual.items).toHaveLength(1);
		expect(manual.items[0]).toMatchObject({ id: added[1].id, event: 'ContactCreate' });

		expect(trigger.nodeState).toEqual(stateBefore);
		expect(ids((await trigger.poll()).items)).toEqual(ids(added as never));
	});

	test('Contact Updated: changed contacts come out, and again when they change again', async () => {
		const trigger = pollingTrigger(ghl, { event: 'ContactUpdate' });
		await trigger.poll();
		const [a, b] = addContacts(2);
		// addContacts already counts as an update; poll past it.
		expect(ids((await trigger.poll()).items)).toEqual([a.id, b.id]);

		await callGhl(ghl, 'PUT', `/contacts/${b.id}`, { companyName: 'Acme Dental' });
		await callGhl(ghl, 'PUT', `/contacts/${a.id}`, { companyName: 'Bright Smiles' });
		ghl.fake.resetLog();
		const updated = await trigger.poll();
		expect(ids(updated.items)).toEqual([b.id, a.id]);
		expect(updated.items[0]).toMatchObject({ companyName: 'Acme Dental', event: 'ContactUpdate' });
		expect(searches()[0].body).toMatchObject({
			sort: [{ field: 'dateUpdated', direction: 'asc' }],
			filters: [{ field: 'dateUpdated', operator: 'range' }],
		});

		expect((await trigger.poll()).items).toEqual([]);
		await callGhl(ghl, 'PUT', `/contacts/${b.id}`, { companyName: 'Acme Dental Group' });
		const again = await trigger.poll();
		expect(again.items).toEqual([
			expect.objectContaining({ id: b.id, companyName: 'Acme Dental Group' }),
		]);
	});

	test('a sub-account with no contacts yet: everything added after the first poll comes out', async () => {
		const empty = ghl.fake.store.addLocation('loc_empty', 'company_main');
		ghl.fake.store.addToken('pit-location-empty', {
			kind: 'location',
			locationId: 'loc_empty',
			companyId: 'company_main',
		});
		const credential = ghl.harness.addTokenCredential(ghl.fake.url, 'pit-location-empty', {
			locationId: 'loc_empty',
		});
		const trigger = pollingTrigger(ghl, { event: 'ContactCreate' }, credential);
		expect((await trigger.poll()).items).toEqual([]);
		const first = createContact(empty, { firstName: 'Only' });
		expect(ids((await trigger.poll()).items)).toEqual([first.id]);
		expect((await trigger.poll()).items).toEqual([]);
	});

	test('changing the event starts over: the first poll for the new event outputs no item', async () => {
		const trigger = pollingTrigger(ghl, { event: 'ContactCreate' });
		await trigger.poll();
		addContacts(1);
		const switched = pollingTrigger(ghl, { event: 'ContactUpdate' });
		expect((await switched.poll()).items).toEqual([]);
	});

	test('n8n restarts after the first poll, before anything was emitted: contacts added in between still come out', async () => {
		const trigger = pollingTrigger(ghl, { event: 'ContactCreate' });
		await trigger.poll();
		const whileDown = addContacts(2);
		trigger.restart();

		expect(ids((await trigger.poll()).items)).toEqual(ids(whileDown as never));
		expect((await trigger.poll()).items).toEqual([]);
	});

	test('n8n restarts after polls that found nothing: what came after the last emit comes out once', async () => {
		const trigger = pollingTrigger(ghl, { event: 'ContactCreate' });
		await trigger.poll();
		const first = addContacts(1);
		expect(ids((await trigger.poll()).items)).toEqual(ids(first as never));
		expect((await trigger.poll()).emitted).toBe(false);
		const later = addContacts(1);
		trigger.restart();

		expect(ids((await trigger.poll()).items)).toEqual(ids(later as never));
	});

	test("a contact GHL's search shows only after a newer one was emitted still comes out, once", async () => {
		const trigger = pollingTrigger(ghl, { event: 'ContactCreate' });
		await trigger.poll();
		const [newer] = addContacts(1);
		expect(ids((await trigger.poll()).items)).toEqual([newer.id]);
		// Added a minute before `newer`, indexed only now.
		const [late] = addContacts(1);
		late.dateAdded = new Date(Date.parse(newer.dateAdded) - 60_000).toISOString();

		expect(ids((await trigger.poll()).items)).toEqual([late.id]);
		expect((await trigger.poll()).items).toEqual([]);
		trigger.restart();
		expect((await trigger.poll()).items).toEqual([]);
	});

	test('the state holds the contacts of one overlap window, not every contact ever seen', async () => {
		const trigger = pollingTrigger(ghl, { event: 'ContactCreate' });
		await trigger.poll();
		const old = addContacts(3);
		const recent = addContacts(2);
		for (const [i, contact] of old.entries())
			contact.dateAdded = new Date(
				Date.parse(recent[0].dateAdded) - OVERLAP_MS * 3 + i,
			).toISOString();
		// The old ones are older than anything seen so far, so outside the window: never asked for again.
		expect(ids((await trigger.poll()).items)).toEqual(ids(recent as never));
		const state = trigger.nodeState.state as { seen: Record<string, number> };
		expect(Object.keys(state.seen).some((key) => old.some((c) => key.startsWith(c.id)))).toBe(
			false,
		);
		expect(
			Object.values(state.seen).every(
				(time) => time >= Date.parse(recent[1].dateAdded) - OVERLAP_MS,
			),
		).toBe(true);
	});

	test('a failed poll keeps the cursor: the poll after it emits everything once', async () => {
		const trigger = pollingTrigger(ghl, { event: 'ContactCreate' });
		await trigger.poll();
		const added = addContacts(3);
		ghl.fake.inject({
			method: 'POST',
			path: '/contacts/search',
			status: 400,
			body: { statusCode: 400, message: 'Search is temporarily unavailable' },
			times: 1,
		});
		await expect(trigger.poll()).rejects.toThrow(/Search is temporarily unavailable|Bad request/i);
		expect(ids((await trigger.poll()).items)).toEqual(ids(added as never));
	});

	test('an agency credential without a Sub-Account fails before any request', async () => {
		const agency = ghl.harness.addTokenCredential(ghl.fake.url, 'pit-agency-main', {
			companyId: 'company_main',
		});
		const trigger = pollingTrigger(ghl, { event: 'ContactCreate' }, agency);
		await expect(trigger.poll()).rejects.toThrow(
			'"Sub-Account" is required with an agency credential',
		);
		expect(ghl.fake.requests).toHaveLength(0);
	});
});
