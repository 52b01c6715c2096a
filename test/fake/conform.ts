import { readFileSync } from 'fs';
import { join } from 'path';

import { FakeHttpError } from './errors';
import { reply, type FakeContext, type Reply } from './server';
import { defaultSpecDir } from './spec';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Schema = any;

/**
 * Answers of the commerce and marketing handlers, shaped by the spec's documented response schema: a handler keeps
 * its records as it likes, and `answer` fills in every field the schema requires that the record lacks (empty
 * string, 0, false, [], the first enum value), recursively. So the fake's answers match the schema GHL documents
 * without each handler repeating 30 required fields.
 */

const specs = new Map<string, Schema>();

function specOf(api: string): Schema {
	let spec = specs.get(api);
	if (!spec) {
		spec = JSON.parse(readFileSync(join(defaultSpecDir(), 'apps', `${api}.json`), 'utf8'));
		specs.set(api, spec);
	}
	return spec;
}

function resolve(spec: Schema, schema: Schema): Schema {
	let current = schema;
	for (let depth = 0; current?.$ref && depth < 20; depth++) {
		const path = String(current.$ref).replace(/^#\//, '').split('/');
		current = path.reduce((node: Schema, key: string) => node?.[key], spec);
	}
	return current;
}

function responseSchema(ctx: FakeContext, status: number): Schema | undefined {
	const spec = specOf(ctx.operation.api);
	const operation = spec.paths?.[ctx.operation.pathTemplate]?.[ctx.operation.method.toLowerCase()];
	const response =
		operation?.responses?.[String(status)] ??
		operation?.responses?.['200'] ??
		operation?.responses?.['201'];
	return response?.content?.['application/json']?.schema;
}

function emptyOf(spec: Schema, raw: Schema, depth: number): unknown {
	const schema = resolve(spec, raw) ?? {};
	if (schema.enum?.length) return schema.enum[0];
	if (schema.allOf) return fill(spec, schema, {}, depth);
	switch (schema.type) {
		case 'string':
			return '';
		case 'number':
		case 'integer':
			return 0;
		case 'boolean':
			return false;
		case 'array':
			return [];
		default:
			return schema.properties ? fill(spec, schema, {}, depth) : {};
	}
}

function fill(spec: Schema, raw: Schema, value: unknown, depth = 0): unknown {
	const schema = resolve(spec, raw);
	if (!schema || depth > 12) return value;
	if (schema.allOf)
		return schema.allOf.reduce((v: unknown, part: Schema) => fill(spec, part, v, depth + 1), value);
	if (Array.isArray(value)) {
		return schema.type === 'array' && schema.items
			? value.map((v) => fill(spec, schema.items, v, depth + 1))
			: value;
	}
	if (!value || typeof value !== 'object' || !schema.properties) return value;
	const result: Record<string, unknown> = { ...(value as object) };
	for (const [key, property] of Object.entries<Schema>(schema.properties)) {
		if (result[key] !== undefined) result[key] = fill(spec, property, result[key], depth + 1);
	}
	for (const key of schema.required ?? []) {
		if (result[key] === undefined || result[key] === null)
			result[key] = emptyOf(spec, schema.properties?.[key], depth + 1);
	}
	return result;
}

/** The handler's answer, completed to the operation's documented response schema. */
export function answer(
	ctx: FakeContext,
	body: unknown,
	status = ctx.req.method === 'POST' ? 201 : 200,
): Reply {
	const schema = responseSchema(ctx, status) ?? responseSchema(ctx, status === 201 ? 200 : 201);
	const documented =
		specOf(ctx.operation.api).paths?.[ctx.operation.pathTemplate]?.[
			ctx.operation.method.toLowerCase()
		]?.responses ?? {};
	// GHL answers some POSTs with 200: use the status the spec documents.
	const code = documented[String(status)]
		? status
		: documented['200']
			? 200
			: documented['201']
				? 201
				: status;
	return reply(code, schema ? fill(specOf(ctx.operation.api), schema, body) : body);
}

/** The sub-account named by `altId` (query or body) or `locationId`, checked against the token like the server does. */
export function altLocation(ctx: FakeContext) {
	const body = ctx.req.body && typeof ctx.req.body === 'object' ? ctx.req.body : {};
	const alt = (ctx.req.query.altId as string | undefined) ?? (body.altId as string | undefined);
	const location = ctx.location();
	if (alt && alt !== location.id) {
		if (ctx.token?.kind === 'location')
			throw new FakeHttpError(403, 'The token does not have access to this location');
		const other = ctx.fake.store.location(alt);
		if (!other || other.companyId !== ctx.token?.companyId)
			throw new FakeHttpError(403, 'The token does not have access to this location');
		return other;
	}
	return location;
}

/** offset/limit (or skip/limit) paging of a list, as the query gives them. */
export function paged<T>(ctx: FakeContext, records: T[], offsetParam = 'offset'): T[] {
	const source = ctx.req.method === 'GET' ? ctx.req.query : (ctx.req.body ?? {});
	const offset = Number(source[offsetParam] ?? 0) || 0;
	const limit = Number(source.limit ?? 100) || 100;
	return records.slice(offset, offset + limit);
}

export function missing(what: string): never {
	throw new FakeHttpError(404, `${what} not found`);
}

export const nowIso = () => new Date().toISOString();
