import {
	NodeApiError,
	NodeOperationError,
	type IDataObject,
	type IHttpRequestMethods,
	type IHttpRequestOptions,
	type JsonObject,
} from 'n8n-workflow';

import { apiVersionFor, scopesFor, tokenKindFor } from '../catalog';
import {
	accountOf,
	chosenSubAccount,
	TOKEN_CREDENTIAL_TYPE,
	type GhlAccount,
	type GhlContext,
} from './account';
import { ghlApiError, ghlMessage } from './errors';
import {
	rateLimiterFor,
	rateLimitRetryDelay,
	retryAfterMs,
	sleep,
	type RateLimiter,
} from './rateLimiter';
import { cachedToken, tokenKey, type LocationToken } from './tokenCache';
import type { MultipartBody } from './multipart';

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

/** Retries for 5xx and network failures, only for requests that are safe to send twice. */
const IDEMPOTENT = new Set(['GET', 'PUT', 'DELETE', 'HEAD', 'OPTIONS']);
/** POSTs that only read (GHL's searches take their filters in a body): sending one twice changes nothing. */
const READ_ONLY_POSTS: RegExp[] = [
	/^\/contacts\/search$/,
	/^\/opportunities\/search$/,
	/^\/locations\/[^/]+\/tasks\/search$/,
	/^\/objects\/[^/]+\/records\/search$/,
	/^\/users\/search\/filter-by-email$/,
	/^\/social-media-posting\/[^/]+\/posts\/list$/,
];
const MAX_RATE_LIMIT_RETRIES = 8;
const MAX_SERVER_ERROR_RETRIES = 3;
const BACKOFF_BASE_MS = 300;
const REQUEST_TIMEOUT_MS = 60_000;

export function safeToResend(method: string, path: string): boolean {
	if (IDEMPOTENT.has(method)) return true;
	const pathOnly = path.split('?')[0];
	return method === 'POST' && READ_ONLY_POSTS.some((pattern) => pattern.test(pathOnly));
}

interface FailedAttempt {
	status?: number;
	headers?: Record<string, unknown>;
	body?: unknown;
	networkError?: string;
}

interface ThrownResponse {
	status?: unknown;
	statusCode?: unknown;
	headers?: Record<string, unknown>;
	data?: unknown;
	body?: unknown;
}

/** The fields n8n's HTTP helpers (axios errors, request-style errors, NodeApiError) put on what they throw. */
interface ThrownHttpError {
	response?: ThrownResponse;
	cause?: { response?: ThrownResponse; code?: unknown };
	httpCode?: unknown;
	statusCode?: unknown;
	error?: unknown;
	code?: unknown;
	message?: unknown;
}

/** Reads status, headers and body from whatever n8n's HTTP helper threw, without keeping the request (it holds the token). */
function failedAttempt(error: unknown): FailedAttempt {
	const e = error as ThrownHttpError | undefined;
	const response = e?.response ?? e?.cause?.response;
	const status = response?.status ?? response?.statusCode ?? e?.httpCode ?? e?.statusCode;
	const body = response?.data ?? response?.body ?? e?.error;
	const numeric = status !== undefined ? Number(status) : undefined;
	return {
		status: numeric && Number.isFinite(numeric) ? numeric : undefined,
		headers: response?.headers,
		body: typeof body === 'string' ? safeJson(body) : body,
		networkError:
			numeric === undefined
				? String(e?.code ?? e?.cause?.code ?? e?.message ?? 'network error')
				: undefined,
	};
}

function safeJson(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return text;
	}
}

/** GHL said the day's quota is spent: the error names the daily limit and when it resets. */
function dailyLimitError(
	ctx: GhlContext,
	block: NonNullable<RateLimiter['dailySpent']>,
	request: GhlRequest,
	itemIndex: number,
): NodeApiError {
	const limit = block.limit ? `${block.limit.toLocaleString('en-US')} requests` : 'requests';
	const resets = new Date(block.until).toISOString().replace(/\.\d{3}Z$/, 'Z');
	return new NodeApiError(
		ctx.getNode(),
		{ message: 'Daily rate limit reached', statusCode: 429 },
		{
			message: `GoHighLevel's daily limit of ${limit} for this sub-account is used up; it resets at ${resets}${block.fromRetryAfter ? '' : ' (GHL does not say when its day starts; 00:00 UTC assumed)'} [429]`,
			description: `GHL allows each marketplace app (or token) a daily number of requests per sub-account or agency (X-RateLimit-Limit-Daily). ${request.method} ${request.path} was not sent. Run the workflow again after the reset, or spread large runs over several days.`,
			httpCode: '429',
			itemIndex,
		},
	);
}

/** POST /oauth/locationToken with the agency's connection: a token for one sub-account. */
async function exchangeForSubAccount(
	ctx: GhlContext,
	account: GhlAccount,
	locationId: string,
	itemIndex: number,
): Promise<{ accessToken: string; expiresInSeconds: number }> {
	if (!account.companyId) {
		throw new NodeOperationError(
			ctx.getNode(),
			'The agency connection does not say which agency (company) it belongs to',
			{
				itemIndex,
				description:
					'Reconnect the GoHighLevel OAuth2 credential with Account Type "Agency (Company)".',
			},
		);
	}
	let body: IDataObject;
	try {
		({ body } = await ghlRequest.call(
			ctx,
			{
				method: 'POST',
				path: '/oauth/locationToken',
				form: { companyId: account.companyId, locationId },
			},
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
		throw new NodeOperationError(
			ctx.getNode(),
			`GoHighLevel returned no token for sub-account ${locationId}`,
			{ itemIndex },
		);
	}
	return {
		accessToken,
		expiresInSeconds: Number(body.expires_in) > 0 ? Number(body.expires_in) : 3600,
	};
}

/**
 * The sub-account token for `locationId`, from this process's cache (tokenCache.ts) or one exchange.
 * `stale` is a token GHL refused: a new one is exchanged instead.
 */
async function subAccountToken(
	ctx: GhlContext,
	account: GhlAccount,
	locationId: string,
	itemIndex: number,
	stale?: LocationToken,
): Promise<LocationToken> {
	const key = tokenKey({
		credentialType: account.credentialType,
		credentialId: ctx.getNode().credentials?.[account.credentialType]?.id ?? '',
		baseUrl: account.baseUrl,
		companyId: account.companyId,
		locationId,
	});
	return await cachedToken(
		key,
		async () => await exchangeForSubAccount(ctx, account, locationId, itemIndex),
		stale,
	);
}

/**
 * Whether this request goes out with a sub-account token, and for which sub-account. Only an agency credential
 * calling an endpoint that takes nothing but a sub-account token needs one; the sub-account is the request's,
 * else the node's Sub-Account field. Mismatches GHL would refuse are reported before any request.
 */
function subAccountFor(
	ctx: GhlContext,
	request: GhlRequest,
	account: GhlAccount,
	itemIndex: number,
): string | undefined {
	if (request.url) return undefined;
	const kind = tokenKindFor(request.method, request.path);
	const endpoint = `${request.method} ${request.path.split('?')[0]}`;
	if (account.kind === 'location') {
		if (kind !== 'agency') return undefined;
		throw new NodeOperationError(
			ctx.getNode(),
			`This operation (${endpoint}) needs an agency credential`,
			{
				itemIndex,
				description:
					'GHL accepts only an agency token here. Use a GoHighLevel credential of the agency: an OAuth2 connection with Account Type "Agency (Company)", or a Private Integration Token created in the agency settings ("Token Belongs To: Agency").',
			},
		);
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
		throw new NodeOperationError(
			ctx.getNode(),
			'"Sub-Account" is required with an agency credential',
			{
				itemIndex,
				description: `${endpoint} acts inside one sub-account: choose it in the node's Sub-Account field.`,
			},
		);
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
	const locationKey =
		subAccount ?? request.locationId ?? acct.locationId ?? acct.companyId ?? 'default';
	const limiter = request.url ? undefined : rateLimiterFor(`${acct.baseUrl}|${locationKey}`);
	if (limiter) limiter.share = acct.rateLimitShare ?? 1;
	// Some GHL endpoints require a JSON body that is an empty object, which n8n's HTTP helper would drop: it goes
	// as the text `{}` with the JSON content type instead.
	const emptyJson = isEmptyObject(request.body) && request.method !== 'GET';
	const options: IHttpRequestOptions = {
		method: request.method,
		url: request.url ?? `${acct.baseUrl}${request.path}`,
		headers: {
			Accept: 'application/json',
			...(request.url ? {} : { Version: apiVersionFor(request.method, request.path) }),
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
		const spent = limiter?.dailyBlock();
		if (spent) throw dailyLimitError(this, spent, request, itemIndex);
		// Got before the rate-limit slot: the exchange is a request of its own, in the agency's bucket.
		token = subAccount
			? await subAccountToken(this, acct, subAccount, itemIndex, refusedToken)
			: undefined;
		const answered = limiter ? await limiter.acquire() : undefined;
		const sentAt = Date.now();
		try {
			const response = (
				token
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
							)
			) as {
				statusCode?: number;
				status?: number;
				headers?: Record<string, unknown>;
				body?: unknown;
			};
			answered?.('counted');
			limiter?.observe(response.headers, sentAt);
			limiter?.observeDaily(response.headers);
			const body = typeof response.body === 'string' ? safeJson(response.body) : response.body;
			return {
				status: Number(response.statusCode ?? response.status ?? 200),
				headers: response.headers ?? {},
				body: (body && typeof body === 'object' ? body : { data: body ?? null }) as IDataObject,
			};
		} catch (error) {
			const failed = failedAttempt(error);
			// A 429 was not counted by GHL; anything else (a network failure too) may have been.
			answered?.(failed.status === 429 ? 'refused' : 'counted');
			limiter?.observe(failed.headers, sentAt);
			if (failed.status === 429) {
				limiter?.noteRefusal(failed.headers);
				limiter?.observeDaily(failed.headers, retryAfterMs(failed.headers));
				const spentNow = limiter?.dailyBlock();
				if (spentNow) throw dailyLimitError(this, spentNow, request, itemIndex);
			}
			if (token && failed.status === 401 && !refusedToken) {
				// The sub-account token died early (revoked, app reinstalled): get a new one, once.
				refusedToken = token;
				continue;
			}
			if (failed.status === 429 && rateLimitRetries < MAX_RATE_LIMIT_RETRIES) {
				// GHL did not process the request, so even a create may be sent again.
				await sleep(
					rateLimitRetryDelay(failed.headers, rateLimitRetries++, limiter?.intervalMs ?? 10_000),
				);
				continue;
			}
			if (serverRetries > 0 && request.method === 'DELETE' && isNotFound(failed)) {
				// An earlier attempt got no answer (network error, 5xx) and did delete: the thing is gone, as asked.
				return { status: 204, headers: failed.headers ?? {}, body: {} };
			}
			const transient = failed.status === undefined || failed.status >= 500;
			if (
				transient &&
				safeToResend(request.method, request.path) &&
				serverRetries < MAX_SERVER_ERROR_RETRIES
			) {
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

/** GHL's "not found": 404, or the 400 some endpoints answer with a "... not found" message. */
function isNotFound(failed: FailedAttempt): boolean {
	if (failed.status === 404) return true;
	return failed.status === 400 && /not found/i.test(ghlMessage(failed.body) ?? '');
}

function isEmptyObject(value: unknown): boolean {
	return (
		typeof value === 'object' &&
		value !== null &&
		!Array.isArray(value) &&
		Object.keys(value).length === 0
	);
}
