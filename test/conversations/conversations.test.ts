import { GoHighLevelConversations } from '../../nodes/GoHighLevelConversations/GoHighLevelConversations.node';
import { createContact } from '../fake/handlers/contacts';
import { addMessage, createConversation } from '../fake/handlers/conversations';
import { pickerContext, rl, useInbox } from './setup';

describe('GoHighLevel Conversations: conversations', () => {
	const inbox = useInbox();
	const { ghl, people, run } = inbox;
	const conversation = (
		parameters: Record<string, unknown>,
		extra?: { continueOnFail?: boolean; credentialId?: string },
		items?: object[],
	) => run({ resource: 'conversation', ...parameters }, items, extra);

	test('the node is usable as a tool; its conversation picker lists the inbox by contact and last message', async () => {
		const node = new GoHighLevelConversations();
		expect(node.description.usableAsTool).toBe(true);
		const { results } = await node.methods.listSearch.searchConversations.call(
			pickerContext(ghl.fake),
			'grace',
		);
		expect(results).toEqual([
			{ name: 'Grace Hopper · Mon-Fri 8-5', value: inbox.conversationOf(people.grace.id)!.id },
		]);
		expect(ghl.fake.requests[0]).toMatchObject({
			method: 'GET',
			path: '/conversations/search',
			query: { locationId: 'loc_main', limit: '50', query: 'grace' },
		});
		expect(ghl.fake.requests[0].headers.version).toBe('2021-04-15');
	});

	describe('search', () => {
		test("by contact: the request, its Version header, and GHL's conversation fields", async () => {
			const { items, error } = await conversation({
				operation: 'search',
				filters: { contactId: people.ada.id },
				returnAll: true,
			});
			expect(error).toBeUndefined();
			expect(ghl.fake.requests).toHaveLength(1);
			expect(ghl.fake.requests[0]).toMatchObject({ method: 'GET', path: '/conversations/search' });
			expect(ghl.fake.requests[0].query).toEqual({
				locationId: 'loc_main',
				contactId: people.ada.id,
				sort: 'desc',
				limit: '100',
			});
			expect(ghl.fake.requests[0].headers.version).toBe('2021-04-15');
			expect(items.map((i) => i.json)).toEqual([
				expect.objectContaining({
					id: inbox.conversationOf(people.ada.id)!.id,
					contactId: people.ada.id,
					fullName: 'Ada Lovelace',
					assignedTo: 'user_sales',
				}),
			]);
		});

		test('unread, starred, assignee, unassigned and text filters', async () => {
			const ids = async (filters: Record<string, unknown>) =>
				(await conversation({ operation: 'search', filters, returnAll: true })).items.map(
					(i) => i.json.contactId,
				);
			const ada = people.ada.id;
			const grace = people.grace.id;
			expect(await ids({ status: 'unread' })).toContain(ada);
			expect(await ids({ status: 'unread' })).not.toContain(grace);
			expect(await ids({ status: 'starred' })).toEqual([grace]);
			expect(await ids({ assignedTo: 'user_sales' })).toEqual([ada]);
			expect(await ids({ unassigned: true })).toContain(grace);
			expect(await ids({ unassigned: true })).not.toContain(ada);
			expect(await ids({ query: 'when are you open' })).toEqual([]);
			expect(await ids({ query: 'hopper' })).toEqual([grace]);
			const queries = ghl.fake.requests.map((r) => r.query);
			expect(queries).toEqual(
				expect.arrayContaining([
					expect.objectContaining({ status: 'unread' }),
					expect.objectContaining({ status: 'starred' }),
					expect.objectContaining({ assignedTo: 'user_sales' }),
					expect.objectContaining({ assignedTo: 'unassigned' }),
					expect.objectContaining({ query: 'hopper' }),
				]),
			);
		});

		test('"Only Unassigned" with an assignee, or an unknown status, is refused before any request', async () => {
			const both = await conversation({
				operation: 'search',
				filters: { unassigned: true, assignedTo: 'user_sales' },
				returnAll: true,
			});
			expect(both.error?.message).toBe(
				'"Only Unassigned" and "Assigned User Name or ID" exclude each other',
			);
			const status = await conversation({
				operation: 'search',
				filters: { status: '={{ "archived" }}' },
				returnAll: true,
			});
			expect(status.error?.message).toBe(
				'"Status" must be one of all, read, unread, starred, recents: "archived"',
			);
			expect(ghl.fake.requests).toHaveLength(0);
		});

		describe('a busy inbox', () => {
			beforeAll(() => {
				const big = ghl.fake.store.addLocation('loc_inbox', 'company_main');
				ghl.fake.store.addToken('pit-inbox', {
					kind: 'location',
					locationId: 'loc_inbox',
					companyId: 'company_main',
				});
				ghl.harness.addTokenCredential(
					ghl.fake.url,
					'pit-inbox',
					{ locationId: 'loc_inbox' },
					'pit-inbox',
				);
				for (let i = 0; i < 230; i++) {
					const contact = createContact(big, {
						firstName: `Patient${i}`,
						email: `p${i}@example.com`,
					});
					addMessage(big, createConversation(big, contact.id), {
						type: 'SMS',
						direction: 'inbound',
						body: `hello ${i}`,
					});
				}
			});
			const search = (parameters: Record<string, unknown>) =>
				conversation({ operation: 'search', ...parameters }, { credentialId: 'pit-inbox' });

			test('Return All pages with startAfterDate: every conversation once, newest activity first', async () => {
				const { items, error } = await search({ returnAll: true });
				expect(error).toBeUndefined();
				expect(items).toHaveLength(230);
				expect(new Set(items.map((i) => i.json.id)).size).toBe(230);
				const dates = items.map((i) => Number(i.json.lastMessageDate));
				expect([...dates].sort((a, b) => b - a)).toEqual(dates);
				expect(ghl.fake.requests.map((r) => r.query)).toEqual([
					{ locationId: 'loc_inbox', sort: 'desc', limit: '100' },
					{
						locationId: 'loc_inbox',
						sort: 'desc',
						limit: '100',
						startAfterDate: String(dates[99]),
					},
					{
						locationId: 'loc_inbox',
						sort: 'desc',
						limit: '100',
						startAfterDate: String(dates[199]),
					},
				]);
			});

			test('Limit asks for that many; oldest first follows the order', async () => {
				const few = await search({ returnAll: false, limit: 7, sort: 'asc' });
				expect(few.items.map((i) => i.json.fullName)).toEqual([
					'Patient0',
					'Patient1',
					'Patient2',
					'Patient3',
					'Patient4',
					'Patient5',
					'Patient6',
				]);
				expect(ghl.fake.requests).toHaveLength(1);
				expect(ghl.fake.requests[0].query).toMatchObject({ limit: '7', sort: 'asc' });
				ghl.fake.resetLog();
				const more = await search({ returnAll: false, limit: 150 });
				expect(more.items).toHaveLength(150);
				expect(ghl.fake.requests.map((r) => r.query.limit)).toEqual(['100', '50']);
			});
		});
	});

	test('create, get, update (read, unread, starred, assignee) and delete', async () => {
		const contact = createContact(inbox.location(), {
			firstName: 'Carla',
			lastName: 'Create',
			phone: '+14155550155',
		});
		const created = await conversation({ operation: 'create', contactId: rl(contact.id) });
		expect(created.error).toBeUndefined();
		expect(ghl.fake.requests[0]).toMatchObject({
			method: 'POST',
			path: '/conversations/',
			body: { locationId: 'loc_main', contactId: contact.id },
		});
		expect(ghl.fake.requests[0].headers.version).toBe('2021-04-15');
		const id = created.items[0].json.id as string;
		expect(created.items[0].json).toMatchObject({
			id,
			contactId: contact.id,
			locationId: 'loc_main',
			deleted: false,
		});

		const again = await conversation({ operation: 'create', contactId: rl(contact.id) });
		expect(again.error?.message).toBe('Conversation already exists [400]');

		const got = await conversation({ operation: 'get', conversationId: rl(id) });
		expect(got.items[0].json).toMatchObject({
			id,
			contactId: contact.id,
			unreadCount: 0,
			deleted: false,
		});

		ghl.fake.resetLog();
		const unread = await conversation({
			operation: 'update',
			conversationId: rl(id),
			fields: { readStatus: 'unread', starred: true, assignedTo: 'user_front' },
		});
		expect(unread.error).toBeUndefined();
		expect(ghl.fake.requests[0]).toMatchObject({ method: 'PUT', path: `/conversations/${id}` });
		expect(ghl.fake.requests[0].headers.version).toBe('2021-04-15');
		expect(ghl.fake.requests[0].body).toEqual({
			locationId: 'loc_main',
			unreadCount: 1,
			starred: true,
			assignedTo: 'user_front',
		});
		expect(unread.items[0].json).toMatchObject({
			id,
			unreadCount: 1,
			starred: true,
			assignedTo: 'user_front',
		});
		expect(inbox.conversations().get(id)).toMatchObject({
			unreadCount: 1,
			starred: true,
			assignedTo: 'user_front',
		});

		const read = await conversation({
			operation: 'update',
			conversationId: rl(id),
			fields: { readStatus: 'read', starred: false },
		});
		expect(ghl.fake.requests[1].body).toEqual({
			locationId: 'loc_main',
			unreadCount: 0,
			starred: false,
		});
		expect(read.items[0].json).toMatchObject({ unreadCount: 0, starred: false });

		const nothing = await conversation({ operation: 'update', conversationId: rl(id), fields: {} });
		expect(nothing.error?.message).toBe('Nothing to update');
		expect(ghl.fake.requests).toHaveLength(2);

		const deleted = await conversation({ operation: 'delete', conversationId: rl(id) });
		expect(ghl.fake.requests[2]).toMatchObject({ method: 'DELETE', path: `/conversations/${id}` });
		expect(deleted.items[0].json).toEqual({ id, deleted: true });
		expect(inbox.conversations().has(id)).toBe(false);
		const gone = await conversation({ operation: 'get', conversationId: rl(id) });
		expect(gone.error?.message).toBe('Conversation not found [400]');
	});

	test('Continue On Fail: marking several conversations read, one of them unknown', async () => {
		const ada = inbox.conversationOf(people.ada.id)!.id;
		const grace = inbox.conversationOf(people.grace.id)!.id;
		const { items, error } = await conversation(
			{
				operation: 'update',
				conversationId: rl('={{ $json.id }}'),
				fields: { readStatus: 'read' },
			},
			{ continueOnFail: true },
			[{ id: ada }, { id: 'unknownConversation1' }, { id: grace }],
		);
		expect(error).toBeUndefined();
		expect(items.map((i) => i.json.unreadCount ?? i.json.error)).toEqual([
			0,
			'Conversation not found [400]',
			0,
		]);
		expect(items[1].json).toMatchObject({
			statusCode: 400,
			hint: expect.stringContaining('PUT /conversations/unknownConversation1'),
		});
		expect(items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(inbox.conversations().get(ada)?.unreadCount).toBe(0);
	});
});
