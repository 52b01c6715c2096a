import { ENDPOINTS } from './endpoints';
import type { Endpoint, TokenKind } from './types';

export type { Endpoint, EndpointPaging, EndpointParam, TokenKind } from './types';
export { ENDPOINTS } from './endpoints';

/** GHL's Version for operations whose spec declares none (store shipping, billing, funnel pages, ...). */
export const DEFAULT_API_VERSION = '2021-07-28';

type Segment = string | null; // null: a `{param}`

interface Route {
	endpoint: Endpoint;
	segments: Segment[];
}

function splitPath(path: string): string[] {
	return path.split('?')[0].split('/').filter(Boolean);
}

/**
 * Routes by method and segment count, then, as GHL's servers (NestJS on Express) do, a static segment beats a
 * `{param}` at the same position, left to right (`/contacts/search` is not `/contacts/{contactId}`); trailing
 * slashes do not matter. Built on first use.
 */
let routes: Map<string, Route[]> | undefined;

function routeTable(): Map<string, Route[]> {
	if (routes) return routes;
	const table = new Map<string, Route[]>();
	for (const endpoint of ENDPOINTS) {
		const segments = splitPath(endpoint.path).map((s) => (/^\{[^}]+\}$/.test(s) ? null : s));
		const key = `${endpoint.method} ${segments.length}`;
		const list = table.get(key) ?? [];
		list.push({ endpoint, segments });
		table.set(key, list);
	}
	for (const list of table.values()) {
		list.sort((a, b) => {
			for (let i = 0; i < a.segments.length; i++) {
				const staticA = a.segments[i] !== null;
				if (staticA !== (b.segments[i] !== null)) return staticA ? -1 : 1;
			}
			return 0;
		});
	}
	return (routes = table);
}

/** The spec operation a request goes to (`path` with ids in place, a query string ignored), or undefined. */
export function endpointFor(method: string, path: string): Endpoint | undefined {
	const segments = splitPath(path);
	const candidates = routeTable().get(`${method.toUpperCase()} ${segments.length}`) ?? [];
	return candidates.find((route) => route.segments.every((s, i) => s === null || s === segments[i]))
		?.endpoint;
}

/** An operation by its key as the API Request node stores it: `GET /contacts/`. */
export function endpointByKey(key: string): Endpoint | undefined {
	const [method, ...rest] = key.trim().split(/\s+/);
	const path = rest.join(' ');
	return (
		ENDPOINTS.find((e) => e.method === method?.toUpperCase() && e.path === path) ??
		endpointFor(method ?? '', path)
	);
}

export function endpointKey(endpoint: Endpoint): string {
	return `${endpoint.method} ${endpoint.path}`;
}

/** The `Version` header the spec gives for the request. */
export function apiVersionFor(method: string, path: string): string {
	return endpointFor(method, path)?.version || DEFAULT_API_VERSION;
}

/** Which token the request's endpoint takes; a path outside the spec is treated as a sub-account endpoint. */
export function tokenKindFor(method: string, path: string): TokenKind {
	return endpointFor(method, path)?.token ?? 'subAccount';
}

/** The scopes the spec names for the request's endpoint (for the hint on a 403). */
export function scopesFor(method: string, path: string): string[] {
	return endpointFor(method, path)?.scopes ?? [];
}
