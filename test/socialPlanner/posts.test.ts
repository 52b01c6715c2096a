import type { IDataObject } from 'n8n-workflow';

import { seed, socialPosts } from '../fake/handlers/socialPlanner';
import { useGhl } from '../harness/ghl';

const rl = (value: string) => ({ __rl: true, mode: 'id', value });

describe('GoHighLevel Social Planner', () => {
	const ghl = useGhl();
	const location = () => ghl.fake.store.location('loc_main')!;
	const run = (parameters: IDataObject, items: object[] = [{}]) =>
		ghl.harness.runNode(
			{ type: 'goHighLevelSocialPlanner', parameters, credentialId: ghl.pit },
			items,
		);
	beforeAll(() => seed(location()));
	beforeEach(() => socialPosts(location()).clear());

	const inAWeek = new Date(Date.now() + 7 * 86_400_000).toISOString();

	test('create schedules a post with media and per-platform options, sent to the sub-account path', async () => {
		const { items, error } = await run({
			resource: 'post',
			operation: 'create',
			accountIds: ['acc_fb_mainstreet', 'acc_ig_mainstreet'],
			summary: 'Whitening special this month!',
			media: {
				file: [
					{ url: 'https://storage.example.com/loc_main/media/x/smile.png', type: 'image/png' },
				],
			},
			when: 'scheduled',
			scheduleDate: inAWeek,
			type: 'post',
			userId: 'user_owner',
			options: {
				tags: ['tag_offer'],
				categoryId: 'cat_tips',
				gmbActionType: 'BOOK',
				gmbUrl: 'https://mainstreetdental.example/book',
			},
		});
		expect(error).toBeUndefined();
		const [request] = ghl.fake.requests;
		expect(request).toMatchObject({
			method: 'POST',
			path: '/social-media-posting/loc_main/posts',
			status: 201,
		});
		expect(request.headers.version).toBe('2021-07-28');
		expect(request.body).toEqual({
			accountIds: ['acc_fb_mainstreet', 'acc_ig_mainstreet'],
			type: 'post',
			userId: 'user_owner',
			status: 'scheduled',
			summary: 'Whitening special this month!',
			media: [{ url: 'https://storage.example.com/loc_main/media/x/smile.png', type: 'image/png' }],
			categoryId: 'cat_tips',
			tags: ['tag_offer'],
			gmbPostDetails: { actionType: 'BOOK', url: 'https://mainstreetdental.example/book' },
			scheduleDate: inAWeek,
		});
		expect(items[0].json).toMatchObject({
			status: 'scheduled',
			scheduleDate: inAWeek,
			summary: 'Whitening special this month!',
		});
	});

	test('a schedule date in the past or a post without text and media fails before any request', async () => {
		const past = await run({
			resource: 'post',
			operation: 'create',
			accountIds: ['acc_fb_mainstreet'],
			summary: 'Hi',
			when: 'scheduled',
			scheduleDate: '2020-01-01T00:00:00Z',
			type: 'post',
			userId: 'user_owner',
		});
		expect(past.error?.message).toBe('"Schedule Date" is in the past: 2020-01-01T00:00:00.000Z');
		const empty = await run({
			resource: 'post',
			operation: 'create',
			accountIds: ['acc_fb_mainstreet'],
			when: 'draft',
			type: 'post',
			userId: 'user_owner',
		});
		expect(empty.error?.message).toBe('A post needs "Text" or "Media"');
		expect(ghl.fake.requests).toEqual([]);
	});

	test('get many pages with string skip/limit in the body; edit keeps the post type; bulk delete batches the items', async () => {
		for (const text of ['One', 'Two', 'Three']) {
			await run({
				resource: 'post',
				operation: 'create',
				accountIds: ['acc_fb_mainstreet'],
				summary: text,
				when: 'scheduled',
				scheduleDate: inAWeek,
				type: 'story',
				userId: 'user_owner',
			});
		}
		ghl.expectNoViolations(); // resetLog() forgets them
		ghl.fake.resetLog();
		const many = await run({
			resource: 'post',
			operation: 'getMany',
			returnAll: false,
			limit: 2,
			filters: { type: 'scheduled' },
		});
		expect(many.error).toBeUndefined();
		expect(ghl.fake.requests[0].body).toMatchObject({
			skip: '0',
			limit: '2',
			includeUsers: 'false',
			type: 'scheduled',
		});
		expect(many.items).toHaveLength(2);
		const id = String(many.items[0].json._id);

		const edited = await run({
			resource: 'post',
			operation: 'update',
			postId: rl(id),
			updateFields: { summary: 'One (edited)' },
		});
		expect(edited.items[0].json).toEqual({ id, updated: true, message: 'Updated' });
		expect(
			ghl.fake.requestsTo('PUT', `/social-media-posting/loc_main/posts/${id}`)[0].body,
		).toEqual({ type: 'story', summary: 'One (edited)' });

		const ids = [...socialPosts(location()).keys()];
		const deleted = await run(
			{ resource: 'post', operation: 'bulkDelete', postId: rl('={{ $json.id }}') },
			ids.map((postId) => ({ id: postId })),
		);
		expect(deleted.items.map((i) => i.json)).toEqual(
			ids.map((postId) => ({ id: postId, deleted: true })),
		);
		expect(
			ghl.fake
				.requestsTo('POST', '/social-media-posting/loc_main/posts/bulk-delete')
				.map((r) => r.body),
		).toEqual([{ postIds: ids }]);
		expect(socialPosts(location()).size).toBe(0);
	});

	test('accounts, categories and tags are listed from the planner', async () => {
		const accounts = await run({
			resource: 'account',
			operation: 'getMany',
			platform: 'instagram',
			returnAll: true,
		});
		expect(accounts.items.map((i) => i.json.id)).toEqual(['acc_ig_mainstreet']);
		const categories = await run({ resource: 'category', operation: 'getMany', returnAll: true });
		expect(ghl.fake.requests[1].query).toEqual({ limit: '100', skip: '0' });
		expect(categories.items.map((i) => i.json.name)).toEqual(['Dental tips']);
		const tags = await run({
			resource: 'tag',
			operation: 'getByIds',
			tagIds: 'tag_smile, tag_offer',
		});
		expect(tags.items.map((i) => i.json.tag)).toEqual(['smile', 'offer']);
	});
});
