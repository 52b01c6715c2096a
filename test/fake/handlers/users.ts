import { FakeHttpError, notFound } from '../errors';
import { reply, type FakeContext, type FakeHandler } from '../server';
import { newId, type LocationState } from '../store';

/**
 * Users. GHL's users belong to the agency and have access to some of its sub-accounts (`roles.locationIds`); the fake
 * keeps each user in the `users` collection of every sub-account it can access (the same record), which is what
 * GET /users/?locationId= lists.
 */

/** Sub-accounts the token can see users of: the agency's, or the sub-account token's own. */
function scope(ctx: FakeContext): LocationState[] {
	const token = ctx.token!;
	return [...ctx.fake.store.locations.values()].filter((l) =>
		token.kind === 'agency' ? l.companyId === token.companyId : l.id === token.locationId,
	);
}

function companyOf(ctx: FakeContext): string {
	const token = ctx.token!;
	return token.companyId ?? ctx.fake.store.location(token.locationId!)!.companyId;
}

/** Every user in scope once, with the sub-accounts it is in. */
function usersInScope(ctx: FakeContext): Map<string, Record<string, any>> {
	const users = new Map<string, Record<string, any>>();
	for (const location of scope(ctx)) {
		for (const user of location.collection('users').values()) {
			const seen = users.get(user.id);
			const locationIds = [
				...new Set([
					...(seen?.roles?.locationIds ?? []),
					...(user.roles?.locationIds ?? []),
					location.id,
				]),
			];
			users.set(user.id, { ...user, roles: { ...user.roles, locationIds } });
		}
	}
	return users;
}

function userOf(ctx: FakeContext): Record<string, any> {
	const user = usersInScope(ctx).get(ctx.req.params.userId);
	if (!user) throw notFound('User');
	return user;
}

/** Puts the user (one record) in exactly the sub-accounts of `locationIds`, all of which must be the agency's. */
function place(ctx: FakeContext, user: Record<string, any>, locationIds: string[]): void {
	const companyId = companyOf(ctx);
	for (const id of locationIds) {
		if (ctx.fake.store.location(id)?.companyId !== companyId)
			throw new FakeHttpError(400, `Location ${id} not found under this company`);
	}
	for (const location of ctx.fake.store.locations.values()) {
		if (location.companyId !== companyId) continue;
		if (locationIds.includes(location.id)) location.collection('users').set(user.id, user);
		else location.collection('users').delete(user.id);
	}
	user.roles = { ...user.roles, locationIds };
}

function applyFields(user: Record<string, any>, body: Record<string, any>): void {
	for (const key of ['firstName', 'lastName', 'email', 'phone'])
		if (body[key] !== undefined) user[key] = body[key];
	user.name = [user.firstName, user.lastName].filter(Boolean).join(' ');
	if (body.type !== undefined) user.roles = { ...user.roles, type: body.type };
	if (body.role !== undefined) user.roles = { ...user.roles, role: body.role };
	if (body.permissions !== undefined) user.permissions = body.permissions;
}

export const handlers: Record<string, FakeHandler> = {
	'get-user-by-location': (ctx) => {
		const location = ctx.location();
		return { users: [...location.collection('users').values()] };
	},
	'search-users': (ctx) => {
		const q = ctx.req.query as Record<string, string | undefined>;
		if (q.companyId !== companyOf(ctx))
			throw new FakeHttpError(403, 'The companyId does not match the company of the token');
		let users = [...usersInScope(ctx).values()];
		if (q.locationId) users = users.filter((u) => u.roles.locationIds.includes(q.locationId));
		if (q.query) {
			const needle = q.query.toLowerCase();
			users = users.filter((u) =>
				[u.name, u.email, u.phone].some((v) =>
					String(v ?? '')
						.toLowerCase()
						.includes(needle),
				),
			);
		}
		if (q.role) users = users.filter((u) => u.roles.role === q.role);
		if (q.type) users = users.filter((u) => u.roles.type === q.type);
		if (q.ids) users = users.filter((u) => q.ids!.split(',').includes(u.id));
		const skip = Number(q.skip ?? 0);
		return { users: users.slice(skip, skip + Number(q.limit ?? 25)), count: users.length };
	},
	'get-user': (ctx) => userOf(ctx),
	'create-user': (ctx) => {
		const body = ctx.req.body;
		if (body.companyId !== companyOf(ctx))
			throw new FakeHttpError(403, 'The companyId does not match the company of the token');
		const email = String(body.email).toLowerCase();
		if ([...usersInScope(ctx).values()].some((u) => String(u.email).toLowerCase() === email)) {
			throw new FakeHttpError(400, 'A user with this email already exists');
		}
		const user: Record<string, any> = {
			id: newId(),
			roles: {},
			permissions: body.permissions ?? {},
			deleted: false,
		};
		applyFields(user, body);
		place(ctx, user, body.locationIds);
		return reply(201, user);
	},
	'update-user': (ctx) => {
		const found = userOf(ctx);
		// The stored record (shared by its sub-accounts), not the merged copy.
		const user = found.roles.locationIds.map((id: string) =>
			ctx.fake.store.location(id)!.collection('users').get(found.id),
		)[0];
		applyFields(user, ctx.req.body);
		place(ctx, user, ctx.req.body.locationIds ?? found.roles.locationIds);
		return user;
	},
	'delete-user': (ctx) => {
		const user = userOf(ctx);
		const companyId = companyOf(ctx);
		for (const location of ctx.fake.store.locations.values()) {
			if (location.companyId === companyId) location.collection('users').delete(user.id);
		}
		return {
			succeded: true,
			message: `Queued deleting user with e-mail ${user.email} and name ${user.name}. Will take effect in a few minutes.`,
		};
	},
};
