import type { FakeHandler } from '../server';

/** Users of a sub-account (the pickers list them). */
export const handlers: Record<string, FakeHandler> = {
	'get-user-by-location': (ctx) => {
		const location = ctx.location();
		return { users: [...location.collection('users').values()] };
	},
};
