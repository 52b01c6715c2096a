import type { IDataObject, IHttpRequestMethods, IHttpRequestOptions, JsonObject } from 'n8n-workflow';
import { NodeOperationError, type NodeApiError } from 'n8n-workflow';

import {
	accountOf,
	chosenSubAccount,
	TOKEN_CREDENTIAL_TYPE,
	tokenKindFor,
	type GhlAccount,
	type GhlContext,
} from './account';
import { apiVersionFor } from './apiVersion';
import { ghlApiError } from './errors';
import { headerNumber, rateLimiterFor, sleep } from './rateLimiter';
import type { MultipartBody } from './multipart';
import { scopesFor } from './scopes';

export type { GhlAccount, GhlContext } from './account';

export interface GhlRequest {
	method: IHttpRequestMethods;
	/** Path with ids already in place, e.g. `/contacts/abc/tags`. */
	path: string;
	qs?: IDataObject;
	body?: IDataObject | IDataObject[];
	/** Absolute URL for calls outside the API host (inbound-webhook workflows). */
	url?: string;
	headers?: Record<string, string>;
	/** Sub-account the request acts on; picks the rate-limit bucket (and, for agencies, the token). */
	locationId?: string;
	/** A form-encoded body (GHL's OAuth endpoints), sent instead of `body`. */
	form?: Record<string, string>;
	/** A multipart/form-data body (media upload), sent instead of `body`: see ./multipart.ts. */
	multipart?: MultipartBody;
}

export interface GhlResponse {
	status: number;
	headers: Record<string, unknown>;
	body: IDataObject;
}

/** Retries for 5xx and network failures, only for methods that are safe to send twice. */
const IDEMPOTENT = new Set(['GET', 'PUT', 'DELETE', 'HEAD', 'OPTIONS']);
const MAX_RATE_LIMIT_RETRIES = 8;
const MAX_SERVER_ERROR_RETRIES = 3;
const BACKOFF_BASE_MS = 300;
const REQUEST_TIMEOUT_MS = 60_000;

interface FailedAttempt {
	status?: number;
	headers?: Record<string, unknown>;
	body?: unknown;
	networkError?: string;
}

/** Reads status, headers and body from whatever n8n's HTTP helper threw, without keeping the request (it holds the token). */
function failedAttempt(error: unknown): FailedAttempt {
	const e = error as Record<string, any>;
	const response = e?.response ?? e?.cause?.response;
	const status = response?.status ?? response?.statusCode ?? e?.httpCode ?? e?.statusCode;
	const body = response?.data ?? response?.body ?? e?.error;
	const numeric = status !== undefined ? Number(status) : undefined;
	return {
		status: numeric && Number.isFinite(numeric) ? numeric : undefined,
		headers: response?.headers,
		body: typeof body === 'string' ? safeJson(body) : body,
		networkError:
			numeric === undefined ? String(e?.code ?? e?.cause?.code ?? e?.message ?? 'network error') : undefined,
	};
}

function safeJson(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return text;
	}
}

function retryDelayAfterRateLimit(headers: Record<string, unknown> | undefined, attempt: number): number {
	const retryAfter = headers ? headerNumber(headers, 'retry-after') : undefined;
	if (retryAfter !== undefined) return retryAfter * 1000;
	const interval = headers ? headerNumber(headers, 'x-ratelimit-interval-milliseconds') : undefined;
	if (interval !== undefined) return Math.min(interval, 10_000) / 4 + Math.random() * 100;
	return BACKOFF_BASE_MS * 2 ** attempt + Math.random() * BACKOFF_BASE_MS;
}

/** A sub-account token got from an agency's OAuth2 connection, kept only in memory. */
interface LocationToken {
	accessToken: string;
	expiresAt: number;
}
interface TokenCacheEntry {
	pending: Promise<LocationToken>;
	/** Set once the exchange answered. */
	token?: LocationToken;
}
type TokenCache = Map<string, TokenCacheEntry>;

/** Tokens per execution (n8n's execution id), else per node context (load options, tests without an id). */
const tokensByExecution = new Map<string, TokenCache>();
const tokensByContext = new WeakMap<object, TokenCache>();
const MAX_EXECUTIONS_WITH_TOKENS = 200;
/** Used until shortly before GHL's expiry, so a long request never starts with a token about to die. */
const TOKEN_EXPIRY_MARGIN_MS = 60_000;

function tokenCacheOf(ctx: GhlContext): TokenCache {
	const executionId = 'getExecutionId' in ctx && typeof ctx.getExecutionId === 'function' ? ctx.getExecutionId() : undefined;
	if (!executionId) {
		let cache = tokensByContext.get(ctx);
		if (!cache) tokensByContext.set(ctx, (cache = new Map()));
		return cache;
	}
	let cache = tokensByExecution.get(executionId);
	if (cache) tokensByExecution.delete(executionId); // re-inserted below: the most recently used stays longest
	cache ??= new Map();
	tokensByExecution.set(executionId, cache);
	if (tokensByExecution.size > MAX_EXECUTIONS_WITH_TOKENS) {
		tokensByExecution.delete(tokensByExecution.keys().next().value as string);
	}
	return cache;
}

function tokenKey(ctx: GhlContext, account: GhlAccount, locationId: string): string {
	const credentialId = ctx.getNode().credentials?.[account.credentialType]?.id ?? '';
	return [account.credentialType, credentialId, account.baseUrl, account.companyId ?? '', locationId].join('|');
}

/** POST /oauth/locationToken with the agency's connection: a token for one sub-account. */
async function exchangeForSubAccount(
	ctx: GhlContext,
	account: GhlAccount,
	locationId: string,
	itemIndex: number,
): Promise<LocationToken> {
	if (!account.companyId) {
		throw new NodeOperationError(ctx.getNode(), 'The agency connection does not say which agency (company) it belongs to', {
			itemIndex,
			description: 'Reconnect the GoHighLevel OAuth2 credential with Account Type "Agency (Company)".',
		});
	}
	let body: IDataObject;
	try {
		({ body } = await ghlRequest.call(
			ctx,
			{ method: 'POST', path: '/oauth/locationToken', form: { companyId: account.companyId, locationId } },
			itemIndex,
			account,
		));
	} catch (error) {
		const failed = error as NodeApiError;
		failed.message = `Could not get a token for sub-account ${locationId}: ${failed.message}`;
		failed.description =
			'The agency connection gets a sub-account token for the Sub-Account chosen in the node. Check that the ID is a sub-account of this agency, that the marketplace app is installed on it (Sub-Accounts node → Installed Location), and that the credential has the oauth.write scope.';
		throw failed;
	}
	const accessToken = body.access_token;
	if (typeof accessToken !== 'string' || !accessToken) {
		throw new NodeOperationError(ctx.getNode(), `GoHighLevel returned no token for sub-account ${locationId}`, { itemIndex });
	}
	const expiresInSeconds = Number(body.expires_in) > 0 ? Number(body.expires_in) : 3600;
	return { accessToken, expiresAt: Date.now() + expiresInSeconds * 1000 - TOKEN_EXPIRY_MARGIN_MS };
}

/**
 * The sub-account token for `locationId`: exchanged once per sub-account per execution and reused for its
 * lifetime, so 1,000 items for one sub-account cost one exchange. Callers at the same time share the exchange.
 * `stale` is a token GHL refused: a new one is exchanged instead.
 */
async function subAccountToken(
	ctx: GhlContext,
	account: GhlAccount,
	locationId: string,
	itemIndex: number,
	stale?: LocationToken,
): Promise<LocationToken> {
	const cache = tokenCacheOf(ctx);
	const key = tokenKey(ctx, account, locationId);
	const cached = cache.get(key);
	if (cached?.token && cached.token !== stale && cached.token.expiresAt > Date.now()) return cached.token;
	if (cached && !cached.token && !stale) return await cached.pending;
	const entry = {} as TokenCacheEntry;
	entry.pending = exchangeForSubAccount(ctx, account, locationId, itemIndex).then((token) => (entry.token = token));
	cache.set(key, entry);
	// A failed exchange is forgotten so the next item tries again; the caller still sees the failure.
	entry.pending.catch(() => {
		if (cache.get(key) === entry) cache.delete(key);
	});
	return await entry.pending;
}

/**
 * Whether this request goes out with a sub-account token, and for which sub-account. Only an agency credential
 * calling an endpoint that takes nothing but a sub-account token needs one; the sub-account is the request's,
 * else the node's Sub-Account field. Mismatches GHL would refuse are reported before any request.
 */
function subAccountFor(ctx: GhlContext, request: GhlRequest, account: GhlAccount, itemIndex: number): string | undefined {
	if (request.url) return undefined;
	const kind = tokenKindFor(request.method, request.path);
	const endpoint = `${request.method} ${request.path.split('?')[0]}`;
	if (account.kind === 'location') {
		if (kind !== 'agency') return undefined;
		throw new NodeOperationError(ctx.getNode(), `This operation (${endpoint}) needs an agency credential`, {
			itemIndex,
			description:
				'GHL accepts only an agency token here. Use a GoHighLevel credential of the agency: an OAuth2 connection with Account Type "Agency (Company)", or a Private Integration Token created in the agency settings ("Token Belongs To: Agency").',
		});
	}
	if (kind !== 'subAccount') return undefined;
	if (account.credentialType === TOKEN_CREDENTIAL_TYPE) {
		throw new NodeOperationError(
			ctx.getNode(),
			`This operation (${endpoint}) needs a sub-account token; an agency Private Integration Token cannot be used for it`,
			{
				itemIndex,
				description:
					'GHL accepts an agency Private Integration Token only for agency-level operations (sub-accounts, users, ...). Either use a Private Integration Token created in the sub-account ("Token Belongs To: Sub-Account"), or connect the agency with OAuth2 (Account Type "Agency (Company)"): the nodes then get a sub-account token for the chosen Sub-Account themselves.',
			},
		);
	}
	const locationId = request.locationId ?? chosenSubAccount(ctx, itemIndex);
	if (!locationId) {
		throw new NodeOperationError(ctx.getNode(), '"Sub-Account" is required with an agency credential', {
			itemIndex,
			description: `${endpoint} acts inside one sub-account: choose it in the node's Sub-Account field.`,
		});
	}
	return locationId;
}

/**
 * The one way every node talks to GoHighLevel: auth through n8n (so OAuth2 tokens refresh), the Version header
 * the spec gives for the path, pacing under the rate limit, retries that never send a create twice, and errors
 * that carry GHL's own message with a hint.
 */
export async function ghlRequest(
	this: GhlContext,
	request: GhlRequest,
	itemIndex = 0,
	account?: GhlAccount,
): Promise<GhlResponse> {
	const acct = account ?? (await accountOf(this, itemIndex));
	const subAccount = subAccountFor(this, request, acct, itemIndex);
	const locationKey = subAccount ?? request.locationId ?? acct.locationId ?? acct.companyId ?? 'default';
	const limiter = request.url ? undefined : rateLimiterFor(`${acct.baseUrl}|${locationKey}`);
	// Some GHL endpoints require a JSON body that is an empty object, which n8n's HTTP helper would drop: it goes
	// as the text `{}` with the JSON content type instead.
	const emptyJson = isEmptyObject(request.body) && request.method !== 'GET';
	const options: IHttpRequestOptions = {
		method: request.method,
		url: request.url ?? `${acct.baseUrl}${request.path}`,
		headers: {
			Accept: 'application/json',
			...(request.url ? {} : { Version: apiVersionFor(request.path) }),
			...(request.form ? { 'Content-Type': 'application/x-www-form-urlencoded' } : {}),
			...(emptyJson ? { 'Content-Type': 'application/json' } : {}),
			...(request.multipart ? { 'Content-Type': request.multipart.contentType } : {}),
			...request.headers,
		},
		qs: request.qs,
		body: request.multipart
			? request.multipart.data
			: request.form
				? new URLSearchParams(request.form).toString()
				: emptyJson
					? '{}'
					: request.body,
		json: true,
		returnFullResponse: true,
		timeout: REQUEST_TIMEOUT_MS,
	};

	let rateLimitRetries = 0;
	let serverRetries = 0;
	let token: LocationToken | undefined;
	let refusedToken: LocationToken | undefined;
	for (;;) {
		// Got before the rate-limit slot: the exchange is a request of its own, in the agency's bucket.
		token = subAccount ? await subAccountToken(this, acct, subAccount, itemIndex, refusedToken) : undefined;
		const answered = limiter ? await limiter.acquire() : undefined;
		try {
			const response = (token
				? await this.helpers.httpRequest({
						...options,
						headers: { ...options.headers, Authorization: `Bearer ${token.accessToken}` },
					})
				: request.url
					? await this.helpers.httpRequest(options)
					: await this.helpers.httpRequestWithAuthentication.call(
							this,
							acct.credentialType,
							options,
						)) as { statusCode?: number; status?: number; headers?: Record<string, unknown>; body?: unknown };
			answered?.();
			limiter?.observe(response.headers);
			const body = typeof response.body === 'string' ? safeJson(response.body) : response.body;
			return {
				status: Number(response.statusCode ?? response.status ?? 200),
				headers: response.headers ?? {},
				body: (body && typeof body === 'object' ? body : { data: body ?? null }) as IDataObject,
			};
		} catch (error) {
			answered?.();
			const failed = failedAttempt(error);
			limiter?.observe(failed.headers);
			if (token && failed.status === 401 && !refusedToken) {
				// The sub-account token died early (revoked, app reinstalled): get a new one, once.
				refusedToken = token;
				continue;
			}
			if (failed.status === 429 && rateLimitRetries < MAX_RATE_LIMIT_RETRIES) {
				// GHL did not process the request, so even a create may be sent again.
				await sleep(retryDelayAfterRateLimit(failed.headers, rateLimitRetries++));
				continue;
			}
			const transient = failed.status === undefined || failed.status >= 500;
			if (transient && IDEMPOTENT.has(request.method) && serverRetries < MAX_SERVER_ERROR_RETRIES) {
				await sleep(BACKOFF_BASE_MS * 2 ** serverRetries++ + Math.random() * BACKOFF_BASE_MS);
				continue;
			}
			throw ghlApiError(this.getNode(), {
				status: failed.status,
				body: failed.body as JsonObject,
				networkError: failed.networkError,
				method: request.method,
				path: request.path,
				scopes: scopesFor(request.method, request.path),
				itemIndex,
				retriedAfterRateLimit: failed.status === 429,
			});
		}
	}
}

function isEmptyObject(value: unknown): boolean {
	return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0;
}
