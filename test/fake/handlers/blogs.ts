import { FakeHttpError } from '../errors';
import { answer, missing, nowIso, paged } from '../conform';
import type { FakeHandler } from '../server';
import { newId, type LocationState } from '../store';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Rec = Record<string, any>;

export const blogs = (l: LocationState) => l.collection<Rec>('blogs');
export const blogPosts = (l: LocationState) => l.collection<Rec>('blogPosts');
export const blogAuthors = (l: LocationState) => l.collection<Rec>('blogAuthors');
export const blogCategories = (l: LocationState) => l.collection<Rec>('blogCategories');

export function seed(location: LocationState): void {
	blogs(location).set('blog_smiles', { _id: 'blog_smiles', name: 'Smile Journal' });
	blogAuthors(location).set('author_olivia', {
		_id: 'author_olivia',
		name: 'Dr. Olivia Owner',
		locationId: location.id,
		updatedAt: nowIso(),
		canonicalLink: '',
	});
	blogCategories(location).set('bcat_care', {
		_id: 'bcat_care',
		label: 'Oral care',
		locationId: location.id,
		updatedAt: nowIso(),
		canonicalLink: '',
		urlSlug: 'oral-care',
	});
}

function ensureSeeded(location: LocationState): LocationState {
	if (!blogs(location).size) seed(location);
	return location;
}

export const handlers: Record<string, FakeHandler> = {
	'get-blogs': (ctx) => {
		const all = [...blogs(ensureSeeded(ctx.location())).values()].filter(
			(b) =>
				!ctx.req.query.searchTerm ||
				b.name.toLowerCase().includes(String(ctx.req.query.searchTerm).toLowerCase()),
		);
		return answer(ctx, { data: paged(ctx, all, 'skip') });
	},
	'get-all-blog-authors-by-location': (ctx) =>
		answer(ctx, { authors: paged(ctx, [...blogAuthors(ensureSeeded(ctx.location())).values()]) }),
	'get-all-categories-by-location': (ctx) =>
		answer(ctx, {
			categories: paged(ctx, [...blogCategories(ensureSeeded(ctx.location())).values()]),
		}),
	'create-blog-post': (ctx) => {
		const location = ensureSeeded(ctx.location());
		const body = ctx.req.body;
		if (!blogs(location).has(body.blogId)) missing('Blog');
		if ([...blogPosts(location).values()].some((p) => p.urlSlug === body.urlSlug))
			throw new FakeHttpError(400, `URL slug ${body.urlSlug} already exists`);
		const post = { _id: newId(), ...body, archived: false, updatedAt: nowIso() };
		blogPosts(location).set(post._id, post);
		return answer(ctx, { data: post }, 200);
	},
	'update-blog-post': (ctx) => {
		const location = ensureSeeded(ctx.location());
		const post = blogPosts(location).get(ctx.req.params.postId);
		if (!post) missing('Blog post');
		Object.assign(post, ctx.req.body, { updatedAt: nowIso() });
		return answer(ctx, { updatedBlogPost: post });
	},
	'get-blog-post': (ctx) => {
		const q = ctx.req.query;
		const all = [...blogPosts(ensureSeeded(ctx.location())).values()]
			.filter((p) => p.blogId === q.blogId)
			.filter((p) => !q.status || p.status === q.status)
			.filter(
				(p) => !q.searchTerm || p.title.toLowerCase().includes(String(q.searchTerm).toLowerCase()),
			);
		return answer(ctx, { blogs: paged(ctx, all) });
	},
	'check-url-slug-exists': (ctx) => {
		const q = ctx.req.query;
		const exists = [...blogPosts(ensureSeeded(ctx.location())).values()].some(
			(p) => p.urlSlug === q.urlSlug && p._id !== q.postId,
		);
		return answer(ctx, { exists });
	},
};
