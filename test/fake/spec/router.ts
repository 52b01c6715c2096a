/**
 * Routes a request path to an OpenAPI path template, the way GHL's servers (NestJS on Express) do:
 * - a static segment beats a `{param}` at the same position, left to right, so `/contacts/search` is not
 *   `/contacts/{contactId}` and `DELETE /contacts/{id}/campaigns/removeAll` is not `.../campaigns/{campaignId}`;
 * - trailing slashes do not matter (Express' non-strict routing): the spec's `/contacts/` matches `/contacts`
 *   and `/contacts/`, and `/contacts/{contactId}` matches `/contacts/abc/`;
 * - segments compare case-sensitively; path parameter values are URL-decoded.
 * Built once; a lookup scans only the templates of the request's method, segment count and first segment.
 */
export interface RouteMatch<T> {
	value: T;
	params: Record<string, string>;
}

interface Route<T> {
	template: string;
	/** A segment is either a literal or `{ param: name }`. */
	segments: Array<string | { param: string }>;
	value: T;
}

export class PathRouter<T> {
	private readonly routes = new Map<string, Array<Route<T>>>();
	private sorted = true;

	add(method: string, template: string, value: T): void {
		const segments = splitPath(template).map((segment) => {
			const param = /^\{([^}]+)\}$/.exec(segment);
			return param ? { param: param[1] } : segment;
		});
		const first = segments[0];
		const key = routeKey(
			method,
			segments.length,
			typeof first === 'string' ? first : PARAM_SEGMENT,
		);
		const list = this.routes.get(key) ?? [];
		list.push({ template, segments, value });
		this.routes.set(key, list);
		this.sorted = false;
	}

	/** The most specific route for the method, or undefined. */
	find(method: string, path: string): RouteMatch<T> | undefined {
		if (!this.sorted) this.sort();
		const segments = splitPath(path);
		const upper = method.toUpperCase();
		for (const first of [segments[0] ?? '', PARAM_SEGMENT]) {
			for (const route of this.routes.get(routeKey(upper, segments.length, first)) ?? []) {
				const params = matchSegments(route.segments, segments);
				if (params) return { value: route.value, params };
			}
		}
		return undefined;
	}

	/** Methods that have a route for this path (for "wrong method" messages). */
	methodsFor(path: string, methods: readonly string[]): string[] {
		return methods.filter((method) => this.find(method, path) !== undefined);
	}

	private sort(): void {
		for (const list of this.routes.values())
			list.sort((a, b) => compareSpecificity(a.segments, b.segments));
		this.sorted = true;
	}
}

/** Stands for a first segment that is a `{param}` in the route index. */
const PARAM_SEGMENT = '\u0000{}';

function routeKey(method: string, length: number, first: string): string {
	return `${method.toUpperCase()} ${length} ${first}`;
}

/** Path segments without query string and trailing slashes: '/contacts/' and '/contacts' are both ['contacts']. */
function splitPath(path: string): string[] {
	const withoutQuery = path.split('?')[0];
	const trimmed = withoutQuery.replace(/\/+$/, '');
	return trimmed === '' ? [] : trimmed.replace(/^\//, '').split('/');
}

function matchSegments(
	template: Route<unknown>['segments'],
	segments: string[],
): Record<string, string> | undefined {
	const params: Record<string, string> = {};
	for (let i = 0; i < template.length; i++) {
		const expected = template[i];
		const actual = segments[i];
		if (typeof expected === 'string') {
			if (expected !== actual) return undefined;
		} else {
			if (actual === '') return undefined;
			params[expected.param] = decodeSegment(actual);
		}
	}
	return params;
}

function decodeSegment(segment: string): string {
	try {
		return decodeURIComponent(segment);
	} catch {
		return segment;
	}
}

/** Negative when `a` is more specific: at the first position where they differ in kind, a literal wins. */
function compareSpecificity(a: Route<unknown>['segments'], b: Route<unknown>['segments']): number {
	for (let i = 0; i < Math.min(a.length, b.length); i++) {
		const aLiteral = typeof a[i] === 'string';
		const bLiteral = typeof b[i] === 'string';
		if (aLiteral !== bLiteral) return aLiteral ? -1 : 1;
	}
	return 0;
}
