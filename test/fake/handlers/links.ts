import { notFound } from '../errors';
import { reply, type FakeContext, type FakeHandler } from '../server';
import { newId, type LocationState } from '../store';

/** Trigger links. The spec answers update and delete with 201. */

interface FakeLink {
	id: string;
	name: string;
	redirectTo: string;
	fieldKey: string;
	locationId: string;
}

export const links = (l: LocationState) => l.collection<FakeLink>('links');

export function addLink(location: LocationState, name: string, redirectTo: string): FakeLink {
	const id = newId();
	const link = {
		id,
		name,
		redirectTo,
		fieldKey: `{{trigger_link.${id}}}`,
		locationId: location.id,
	};
	links(location).set(id, link);
	return link;
}

function linkOf(ctx: FakeContext) {
	const location = ctx.location();
	const link = links(location).get(ctx.req.params.linkId);
	if (!link) throw notFound('Link');
	return { location, link };
}

export const handlers: Record<string, FakeHandler> = {
	'create-link': (ctx) =>
		reply(201, { link: addLink(ctx.location(), ctx.req.body.name, ctx.req.body.redirectTo) }),
	'get-link-by-id': (ctx) => ({ link: linkOf(ctx).link }),
	'get-links': (ctx) => ({ links: [...links(ctx.location()).values()] }),
	'search-trigger-links': (ctx) => {
		const query = String(ctx.req.query.query ?? '').toLowerCase();
		const found = [...links(ctx.location()).values()].filter(
			(l) => !query || `${l.name} ${l.redirectTo}`.toLowerCase().includes(query),
		);
		const skip = Number(ctx.req.query.skip ?? 0);
		const limit = Math.min(Number(ctx.req.query.limit ?? 100), 100);
		return { links: found.slice(skip, skip + limit) };
	},
	'update-link': (ctx) => {
		const { link } = linkOf(ctx);
		link.name = ctx.req.body.name;
		link.redirectTo = ctx.req.body.redirectTo;
		return reply(201, { link });
	},
	'delete-link': (ctx) => {
		const { location, link } = linkOf(ctx);
		links(location).delete(link.id);
		return reply(201, { succeded: true });
	},
};

export function seed(location: LocationState): void {
	if (links(location).size) return;
	addLink(location, 'Spring checkup promo', 'https://mainstreetdental.example/spring');
}
