import { createContact, type FakeContact } from '../fake/handlers/contacts';
import { createTask, type FakeTask } from '../fake/handlers/tasks';
import type { LocationState } from '../fake/store';
import { useGhl } from '../harness/ghl';
import { callGhl, ids, pollingTrigger } from './setup';

describe('GoHighLevel Polling Trigger: new tasks', () => {
	const ghl = useGhl();
	let location: LocationState;
	let contact: FakeContact;
	let counter = 0;
	const addTasks = (count: number): FakeTask[] =>
		Array.from({ length: count }, () =>
			createTask(location, { contactId: contact.id, title: `Call back #${++counter}` }),
		);
	const searches = () => ghl.fake.requestsTo('POST', '/locations/loc_main/tasks/search');

	beforeAll(() => {
		location = ghl.fake.store.location('loc_main')!;
		contact = createContact(location, { firstName: 'Tasked', email: 'tasked@example.com' });
		addTasks(4);
	});

	test('the first poll outputs no item; tasks added after it come out once, oldest first', async () => {
		const trigger = pollingTrigger(ghl, { event: 'TaskCreate' });
		expect(await trigger.poll()).toEqual({ items: [], emitted: true });
		const added = addTasks(2);
		const { items } = await trigger.poll();
		expect(ids(items)).toEqual(ids(added as never));
		expect(items[0]).toMatchObject({
			title: added[0].title,
			contactId: contact.id,
			event: 'TaskCreate',
		});
		expect((await trigger.poll()).items).toEqual([]);
	});

	test("the scan reads the sub-account's task search page by page until a page comes back empty", async () => {
		const trigger = pollingTrigger(ghl, { event: 'TaskCreate' });
		await trigger.poll();
		const added = addTasks(130);
		ghl.fake.resetLog();
		const { items } = await trigger.poll();
		expect(ids(items)).toEqual(ids(added as never));
		const total = location.collection('tasks').size;
		const pages = searches().map((r) => r.body);
		expect(pages[0]).toEqual({ limit: 100, skip: 0 });
		// Full pages of 100, then the page that comes back empty at skip = total.
		const expectedSkips: number[] = [];
		for (let skip = 0; skip < total; skip += 100) expectedSkips.push(skip);
		expectedSkips.push(total);
		expect(pages.map((b) => b.skip)).toEqual(expectedSkips);
		expect(searches()[0].headers.version).toBe('2021-07-28');
		expect((await trigger.poll()).items).toEqual([]);
	});

	test('a task created through the contact API (no dateAdded in its record) is reported too', async () => {
		const trigger = pollingTrigger(ghl, { event: 'TaskCreate' });
		await trigger.poll();
		const { task } = await callGhl(ghl, 'POST', `/contacts/${contact.id}/tasks`, {
			title: 'Send the quote',
			dueDate: '2026-12-01T10:00:00Z',
			completed: false,
		});
		const { items } = await trigger.poll();
		expect(items).toEqual([
			expect.objectContaining({ id: task.id, title: 'Send the quote', event: 'TaskCreate' }),
		]);
	});

	test('a task missing from one scan (a page shifted under it) is not new when it is seen again', async () => {
		const trigger = pollingTrigger(ghl, { event: 'TaskCreate' });
		await trigger.poll();
		const [shifted] = addTasks(1);
		expect(ids((await trigger.poll()).items)).toEqual([shifted.id]);

		const tasks = location.collection('tasks');
		tasks.delete(shifted.id);
		expect((await trigger.poll()).items).toEqual([]);
		tasks.set(shifted.id, shifted);
		expect((await trigger.poll()).items).toEqual([]);
	});

	test('n8n restarts after the first poll, before anything was emitted: tasks added in between still come out', async () => {
		const trigger = pollingTrigger(ghl, { event: 'TaskCreate' });
		await trigger.poll();
		const added = addTasks(2);
		trigger.restart();
		expect(ids((await trigger.poll()).items)).toEqual(ids(added as never));
		expect((await trigger.poll()).items).toEqual([]);
	});

	test('no task is repeated over five polls with tasks arriving in between, and a restart keeps the state', async () => {
		const trigger = pollingTrigger(ghl, { event: 'TaskCreate' });
		await trigger.poll();
		const created: string[] = [];
		const emitted: string[] = [];
		for (const [i, count] of [2, 0, 5, 1, 3].entries()) {
			created.push(...ids(addTasks(count) as never));
			if (i === 3) trigger.restart();
			emitted.push(...ids((await trigger.poll()).items));
		}
		expect(emitted).toEqual(created);
	});

	test('Emit Existing outputs the newest tasks by dateAdded; Fetch Test Event the newest one, without moving the state', async () => {
		const newest = addTasks(3);
		const trigger = pollingTrigger(ghl, {
			event: 'TaskCreate',
			emitExisting: true,
			existingLimit: 2,
		});
		expect(ids((await trigger.poll()).items)).toEqual(ids(newest.slice(1) as never));

		const [latest] = addTasks(1);
		const manual = await trigger.fetchTestEvent();
		expect(manual.items).toEqual([expect.objectContaining({ id: latest.id, event: 'TaskCreate' })]);
		expect(ids((await trigger.poll()).items)).toEqual([latest.id]);
	});
});
