import { FakeHttpError } from '../errors';
import { answer, missing, nowIso } from '../conform';
import type { FakeContext, FakeHandler } from '../server';
import { newId, type LocationState } from '../store';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Rec = Record<string, any>;

export const socialAccounts = (l: LocationState) => l.collection<Rec>('socialAccounts');
export const socialPosts = (l: LocationState) => l.collection<Rec>('socialPosts');
export const socialCategories = (l: LocationState) => l.collection<Rec>('socialCategories');
export const socialTags = (l: LocationState) => l.collection<Rec>('socialTags');

/** Two connected accounts, a category and two tags: what a practice's planner has. */
export function seed(location: LocationState): void {
	for (const [id, name, platform] of [
		['acc_fb_mainstreet', 'Main Street Dental', 'facebook'],
		['acc_ig_mainstreet', '@mainstreetdental', 'instagram'],
	]) {
		socialAccounts(location).set(id, {
			id,
			oauthId: `oauth_${platform}`,
			profileId: `profile_${platform}`,
			name,
			platform,
			type: 'page',
			isExpired: false,
			meta: {},
		});
	}
	socialCategories(location).set('cat_tips', {
		_id: 'cat_tips',
		name: 'Dental tips',
		primaryColor: '#1e88e5',
		locationId: location.id,
		deleted: false,
		createdAt: nowIso(),
		updatedAt: nowIso(),
	});
	for (const [id, tag] of [
		['tag_smile', 'smile'],
		['tag_offer', 'offer'],
	]) {
		socialTags(location).set(id, {
			_id: id,
			tag,
			locationId: location.id,
			deleted: false,
			createdAt: nowIso(),
			updatedAt: nowIso(),
		});
	}
}

const envelope = (results: unknown, message = 'OK') => ({
	success: true,
	statusCode: 200,
	message,
	results,
});

function planner(ctx: FakeContext): LocationState {
	const location = ctx.location();
	if (!socialAccounts(location).size) seed(location);
	return location;
}

function postOf(ctx: FakeContext): { location: LocationState; post: Rec } {
	const location = planner(ctx);
	const post = socialPosts(location).get(ctx.req.params.id);
	if (!post) missing('Post');
	return { location, post };
}

export const handlers: Record<string, FakeHandler> = {
	'get-account': (ctx) =>
		answer(ctx, envelope({ accounts: [...socialAccounts(planner(ctx)).values()], groups: [] })),
	'delete-account': (ctx) => {
		const location = planner(ctx);
		if (!socialAccounts(location).delete(ctx.req.params.id)) missing('Account');
		return answer(ctx, envelope({ locationId: location.id, id: ctx.req.params.id }));
	},
	'create-post': (ctx) => {
		const location = planner(ctx);
		const body = ctx.req.body;
		for (const id of body.accountIds)
			if (!socialAccounts(location).has(id))
				throw new FakeHttpError(400, `Account ${id} is not connected`);
		if (body.status === 'scheduled' && !body.scheduleDate)
			throw new FakeHttpError(422, 'scheduleDate is required for a scheduled post');
		const post = {
			_id: newId(),
			source: 'composer',
			locationId: location.id,
			...body,
			displayDate: body.scheduleDate ?? nowIso(),
			error: '',
			createdBy: body.userId,
			createdAt: nowIso(),
			updatedAt: nowIso(),
		};
		socialPosts(location).set(post._id, post);
		return answer(ctx, { ...envelope({ post }, 'Created'), statusCode: 201 });
	},
	'get-post': (ctx) => answer(ctx, envelope({ post: postOf(ctx).post })),
	'get-posts': (ctx) => {
		const location = planner(ctx);
		const body = ctx.req.body;
		const accounts = body.accounts ? String(body.accounts).split(',') : undefined;
		const all = [...socialPosts(location).values()]
			.filter((p) => p.displayDate >= body.fromDate && p.displayDate <= body.toDate)
			.filter((p) => !body.type || p.status === body.type)
			.filter((p) => !accounts || p.accountIds.some((a: string) => accounts.includes(a)))
			.sort((a, b) => String(a.displayDate).localeCompare(String(b.displayDate)));
		const skip = Number(body.skip) || 0;
		return answer(ctx, {
			...envelope({ posts: all.slice(skip, skip + (Number(body.limit) || 10)), count: all.length }),
			statusCode: 201,
		});
	},
	'edit-post': (ctx) => {
		const { post } = postOf(ctx);
		if (post.status === 'published')
			throw new FakeHttpError(400, 'A published post cannot be edited');
		Object.assign(post, ctx.req.body, {
			displayDate: ctx.req.body.scheduleDate ?? post.displayDate,
			updatedAt: nowIso(),
		});
		return answer(ctx, envelope(undefined, 'Updated'));
	},
	'delete-post': (ctx) => {
		const { location, post } = postOf(ctx);
		socialPosts(location).delete(post._id);
		return answer(ctx, envelope({ postId: post._id }, 'Deleted'));
	},
	'bulk-delete-social-planner-posts': (ctx) => {
		const location = planner(ctx);
		const ids: string[] = ctx.req.body.postIds ?? [];
		for (const id of ids) socialPosts(location).delete(id);
		return answer(ctx, { ...envelope({ deletedCount: ids.length }, 'Deleted'), statusCode: 201 });
	},
	'get-categories-location-id': (ctx) => {
		const all = [...socialCategories(planner(ctx)).values()].filter(
			(c) =>
				!ctx.req.query.searchText ||
				c.name.toLowerCase().includes(String(ctx.req.query.searchText).toLowerCase()),
		);
		const skip = Number(ctx.req.query.skip) || 0;
		return answer(
			ctx,
			envelope({
				count: all.length,
				categories: all.slice(skip, skip + (Number(ctx.req.query.limit) || 10)),
			}),
		);
	},
	'get-categories-id': (ctx) => {
		const category = socialCategories(planner(ctx)).get(ctx.req.params.id);
		if (!category) missing('Category');
		return answer(ctx, envelope({ category }));
	},
	'get-tags-location-id': (ctx) => {
		const all = [...socialTags(planner(ctx)).values()].filter(
			(t) => !ctx.req.query.searchText || t.tag.includes(String(ctx.req.query.searchText)),
		);
		const skip = Number(ctx.req.query.skip) || 0;
		return answer(
			ctx,
			envelope({
				tags: all.slice(skip, skip + (Number(ctx.req.query.limit) || 10)),
				count: all.length,
			}),
		);
	},
	'get-tags-by-ids': (ctx) => {
		const tags = (ctx.req.body.tagIds as string[])
			.map((id) => socialTags(planner(ctx)).get(id))
			.filter(Boolean);
		return answer(ctx, { ...envelope({ tags, count: tags.length }), statusCode: 201 });
	},
};
