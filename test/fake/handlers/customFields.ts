import type { FakeHandler } from '../server';

/** Custom fields of a sub-account (the pickers list them). */
export const handlers: Record<string, FakeHandler> = {
	'get-custom-fields': (ctx) => {
		const location = ctx.location();
		const model = ctx.req.query.model;
		const fields = [...location.collection('customFields').values()].filter(
			(f) => !model || model === 'all' || f.model === model,
		);
		return { customFields: fields };
	},
};
