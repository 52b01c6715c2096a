import type { Pagination } from '../transport/pagination';

/**
 * Which token an endpoint takes, from its `security` entry in the spec: only an agency token (`Agency-Access`
 * alone), either kind (`Agency-Access` beside `Location-Access`), or a sub-account token (`bearer`,
 * `Location-Access`, or no entry).
 */
export type TokenKind = 'agency' | 'either' | 'subAccount';

/** A path or query parameter as the spec declares it. */
export interface EndpointParam {
	name: string;
	in: 'path' | 'query';
	/** JSON type from the schema (`string` when the spec gives none). */
	type: string;
	required?: true;
	/** The values the spec allows, when it lists them. */
	options?: Array<string | number | boolean>;
}

/** How the endpoint pages, when its parameters show it; `records` when its response schema names the list. */
export type EndpointPaging = Pick<Pagination, 'style' | 'sizeParam' | 'in' | 'pageParam'> &
	Partial<Pick<Pagination, 'records' | 'maxPageSize'>>;

/** One operation of GHL's OpenAPI specs (highlevel-api/apps/<api>.json), as the transport and the nodes need it. */
export interface Endpoint {
	/** Spec file without `.json`, e.g. `contacts`. */
	api: string;
	/** The spec's operationId (unique within its file). */
	id: string;
	summary: string;
	method: string;
	/** As the spec writes it, trailing slash kept: `/contacts/{contactId}/tags`. */
	path: string;
	/** The `Version` header the spec gives; absent where the operation declares none. */
	version?: string;
	token: TokenKind;
	/** Scopes the spec's `security` entries name (any one grants access). */
	scopes: string[];
	params: EndpointParam[];
	/** Present when the operation takes a JSON body: the fields its schema requires. */
	body?: string[];
	paging?: EndpointPaging;
	deprecated?: true;
}
