import { existsSync, readdirSync, readFileSync } from 'fs';
import { join, resolve } from 'path';
import OpenAPIBackend from 'openapi-backend';
import type { ErrorObject } from 'ajv';
import { repairSpec } from './repairs';
import { checkResponse, documentedExamples } from './responses';
import { PathRouter } from './router';

export interface SpecOperation {
	/** Spec file name without .json, e.g. 'contacts'. */
	api: string;
	operationId: string;
	/** Upper-case. */
	method: string;
	/** As the spec writes it, e.g. '/contacts/{contactId}/tasks/{taskId}' or '/contacts/' (trailing slash kept). */
	pathTemplate: string;
	/** Filled from the matched URL (URL-decoded). */
	pathParams: Record<string, string>;
	/** The operation's `security` entries (scheme names like bearer, Location-Access, Agency-Access-Only). */
	security: Array<{ scheme: string; scopes: string[] }>;
	/** Allowed values of the `Version` header; empty when the spec declares none for the operation. */
	versions: string[];
	deprecated: boolean;
	/** The response statuses the operation declares ('200', '201', '400', ...). */
	responseStatuses: string[];
}

export interface SpecViolation {
	/** `response`: the fake's own answer breaks the operation's documented responses. */
	where: 'route' | 'version' | 'auth' | 'path' | 'query' | 'header' | 'body' | 'response';
	message: string;
}

export interface IncomingRequest {
	method: string;
	/** URL path; a query string on it is ignored (pass the query in `query`). */
	path: string;
	query: Record<string, string | string[]>;
	/** Any header-name case. */
	headers: Record<string, string | string[] | undefined>;
	/** Parsed JSON/form body as an object, or the raw text when it did not parse. */
	body: unknown;
}

/* eslint-disable @typescript-eslint/no-explicit-any */
/** An operation as openapi-backend's router lists it: the OpenAPI operation object plus `path` and `method`. */
type BackendOperation = any;

interface Route {
	api: LoadedApi;
	operation: BackendOperation;
	/** Without path params. */
	described: SpecOperation;
	/** The operation has `security`, or declares a required Authorization header: see describeSecurity(). */
	needsBearer: boolean;
}

interface LoadedApi {
	name: string;
	backend: OpenAPIBackend;
}

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'] as const;

/** Where the official specs are: `<repo>/../shared/highlevel-api`, unless GHL_API_SPEC_DIR says otherwise. */
export function defaultSpecDir(): string {
	return (
		process.env.GHL_API_SPEC_DIR ??
		resolve(__dirname, '..', '..', '..', '..', 'shared', 'highlevel-api')
	);
}

const loaded = new Map<string, Promise<GhlSpec>>();

/**
 * The official HighLevel OpenAPI specs (apps/*.json with their ../common/common-schemas.json), used as the contract
 * of the fake GHL: every request is routed to its operation and checked with openapi-backend, whose ajv validators
 * check path parameters, query parameters (strings coerced to the declared number/boolean/array types, as GHL's
 * servers do; parameters the spec does not list are rejected), headers and the request body (required fields,
 * types, enums; unknown body properties pass unless a schema says `additionalProperties: false`, since the spec
 * states nothing else). `format`s are not enforced: `date-time` is documentation in these files (one example reads
 * "10/28/2022, 6:24:54 PM"). On top of that: the `Version` header must be one of the operation's values, and an
 * operation with `security` needs `Authorization: Bearer <token>`.
 *
 * Routing is our own (./router.ts): static segments before `{params}`, trailing slashes ignored, across all 41 files.
 * Validators compile lazily, once per operation (≈10 ms the first time an operation is seen), then validating a
 * request takes microseconds. Answers are checked too: validateResponse() (./responses.ts). Defects of the files are
 * repaired in memory (./repairs.ts), listed by workarounds().
 */
export class GhlSpec {
	private readonly router = new PathRouter<Route>();
	private readonly routes: Route[] = [];
	/** By `METHOD pathTemplate` (operationIds repeat across files). */
	private readonly byTemplate = new Map<string, Route>();

	private constructor(
		apis: LoadedApi[],
		private readonly repairs: string[],
	) {
		for (const api of apis) {
			for (const operation of api.backend.router.getOperations() as BackendOperation[]) {
				const route = toRoute(api, operation);
				this.routes.push(route);
				this.byTemplate.set(`${route.described.method} ${route.described.pathTemplate}`, route);
				this.router.add(operation.method, operation.path, route);
			}
		}
	}

	/** One instance per spec directory, shared by every test of the process. */
	static load(specDir = defaultSpecDir()): Promise<GhlSpec> {
		let spec = loaded.get(specDir);
		if (!spec) {
			spec = GhlSpec.read(specDir);
			loaded.set(specDir, spec);
			spec.catch(() => loaded.delete(specDir));
		}
		return spec;
	}

	private static async read(specDir: string): Promise<GhlSpec> {
		const appsDir = join(specDir, 'apps');
		if (!existsSync(appsDir))
			throw new Error(`HighLevel API specs not found in ${appsDir} (set GHL_API_SPEC_DIR)`);
		const common = JSON.parse(readFileSync(join(specDir, 'common', 'common-schemas.json'), 'utf8'));
		const apis: LoadedApi[] = [];
		const repairs: string[] = [];
		for (const file of readdirSync(appsDir)
			.filter((f) => f.endsWith('.json'))
			.sort()) {
			const name = file.replace(/\.json$/, '');
			const definition = JSON.parse(readFileSync(join(appsDir, file), 'utf8'));
			repairs.push(...repairSpec(name, definition, common));
			const backend = new OpenAPIBackend({
				definition,
				// quick: no meta-validation of the whole document (several files would fail it for harmless
				// reasons), synchronous dereferencing, validators compiled per operation on first use.
				quick: true,
				// A document that cannot be dereferenced must fail loudly, not leave a half-working fake.
				strict: true,
				validate: true,
				coerceTypes: true,
				ajvOpts: {
					strict: false,
					allErrors: true,
					// Accepted without checking: see the class comment. (int32, binary, ... come with openapi-backend.)
					formats: { 'date-time': true },
				},
			});
			await backend.init();
			apis.push({ name, backend });
		}
		return new GhlSpec(apis, repairs);
	}

	/** The operation GHL would route this request to, or undefined (unknown path, or path known for other methods). */
	match(method: string, path: string): SpecOperation | undefined {
		const found = this.router.find(method, path);
		return found && { ...found.value.described, pathParams: found.params };
	}

	validate(req: IncomingRequest): { operation?: SpecOperation; violations: SpecViolation[] } {
		const found = this.router.find(req.method, req.path);
		if (!found) return { violations: [this.routeViolation(req.method, req.path)] };
		const route = found.value;
		const operation: SpecOperation = { ...route.described, pathParams: found.params };
		const headers = lowerCaseKeys(req.headers);
		const violations: SpecViolation[] = [];

		if (route.needsBearer && !/^bearer\s+\S+/i.test(headerValue(headers.authorization) ?? '')) {
			violations.push({
				where: 'auth',
				message: `Authorization header with a Bearer token is required (${operation.operationId} accepts ${describeSecurity(operation)})`,
			});
		}
		const version = headerValue(headers.version);
		if (
			operation.versions.length &&
			(version === undefined || !operation.versions.includes(version))
		) {
			violations.push({
				where: 'version',
				message: `${version === undefined ? 'Version header missing' : `Version header "${version}" not accepted`}: ${operation.operationId} expects ${operation.versions.join(' or ')}`,
			});
		}

		const result = route.api.backend.validator.validateRequest(
			{
				method: req.method.toLowerCase(),
				path: req.path,
				query: req.query,
				headers: headers as Record<string, string | string[]>,
				body: req.body,
			},
			route.operation,
		);
		for (const error of result.errors ?? []) {
			const violation = describeError(error);
			// Version and Authorization are reported above, with the operation's expectations.
			if (
				violation.where === 'header' &&
				/^header\.(version|authorization)\b/.test(violation.message)
			)
				continue;
			violations.push(violation);
		}
		return { operation, violations };
	}

	/**
	 * Checks an answer to `operation` against its documented responses (see ./responses.ts): a status the
	 * operation declares, with a body matching that status' schema; or an error status it does not declare, with
	 * GHL's common error shape. Returns one violation per defect, each naming the operation and the status.
	 */
	validateResponse(
		operation: Pick<SpecOperation, 'method' | 'pathTemplate'>,
		status: number,
		body: unknown,
	): SpecViolation[] {
		const route = this.byTemplate.get(`${operation.method} ${operation.pathTemplate}`);
		if (!route) throw new Error(`Unknown operation ${operation.method} ${operation.pathTemplate}`);
		return checkResponse(route.api.backend, route.operation, status, body);
	}

	/** The operation's documented responses: status → example bodies the spec gives (for parser tests). */
	responseExamples(
		method: string,
		pathTemplate: string,
	): Array<{ status: string; example: unknown }> {
		const route = this.byTemplate.get(`${method.toUpperCase()} ${pathTemplate}`);
		if (!route) throw new Error(`Unknown operation ${method} ${pathTemplate}`);
		return documentedExamples(route.operation);
	}

	/** Every operation of every spec file, without path params (for coverage tooling and contract tests). */
	operations(): SpecOperation[] {
		return this.routes.map((route) => ({ ...route.described, pathParams: {} }));
	}

	/** What was repaired in memory because the spec files are defective, one line each (see ./repairs.ts). */
	workarounds(): string[] {
		return [...this.repairs];
	}

	private routeViolation(method: string, path: string): SpecViolation {
		const others = this.router.methodsFor(path, METHODS);
		const known = others.length
			? ` (the HighLevel API has ${others.join(', ')} for this path)`
			: '';
		return { where: 'route', message: `Cannot ${method.toUpperCase()} ${path}${known}` };
	}
}

function toRoute(api: LoadedApi, operation: BackendOperation): Route {
	const versionParam = (operation.parameters ?? []).find(
		(p: BackendOperation) => p.in === 'header' && String(p.name).toLowerCase() === 'version',
	);
	const requirements = (operation.security ?? []) as Array<Record<string, string[]>>;
	const declaresAuthorization = (operation.parameters ?? []).some(
		(p: BackendOperation) =>
			p.in === 'header' && String(p.name).toLowerCase() === 'authorization' && p.required,
	);
	return {
		api,
		operation,
		needsBearer: requirements.length > 0 || declaresAuthorization,
		described: {
			api: api.name,
			operationId: operation.operationId,
			method: String(operation.method).toUpperCase(),
			pathTemplate: operation.path,
			pathParams: {},
			security: requirements.flatMap((requirement) =>
				Object.entries(requirement).map(([scheme, scopes]) => ({ scheme, scopes: scopes ?? [] })),
			),
			versions: (versionParam?.schema?.enum ?? []).map(String),
			deprecated: Boolean(operation.deprecated),
			responseStatuses: Object.keys(operation.responses ?? {}),
		},
	};
}

/**
 * Every security scheme in these files is `type: http, scheme: bearer` (Authorization: Bearer), so any
 * requirement means a bearer token; which kind of token (location, agency) is the fake server's business.
 */
function describeSecurity(operation: SpecOperation): string {
	return [...new Set(operation.security.map((s) => s.scheme))].join(' or ') || 'a bearer token';
}

function lowerCaseKeys(headers: IncomingRequest['headers']): Record<string, string | string[]> {
	const out: Record<string, string | string[]> = {};
	for (const [name, value] of Object.entries(headers))
		if (value !== undefined) out[name.toLowerCase()] = value;
	return out;
}

function headerValue(value: string | string[] | undefined): string | undefined {
	return Array.isArray(value) ? value[0] : value;
}

/** An ajv error on openapi-backend's `{ path, query, header, requestBody }` object as a violation a reader understands. */
function describeError(error: ErrorObject): SpecViolation {
	const [, section, ...rest] = error.instancePath.split('/');
	const params = error.params as {
		missingProperty?: string;
		additionalProperty?: string;
		allowedValues?: unknown[];
	};
	const part = section ?? params.missingProperty ?? 'requestBody';
	const where: SpecViolation['where'] =
		part === 'query' ? 'query' : part === 'path' ? 'path' : part === 'header' ? 'header' : 'body';
	const label = where === 'body' ? 'body' : where;
	const field = [label, ...rest.map(unescapePointer)].join('.');
	if (error.keyword === 'required') {
		return section === undefined
			? { where, message: `${label} is required` }
			: { where, message: `${field}.${params.missingProperty} is required` };
	}
	if (error.keyword === 'additionalProperties') {
		const name = `${field}.${params.additionalProperty}`;
		return {
			where,
			message:
				where === 'query'
					? `${name} is not a parameter of this operation`
					: `${name} is not allowed`,
		};
	}
	if (error.keyword === 'enum') {
		return {
			where,
			message: `${field} must be one of: ${(params.allowedValues ?? []).join(', ')}`,
		};
	}
	if (error.keyword === 'parse')
		return { where: 'body', message: `body is not valid JSON: ${error.message}` };
	return { where, message: `${field} ${error.message ?? 'is invalid'}` };
}

function unescapePointer(segment: string): string {
	return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/**
 * GHL's answer to a request that breaks the contract, in the shapes of common/common-schemas.json:
 * unknown route → 404 (NestJS' `{ statusCode, message: "Cannot GET /x", error: "Not Found" }`);
 * auth → 401 UnauthorizedDTO `{ statusCode, message, error: "Unauthorized" }`;
 * Version → 400 BadRequestDTO `{ statusCode, message }`;
 * path/query/header/body → 422 UnprocessableDTO `{ statusCode, message: string[], error: "Unprocessable Entity" }`.
 * The first of those kinds present wins, in that order (routing, then guards, then validation).
 */
export function violationResponse(violations: SpecViolation[]): {
	status: number;
	body: Record<string, unknown>;
} {
	const route = violations.find((v) => v.where === 'route');
	if (route)
		return { status: 404, body: { statusCode: 404, message: route.message, error: 'Not Found' } };
	const auth = violations.find((v) => v.where === 'auth');
	if (auth)
		return { status: 401, body: { statusCode: 401, message: auth.message, error: 'Unauthorized' } };
	const version = violations.find((v) => v.where === 'version');
	if (version) return { status: 400, body: { statusCode: 400, message: version.message } };
	return {
		status: 422,
		body: {
			statusCode: 422,
			message: violations.map((v) => v.message),
			error: 'Unprocessable Entity',
		},
	};
}
