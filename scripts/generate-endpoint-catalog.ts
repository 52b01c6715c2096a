// Builds the endpoint catalogue (nodes/shared/catalog/endpoints.ts) from GHL's OpenAPI specs (highlevel-api/apps/*.json):
// every operation's method, path, parameters, Version, token kind, scopes, paging and required body fields. Node code
// cannot read the specs at runtime, so the catalogue is a TS file shipped in the package.
//   npx tsx scripts/generate-endpoint-catalog.ts [specDir]          rewrite the catalogue
//   npx tsx scripts/generate-endpoint-catalog.ts --check [specDir]  exit 1 when it differs from the specs
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { join, resolve } from 'path';

import type {
	Endpoint,
	EndpointPaging,
	EndpointParam,
	TokenKind,
} from '../nodes/shared/catalog/types';

const repoRoot = join(__dirname, '..');
const defaultSpecDir =
	process.env.GHL_API_SPEC_DIR ?? resolve(repoRoot, '..', 'shared', 'highlevel-api');
export const catalogFile = join(repoRoot, 'nodes', 'shared', 'catalog', 'endpoints.ts');

/* eslint-disable @typescript-eslint/no-explicit-any */
type Json = any;
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/** Follows local `$ref`s (`#/components/...`); refs into other files say nothing we use and read as empty. */
function deref(root: Json, node: Json, depth = 0): Json {
	if (!node || typeof node !== 'object' || depth > 20) return node ?? {};
	if (typeof node.$ref !== 'string') return node;
	if (!node.$ref.startsWith('#/')) return {};
	const target = node.$ref
		.slice(2)
		.split('/')
		.reduce((at: Json, key: string) => at?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], root);
	return deref(root, target, depth + 1);
}

function tokenKind(security: Json[] | undefined): TokenKind {
	const schemes = (security ?? []).flatMap((s) => Object.keys(s));
	const agency = schemes.some((s) => s.startsWith('Agency-Access'));
	const location = schemes.some((s) => s === 'bearer' || s.startsWith('Location-Access'));
	if (agency && location) return 'either';
	return agency ? 'agency' : 'subAccount';
}

function paramOf(root: Json, raw: Json): EndpointParam | undefined {
	const p = deref(root, raw);
	if (p.in !== 'path' && p.in !== 'query') return undefined;
	const schema = deref(root, p.schema);
	const type = typeof schema.type === 'string' && schema.type !== 'any' ? schema.type : 'string';
	const param: EndpointParam = {
		name: p.name,
		in: p.in,
		type: type === 'integer' ? 'number' : type,
	};
	if (p.required || p.in === 'path') param.required = true;
	const options = Array.isArray(schema.enum)
		? schema.enum
		: Array.isArray(deref(root, schema.items).enum)
			? deref(root, schema.items).enum
			: undefined;
	if (options?.length) param.options = [...new Set(options as Array<string | number | boolean>)];
	return param;
}

/** The largest page size the spec states for the size parameter: its `maximum`, else "max(imum) … N" in its text. */
function maxPageSize(root: Json, raw: Json): number | undefined {
	const p = deref(root, raw);
	const schema = deref(root, p?.schema);
	if (typeof schema?.maximum === 'number') return schema.maximum;
	const text = `${p?.description ?? ''} ${schema?.description ?? ''}`;
	const stated = /max(?:imum)?[^0-9.]{0,30}(\d+)/i.exec(text);
	return stated ? Number(stated[1]) : undefined;
}

/** Dot path of the one array in the success response: `contacts`, or `messages.messages` one level down. */
function recordsPath(root: Json, operation: Json): string | undefined {
	const response = deref(root, operation.responses?.['200'] ?? operation.responses?.['201']);
	const schema = deref(root, response?.content?.['application/json']?.schema);
	const arraysIn = (s: Json) =>
		Object.entries(deref(root, s)?.properties ?? {})
			.filter(([, v]) => deref(root, v).type === 'array')
			.map(([k]) => k);
	const top = arraysIn(schema);
	if (top.length === 1) return top[0];
	if (top.length) return undefined;
	const nested = Object.entries(schema?.properties ?? {}).flatMap(([k, v]) =>
		arraysIn(v).map((inner) => `${k}.${inner}`),
	);
	return nested.length === 1 ? nested[0] : undefined;
}

/**
 * The paging style the parameters show (see transport/pagination.ts for the styles). `next`, `startAfterDate` and a
 * bare `limit` or `page` are not styles the shared pager knows; such endpoints get no paging entry.
 */
function pagingOf(
	root: Json,
	operation: Json,
	query: Map<string, Json>,
	bodyProps: Map<string, Json>,
): EndpointPaging | undefined {
	const inQuery = (...names: string[]) => names.every((n) => query.has(n));
	const inBody = (...names: string[]) => names.every((n) => bodyProps.has(n));
	const sizeOf = (where: Map<string, Json>) =>
		['limit', 'pageLimit', 'pageSize'].find((n) => where.has(n));
	let paging: EndpointPaging | undefined;
	for (const [where, has, place] of [
		[query, inQuery, 'query'],
		[bodyProps, inBody, 'body'],
	] as const) {
		const sizeParam = sizeOf(where);
		if (!sizeParam) continue;
		const at = place === 'body' ? { in: 'body' as const } : {};
		if (has('searchAfter')) paging = { style: 'searchAfter', sizeParam, ...at };
		else if (has('startAfter', 'startAfterId')) paging = { style: 'startAfter', sizeParam, ...at };
		else if (has('cursor')) paging = { style: 'cursor', sizeParam, ...at };
		else if (has('lastMessageId')) paging = { style: 'lastMessageId', sizeParam, ...at };
		else if (has('page')) paging = { style: 'page', sizeParam, ...at };
		else if (has('skip')) paging = { style: 'skip', sizeParam, ...at };
		else if (has('offset')) paging = { style: 'skip', sizeParam, pageParam: 'offset', ...at };
		if (paging) {
			const max = maxPageSize(root, where.get(sizeParam));
			if (max) paging.maxPageSize = max;
			break;
		}
	}
	if (!paging) return undefined;
	const records = recordsPath(root, operation);
	return records ? { ...paging, records } : paging;
}

export function readSpecs(specDir = defaultSpecDir): Endpoint[] {
	const appsDir = join(specDir, 'apps');
	if (!existsSync(appsDir))
		throw new Error(`HighLevel API specs not found in ${appsDir} (set GHL_API_SPEC_DIR)`);
	const endpoints: Endpoint[] = [];
	for (const file of readdirSync(appsDir)
		.filter((f) => f.endsWith('.json'))
		.sort()) {
		const root = JSON.parse(readFileSync(join(appsDir, file), 'utf8'));
		for (const [path, rawItem] of Object.entries<Json>(root.paths ?? {})) {
			const item = deref(root, rawItem);
			for (const method of METHODS.filter((m) => item[m])) {
				const operation = item[method];
				const rawParams = [...(item.parameters ?? []), ...(operation.parameters ?? [])];
				const params = rawParams
					.map((p) => paramOf(root, p))
					.filter((p): p is EndpointParam => !!p);
				// A `{param}` in the path that no parameter declares is still a required path id (the fake repairs it alike).
				for (const [, name] of path.matchAll(/\{([^}]+)\}/g)) {
					if (!params.some((p) => p.in === 'path' && p.name === name))
						params.push({ name, in: 'path', type: 'string', required: true });
				}
				const version = rawParams
					.map((p) => deref(root, p))
					.find((p) => p.in === 'header' && String(p.name).toLowerCase() === 'version');
				const bodySchema = deref(
					root,
					operation.requestBody?.content?.['application/json']?.schema,
				);
				const bodyProps = new Map<string, Json>(Object.entries(bodySchema?.properties ?? {}));
				const query = new Map<string, Json>(
					rawParams
						.map((p) => deref(root, p))
						.filter((p) => p.in === 'query')
						.map((p) => [p.name, p]),
				);
				const scopes = [
					...new Set<string>(
						(operation.security ?? []).flatMap((s: Json) => Object.values(s).flat() as string[]),
					),
				];
				const endpoint: Endpoint = {
					api: file.replace(/\.json$/, ''),
					id: String(operation.operationId ?? `${method}-${path}`),
					summary: String(operation.summary ?? operation.operationId ?? '').trim(),
					method: method.toUpperCase(),
					path,
					...(version ? { version: String(deref(root, version.schema).enum?.[0] ?? '') } : {}),
					token: tokenKind(operation.security),
					scopes,
					params,
				};
				if (operation.requestBody)
					endpoint.body = Array.isArray(bodySchema?.required) ? bodySchema.required : [];
				const paging = pagingOf(root, operation, query, bodyProps);
				if (paging) endpoint.paging = paging;
				if (operation.deprecated) endpoint.deprecated = true;
				endpoints.push(endpoint);
			}
		}
	}
	return endpoints;
}

/** One line per operation: small to ship, and a diff shows which operation changed. */
export function renderCatalog(endpoints: Endpoint[]): string {
	const lines = endpoints.map((e) => `\t${JSON.stringify(e)},`);
	return `// Generated by scripts/generate-endpoint-catalog.ts from GHL's OpenAPI specs (highlevel-api/apps/*.json).
// Do not edit: change the script and run it again (npm run lint checks that it is current).
import type { Endpoint } from './types';

/** Every operation of every spec file, in file order. */
export const ENDPOINTS: Endpoint[] = [
${lines.join('\n')}
];
`;
}

function main(): void {
	const args = process.argv.slice(2);
	const check = args.includes('--check');
	const specDir = args.find((a) => !a.startsWith('--')) ?? defaultSpecDir;
	const text = renderCatalog(readSpecs(specDir));
	if (check) {
		const current = existsSync(catalogFile) ? readFileSync(catalogFile, 'utf8') : '';
		if (current !== text) {
			console.error(`stale: ${catalogFile} (run npx tsx scripts/generate-endpoint-catalog.ts)`);
			process.exitCode = 1;
		}
		return;
	}
	writeFileSync(catalogFile, text);
	const endpoints = readSpecs(specDir);
	console.log(
		`${endpoints.length} operations, ${endpoints.filter((e) => e.paging).length} paged, ${Buffer.byteLength(text)} bytes`,
	);
}

if (require.main === module) main();
