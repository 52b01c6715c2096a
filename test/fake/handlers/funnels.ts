import { FakeHttpError } from '../errors';
import { answer, missing, paged } from '../conform';
import type { FakeHandler } from '../server';
import { newId, type LocationState } from '../store';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Rec = Record<string, any>;

export const funnels = (l: LocationState) => l.collection<Rec>('funnels');
export const funnelPages = (l: LocationState) => l.collection<Rec>('funnelPages');
export const redirects = (l: LocationState) => l.collection<Rec>('redirects');

export function seed(location: LocationState): void {
	funnels(location).set('fun_whitening', {
		_id: 'fun_whitening',
		name: 'Whitening offer',
		type: 'funnel',
		locationId: location.id,
		url: '/whitening',
		steps: [],
	});
	funnels(location).set('fun_site', {
		_id: 'fun_site',
		name: 'Practice website',
		type: 'website',
		locationId: location.id,
		url: '/',
		steps: [],
	});
	for (const [id, name] of [
		['page_optin', 'Opt-in'],
		['page_thanks', 'Thank you'],
	]) {
		funnelPages(location).set(id, {
			_id: id,
			locationId: location.id,
			funnelId: 'fun_whitening',
			name,
			stepId: `step_${id}`,
			deleted: 'false',
			updatedAt: '2026-11-01T10:00:00.000Z',
		});
	}
}

function ensureSeeded(location: LocationState): LocationState {
	if (!funnels(location).size) seed(location);
	return location;
}

export const handlers: Record<string, FakeHandler> = {
	// The spec types `funnels` as one object and this page list as one page; GHL answers with lists, as here
	// (repaired: ../spec/repairs.ts).
	getFunnels: (ctx) => {
		const q = ctx.req.query;
		const all = [...funnels(ensureSeeded(ctx.location())).values()]
			.filter((f) => !q.type || f.type === q.type)
			.filter((f) => !q.name || f.name.toLowerCase().includes(String(q.name).toLowerCase()));
		return answer(ctx, { funnels: paged(ctx, all), count: all.length, traceId: newId() });
	},
	getPagesByFunnelId: (ctx) => {
		const q = ctx.req.query;
		return answer(
			ctx,
			paged(
				ctx,
				[...funnelPages(ensureSeeded(ctx.location())).values()].filter(
					(p) => p.funnelId === q.funnelId && (!q.name || p.name === q.name),
				),
			),
		);
	},
	getPagesCountByFunnelId: (ctx) =>
		answer(ctx, {
			count: [...funnelPages(ensureSeeded(ctx.location())).values()].filter(
				(p) => p.funnelId === ctx.req.query.funnelId,
			).length,
		}),
	'create-redirect': (ctx) => {
		const location = ctx.location();
		const body = ctx.req.body;
		if (
			[...redirects(location).values()].some(
				(r) => r.domain === body.domain && r.pathLowercase === body.path.toLowerCase(),
			)
		)
			throw new FakeHttpError(400, 'A redirect for this path already exists');
		const redirect = {
			id: newId(),
			locationId: location.id,
			domain: body.domain,
			path: body.path,
			pathLowercase: body.path.toLowerCase(),
			type: '301',
			target: body.target,
			action: body.action,
		};
		redirects(location).set(redirect.id, redirect);
		return answer(ctx, { data: redirect }, 200);
	},
	'fetch-redirects-list': (ctx) => {
		const all = [...redirects(ctx.location()).values()].filter(
			(r) => !ctx.req.query.search || JSON.stringify(r).includes(String(ctx.req.query.search)),
		);
		return answer(ctx, { data: { count: all.length, data: paged(ctx, all) } });
	},
	'update-redirect-by-id': (ctx) => {
		const redirect = redirects(ctx.location()).get(ctx.req.params.id);
		if (!redirect) missing('Redirect');
		Object.assign(redirect, { target: ctx.req.body.target, action: ctx.req.body.action });
		return answer(ctx, { data: redirect });
	},
	'delete-redirect-by-id': (ctx) => {
		if (!redirects(ctx.location()).delete(ctx.req.params.id)) missing('Redirect');
		return answer(ctx, { data: { status: 'ok' } });
	},
};
