/**
 * The fake's answers checked against what the spec documents for the operation, so a node's output parsing is
 * tested against GHL's shapes and not against shapes the fake's authors imagined:
 * - a status the operation declares: the body must match that status' `application/json` schema (a declared status
 *   without content documents no body shape; a 204 must be empty);
 * - a 4xx/5xx it does not declare (429 from the rate limiter, 401/403 from the token checks, 404 for an unknown id,
 *   500/502/503 faults): the body must be GHL's common error shape (common/common-schemas.json: `statusCode`,
 *   `message` as a string or a list of strings, optional `error`);
 * - any other status (a 200 where the spec says 201, a 2xx it never documents) is a violation.
 */
import type { ErrorObject } from 'ajv';
import type OpenAPIBackend from 'openapi-backend';
import type { SpecViolation } from './index';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Json = any;

/**
 * BadRequestDTO, UnauthorizedDTO and UnprocessableDTO share their fields: `statusCode` (number), `message` (a string,
 * or a list of strings for 422), `error` (string). GHL always sends a message.
 */
function commonErrorDefects(body: unknown): string[] {
	if (!body || typeof body !== 'object' || Array.isArray(body))
		return ['response must be an object'];
	const { statusCode, message, error } = body as Record<string, unknown>;
	const defects: string[] = [];
	if (statusCode !== undefined && typeof statusCode !== 'number')
		defects.push('response.statusCode must be number');
	const isText =
		typeof message === 'string' ||
		(Array.isArray(message) && message.every((m) => typeof m === 'string'));
	if (!isText)
		defects.push(
			message === undefined
				? 'response.message is required'
				: 'response.message must be a string or a list of strings',
		);
	if (error !== undefined && typeof error !== 'string')
		defects.push('response.error must be string');
	return defects;
}

export function checkResponse(
	backend: OpenAPIBackend,
	operation: Json,
	status: number,
	body: unknown,
): SpecViolation[] {
	const responses: Record<string, Json> = operation.responses ?? {};
	const key = [String(status), `${Math.floor(status / 100)}XX`, 'default'].find(
		(k) => k in responses,
	);
	const label = `${operation.operationId} answered ${status}`;
	if (key === undefined) {
		if (status < 400) {
			const declared = Object.keys(responses).filter((k) => /^[23]/.test(k));
			return [
				{
					where: 'response',
					message: `${label}, a status the spec does not declare (it declares ${declared.join(', ') || 'none'})`,
				},
			];
		}
		return commonErrorDefects(body).map((defect) => ({
			where: 'response',
			message: `${label} (GHL's common error shape): ${defect}`,
		}));
	}
	const schema = responses[key]?.content?.['application/json']?.schema;
	if (!schema) {
		if (status === 204 && body !== undefined && body !== '')
			return [{ where: 'response', message: `${label} with a body; 204 has none` }];
		return [];
	}
	if (body === undefined)
		return [{ where: 'response', message: `${label} with no body; the spec documents one` }];
	const result = backend.validator.validateResponse(body, operation, status);
	return (result.errors ?? []).map((e) => toViolation(label, e));
}

function toViolation(label: string, error: ErrorObject): SpecViolation {
	const field = [
		'response',
		...error.instancePath
			.split('/')
			.slice(1)
			.map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')),
	].join('.');
	const params = error.params as { missingProperty?: string; allowedValues?: unknown[] };
	let message: string;
	if (error.keyword === 'required') message = `${field}.${params.missingProperty} is required`;
	else if (error.keyword === 'enum')
		message = `${field} must be one of: ${(params.allowedValues ?? []).join(', ')}`;
	else message = `${field} ${error.message ?? 'is invalid'}`;
	return { where: 'response', message: `${label}: ${message}` };
}

/**
 * The bodies the spec documents for an operation's responses: a media type's `example` / `examples`, else one
 * assembled from the schema's own `example`s (how these files document answers: per property). Statuses without
 * any example are left out.
 */
export function documentedExamples(operation: Json): Array<{ status: string; example: unknown }> {
	const out: Array<{ status: string; example: unknown }> = [];
	for (const [status, response] of Object.entries<Json>(operation.responses ?? {})) {
		const media = response?.content?.['application/json'];
		if (!media) continue;
		if ('example' in media) out.push({ status, example: media.example });
		for (const example of Object.values<Json>(media.examples ?? {}))
			if (example && 'value' in example) out.push({ status, example: example.value });
		if (!('example' in media) && !media.examples) {
			const example = exampleOf(media.schema, 0);
			if (example !== undefined) out.push({ status, example });
		}
	}
	return out;
}

/** A value built from `example`s in a (dereferenced) schema; undefined where the schema gives none. */
export function exampleOf(schema: Json, depth: number): unknown {
	if (!schema || typeof schema !== 'object' || depth > 12) return undefined;
	if ('example' in schema) return schema.example;
	if (Array.isArray(schema.examples) && schema.examples.length) return schema.examples[0];
	for (const key of ['allOf', 'oneOf', 'anyOf']) {
		if (!Array.isArray(schema[key])) continue;
		if (key === 'allOf') {
			const parts = schema.allOf
				.map((s: Json) => exampleOf(s, depth + 1))
				.filter((v: unknown) => v && typeof v === 'object');
			if (parts.length) return Object.assign({}, ...parts);
		} else {
			for (const s of schema[key]) {
				const value = exampleOf(s, depth + 1);
				if (value !== undefined) return value;
			}
		}
	}
	if (schema.type === 'array' || schema.items) {
		const item = exampleOf(schema.items, depth + 1);
		return item === undefined ? undefined : [item];
	}
	if (schema.properties) {
		const out: Record<string, unknown> = {};
		for (const [name, child] of Object.entries<Json>(schema.properties)) {
			const value = exampleOf(child, depth + 1);
			if (value !== undefined) out[name] = value;
		}
		return Object.keys(out).length ? out : undefined;
	}
	return undefined;
}
