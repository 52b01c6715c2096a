import { notFound } from '../errors';
import type { FakeContext, FakeHandler } from '../server';
import { newId } from '../store';
import { customFieldsV2 } from './customObjects';

/** Custom fields of a sub-account: the pickers list them, the Sub-Accounts node manages them. */

function fieldOf(ctx: FakeContext) {
	const location = ctx.location();
	const field = location.collection('customFields').get(ctx.req.params.id);
	if (!field) throw notFound('Custom field');
	return { location, field };
}

const EDITABLE = [
	'name',
	'placeholder',
	'position',
	'textBoxListOptions',
	'acceptedFormat',
	'isMultipleFile',
	'maxNumberOfFiles',
];

export const handlers: Record<string, FakeHandler> = {
	'get-custom-fields': (ctx) => {
		const location = ctx.location();
		const model = ctx.req.query.model;
		const fields = [...location.collection('customFields').values()].filter(
			(f) => !model || model === 'all' || f.model === model,
		);
		return { customFields: fields };
	},
	'get-custom-field': (ctx) => ({ customField: fieldOf(ctx).field }),
	'create-custom-field': (ctx) => {
		if (ctx.operation.api === 'custom-fields') return customFieldsV2.create(ctx);
		const location = ctx.location();
		const body = ctx.req.body;
		const model = body.model ?? 'contact';
		const field: Record<string, unknown> = {
			id: newId(),
			fieldKey: `${model}.${String(body.name).toLowerCase().replace(/\W+/g, '_')}`,
			dataType: body.dataType,
			model,
			locationId: location.id,
		};
		for (const key of EDITABLE) if (body[key] !== undefined) field[key] = body[key];
		location.collection('customFields').set(String(field.id), field);
		return { customField: field };
	},
	'update-custom-field': (ctx) => {
		// The custom fields API v2 (PUT /custom-fields/{id}) has the same operationId.
		if (ctx.operation.api === 'custom-fields') return customFieldsV2.update(ctx);
		const { field } = fieldOf(ctx);
		for (const key of EDITABLE) if (ctx.req.body[key] !== undefined) field[key] = ctx.req.body[key];
		return { customField: field };
	},
	'delete-custom-field': (ctx) => {
		if (ctx.operation.api === 'custom-fields') return customFieldsV2.remove(ctx);
		const { location, field } = fieldOf(ctx);
		location.collection('customFields').delete(field.id);
		return { succeded: true };
	},
};
