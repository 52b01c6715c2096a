import { readdirSync } from 'fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'http';
import type { AddressInfo } from 'net';
import { join } from 'path';

import { FakeHttpError } from './errors';
import { parseMultipart, type FakeUploadedFile } from './multipart';
import { GhlSpec, violationResponse, type SpecOperation, type SpecViolation } from './spec';
import { FakeStore, type LocationState, type TokenInfo } from './store';

export interface FakeRequest {
	method: string;
	path: string;
	query: Record<string, string | string[]>;
	headers: Record<string, string | string[] | undefined>;
	body: any;
	params: Record<string, string>;
	/** Files of a multipart/form-data body, with their exact bytes (the text fields are in `body`). */
	files?: FakeUploadedFile[];
}

export interface FakeContext {
	fake: FakeGhl;
	req: FakeRequest;
	operation: SpecOperation;
	/** The caller's token; undefined only for endpoints without security (the OAuth token endpoint). */
	token?: TokenInfo;
	/** The sub-account the request acts on (path, query or body `locationId`, else the token's), access checked. */
	location(): LocationState;
}

/** A handler answers with a body (200), or with reply(status, body). */
export type FakeHandler = (ctx: FakeContext) => unknown;

export class Reply {
	constructor(
		readonly status: number,
		readonly body: unknown,
		readonly headers: Record<string, string> = {},
	) {}
}
export const reply = (status: number, body: unknown, headers?: Record<string, string>) =>
	new Reply(status, body, headers);

export interface RecordedRequest extends FakeRequest {
	operationId?: string;
	status: number;
	at: number;
}

export interface Fault {
	method?: string;
	/** Matches the request path: exact string, or a RegExp. */
	path?: string | RegExp;
	status?: number;
	body?: unknown;
	headers?: Record<string, string>;
	/** Delay before answering (slow response). */
	delayMs?: number;
	/** Never answer (a timeout on the client side). */
	hang?: boolean;
	/** Process the request, then answer with the fault (the "response lost" case). */
	afterProcessing?: boolean;
	/** How many matching requests it hits; default unlimited. */
	times?: number;
	/** Share of matching requests it hits (seeded, repeatable); default 1. */
	probability?: number;
}

export interface RateLimitSettings {
	max: number;
	intervalMs: number;
	daily: number;
	enabled: boolean;
}

function loadHandlers(): Map<string, FakeHandler> {
	const handlers = new Map<string, FakeHandler>();
	const dir = join(__dirname, 'handlers');
	for (const file of readdirSync(dir).sort()) {
		if (!/\.(ts|js)$/.test(file) || file.endsWith('.d.ts') || file.endsWith('.test.ts')) continue;
		// eslint-disable-next-line @typescript-eslint/no-var-requires
		const module = require(join(dir, file));
		const table = (module.handlers ?? module.default ?? {}) as Record<string, FakeHandler>;
		for (const [operationId, handler] of Object.entries(table)) {
			if (handlers.has(operationId)) throw new Error(`Two fake handlers for ${operationId}`);
			handlers.set(operationId, handler);
		}
	}
	return handlers;
}

/** Deterministic pseudo-random numbers, so fault injection repeats run after run. */
function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state * 1664525 + 1013904223) >>> 0;
		return state / 2 ** 32;
	};
}

/**
 * A stateful stand-in for GoHighLevel's API on 127.0.0.1: every request is validated against the official
 * OpenAPI specs (violations are answered as GHL would and recorded), tokens are checked as GHL checks them,
 * rate limits are enforced with GHL's headers, and faults can be injected. Its own answers are checked against
 * the operations' documented responses too (./spec/responses.ts); a mismatch is recorded in `violations`.
 */
export class FakeGhl {
	readonly store = new FakeStore();
	readonly requests: RecordedRequest[] = [];
	readonly violations: Array<SpecViolation & { method: string; path: string }> = [];
	readonly rateLimit: RateLimitSettings = {
		max: 100,
		intervalMs: 10_000,
		daily: 200_000,
		enabled: true,
	};
	private readonly faults: Array<Fault & { hits: number }> = [];
	private readonly windows = new Map<string, number[]>();
	private readonly daily = new Map<string, number>();
	private random = seededRandom(42);
	private server?: Server;
	private readonly sockets = new Set<import('net').Socket>();
	url = '';
	/** Lifetime of OAuth access tokens it issues, in seconds (GHL: 86,399). */
	accessTokenTtlSeconds = 86_399;

	private constructor(
		readonly spec: GhlSpec,
		private readonly handlers: Map<string, FakeHandler>,
	) {}

	static async start(
		options: { port?: number; host?: string; seed?: boolean } = {},
	): Promise<FakeGhl> {
		const fake = new FakeGhl(await GhlSpec.load(), loadHandlers());
		if (options.seed !== false) fake.seedDefaults();
		await fake.listen(options.port ?? 0, options.host ?? '127.0.0.1');
		return fake;
	}

	/** One agency with one sub-account and a Private Integration Token for each. */
	seedDefaults(): void {
		this.store.addLocation('loc_main', 'company_main', {
			name: 'Main Street Dental',
			timezone: 'America/New_York',
		});
		this.store.addToken('pit-location-main', {
			kind: 'location',
			locationId: 'loc_main',
			companyId: 'company_main',
		});
		this.store.addToken('pit-agency-main', { kind: 'agency', companyId: 'company_main' });
		this.store.oauthClients.set('client-main', 'client-secret-main');
	}

	handlerFor(operationId: string): FakeHandler | undefined {
		return this.handlers.get(operationId);
	}

	inject(fault: Fault): void {
		this.faults.push({ ...fault, hits: 0 });
	}

	clearFaults(): void {
		this.faults.length = 0;
	}

	/** Forget recorded requests, violations and rate-limit windows (state stays). */
	resetLog(): void {
		this.requests.length = 0;
		this.violations.length = 0;
		this.windows.clear();
		this.random = seededRandom(42);
	}

	/** Requests whose path matches, e.g. requestsTo('POST', '/contacts/'). */
	requestsTo(method: string, path: string | RegExp): RecordedRequest[] {
		return this.requests.filter(
			(r) =>
				r.method === method && (typeof path === 'string' ? r.path === path : path.test(r.path)),
		);
	}

	/** Every OAuth access token it issued so far expires now. */
	expireAccessTokens(): void {
		for (const info of this.store.tokens.values()) {
			if (info.source !== 'pit') info.expiresAt = Date.now() - 1;
		}
	}

	async stop(): Promise<void> {
		for (const socket of this.sockets) socket.destroy();
		await new Promise<void>((resolve) =>
			this.server ? this.server.close(() => resolve()) : resolve(),
		);
	}

	private async listen(port: number, host: string): Promise<void> {
		this.server = createServer((req, res) => void this.handle(req, res));
		this.server.on('connection', (socket) => {
			this.sockets.add(socket);
			socket.on('close', () => this.sockets.delete(socket));
		});
		await new Promise<void>((resolve) => this.server!.listen(port, host, resolve));
		const address = this.server.address() as AddressInfo;
		this.url = `http://${host}:${address.port}`;
	}

	private matchFault(method: string, path: string): (Fault & { hits: number }) | undefined {
		for (const fault of this.faults) {
			if (fault.method && fault.method !== method) continue;
			if (
				fault.path &&
				(typeof fault.path === 'string' ? fault.path !== path : !fault.path.test(path))
			)
				continue;
			if (fault.times !== undefined && fault.hits >= fault.times) continue;
			if (fault.probability !== undefined && this.random() >= fault.probability) continue;
			fault.hits++;
			return fault;
		}
		return undefined;
	}

	private rateLimitHeaders(key: string): { headers: Record<string, string>; limited: boolean } {
		const now = Date.now();
		const window = (this.windows.get(key) ?? []).filter((t) => t > now - this.rateLimit.intervalMs);
		// GHL refuses once the day's quota is spent, as it does above the burst limit; a refused request is not counted.
		const dailySpent = (this.daily.get(key) ?? 0) >= this.rateLimit.daily;
		const limited = this.rateLimit.enabled && (window.length >= this.rateLimit.max || dailySpent);
		if (!limited) window.push(now);
		this.windows.set(key, window);
		const used = (this.daily.get(key) ?? 0) + (limited ? 0 : 1);
		this.daily.set(key, used);
		return {
			limited,
			headers: {
				'X-RateLimit-Limit-Daily': String(this.rateLimit.daily),
				'X-RateLimit-Daily-Remaining': String(Math.max(this.rateLimit.daily - used, 0)),
				'X-RateLimit-Interval-Milliseconds': String(this.rateLimit.intervalMs),
				'X-RateLimit-Max': String(this.rateLimit.max),
				'X-RateLimit-Remaining': String(Math.max(this.rateLimit.max - window.length, 0)),
			},
		};
	}

	private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
		const url = new URL(req.url ?? '/', 'http://fake');
		const raw = await readBody(req);
		const contentType = String(req.headers['content-type'] ?? '');
		let body: any = undefined;
		let files: FakeUploadedFile[] | undefined;
		if (raw.length) {
			if (contentType.includes('multipart/form-data')) {
				// Validated like GHL's parser sees it: text fields ("true"/"false" read as booleans, as form
				// parsers do), and each file as a field of its own.
				const parsed = parseMultipart(raw, contentType);
				files = parsed.files;
				const fields = Object.fromEntries(
					Object.entries(parsed.fields).map(([k, v]) => [
						k,
						v === 'true' ? true : v === 'false' ? false : v,
					]),
				);
				body = {
					...fields,
					...Object.fromEntries(parsed.files.map((f) => [f.field, `<${f.data.length} bytes>`])),
				};
			} else if (contentType.includes('application/x-www-form-urlencoded')) {
				body = Object.fromEntries(new URLSearchParams(raw.toString('utf8')));
			} else {
				try {
					body = JSON.parse(raw.toString('utf8'));
				} catch {
					body = raw.toString('utf8');
				}
			}
		}
		const query: Record<string, string | string[]> = {};
		for (const key of new Set(url.searchParams.keys())) {
			const all = url.searchParams.getAll(key);
			query[key] = all.length > 1 ? all : all[0];
		}
		const request: FakeRequest = {
			method: (req.method ?? 'GET').toUpperCase(),
			path: url.pathname,
			query,
			headers: req.headers,
			body,
			params: {},
			...(files ? { files } : {}),
		};
		const record: RecordedRequest = { ...request, status: 0, at: Date.now() };
		this.requests.push(record);

		let answering: SpecOperation | undefined;
		const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
			record.status = status;
			// Every answer to a spec operation is checked against its documented responses, like requests are.
			if (answering) {
				for (const v of this.spec.validateResponse(answering, status, payload)) {
					this.violations.push({ ...v, method: request.method, path: request.path });
				}
			}
			const text = payload === undefined ? '' : JSON.stringify(payload);
			res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
			res.end(text);
		};

		if (url.pathname.startsWith('/__fake/')) {
			send(404, { message: 'no such control endpoint' });
			return;
		}

		const { operation, violations } = this.spec.validate(request);
		if (operation) {
			record.operationId = operation.operationId;
			request.params = operation.pathParams;
		}
		if (violations.length) {
			for (const v of violations)
				this.violations.push({ ...v, method: request.method, path: request.path });
			const answer = violationResponse(violations);
			send(answer.status, answer.body);
			return;
		}
		if (!operation) {
			send(404, { statusCode: 404, message: `Cannot ${request.method} ${request.path}` });
			return;
		}
		answering = operation;

		const token = this.authenticate(request, operation);
		if (token instanceof FakeHttpError) {
			send(token.status, token.body);
			return;
		}

		const limitKey = token ? (token.locationId ?? token.companyId ?? 'anonymous') : 'oauth';
		const limit = token ? this.rateLimitHeaders(limitKey) : { headers: {}, limited: false };
		if (limit.limited) {
			send(
				429,
				{ statusCode: 429, message: 'Too Many Requests' },
				{ ...limit.headers, 'Retry-After': '1' },
			);
			return;
		}

		const fault = this.matchFault(request.method, request.path);
		if (fault?.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
		if (fault?.hang) return; // the client times out; the socket is destroyed at stop()
		if (fault && !fault.afterProcessing && fault.status) {
			send(fault.status, fault.body ?? { statusCode: fault.status, message: 'Injected fault' }, {
				...limit.headers,
				...fault.headers,
			});
			return;
		}

		const handler = this.handlers.get(operation.operationId);
		if (!handler) {
			send(501, {
				statusCode: 501,
				message: `The fake does not implement ${operation.operationId}`,
			});
			return;
		}
		const ctx: FakeContext = {
			fake: this,
			req: request,
			operation,
			token,
			location: () => this.locationFor(request, token),
		};
		try {
			const result = await handler(ctx);
			if (fault?.afterProcessing && fault.status) {
				send(
					fault.status,
					fault.body ?? { statusCode: fault.status, message: 'Injected fault' },
					limit.headers,
				);
				return;
			}
			if (result instanceof Reply)
				send(result.status, result.body, { ...limit.headers, ...result.headers });
			else send(successStatus(operation), result, limit.headers);
		} catch (error) {
			if (error instanceof FakeHttpError) send(error.status, error.body, limit.headers);
			else
				send(
					500,
					{ statusCode: 500, message: `Fake handler failed: ${(error as Error).message}` },
					limit.headers,
				);
		}
	}

	/** GHL's token checks: present, known, not expired, the right kind for the endpoint, the scopes it needs. */
	private authenticate(
		request: FakeRequest,
		operation: SpecOperation,
	): TokenInfo | FakeHttpError | undefined {
		// Only the token endpoint itself is open; GHL wants a token everywhere else, spec entry or not.
		if (operation.operationId === 'get-access-token') return undefined;
		const header = String(request.headers.authorization ?? '');
		const token = header.replace(/^Bearer\s+/i, '');
		const info = this.store.tokens.get(token);
		if (!info) return new FakeHttpError(401, 'Invalid JWT');
		if (info.expiresAt !== undefined && info.expiresAt < Date.now())
			return new FakeHttpError(401, 'Invalid JWT');

		const schemes = operation.security.map((s) => s.scheme);
		if (!schemes.length) return info; // the spec names no scheme: any valid token
		const allowsAgency = schemes.some((s) => s.startsWith('Agency-Access'));
		const allowsLocation = schemes.some((s) => s === 'bearer' || s.startsWith('Location-Access'));
		if (info.kind === 'agency' && !allowsAgency) {
			return new FakeHttpError(
				401,
				'This route is not yet supported by the IAM Service: use a Sub-Account token',
			);
		}
		if (info.kind === 'location' && !allowsLocation) {
			return new FakeHttpError(
				401,
				'The token is not authorized for this scope: an Agency token is required',
			);
		}
		if (
			info.kind === 'agency' &&
			schemes.every((s) => s === 'Agency-Access-Only') &&
			info.source === 'pit'
		) {
			return new FakeHttpError(
				401,
				'This route needs an OAuth access token of an Agency, not a Private Integration Token',
			);
		}
		const needed = operation.security.flatMap((s) => s.scopes);
		if (info.scopes && needed.length && !needed.some((s) => info.scopes!.includes(s))) {
			return new FakeHttpError(
				403,
				`The token is not authorized for this scope. Needs one of: ${needed.join(', ')}`,
			);
		}
		return info;
	}

	private locationFor(request: FakeRequest, token: TokenInfo | undefined): LocationState {
		const body = request.body && typeof request.body === 'object' ? request.body : {};
		const asked =
			request.params.locationId ??
			(typeof request.query.locationId === 'string' ? request.query.locationId : undefined) ??
			(typeof body.locationId === 'string' ? body.locationId : undefined) ??
			token?.locationId;
		if (!asked) throw new FakeHttpError(400, 'locationId is required');
		const location = this.store.location(asked);
		if (token?.kind === 'location' && token.locationId !== asked) {
			throw new FakeHttpError(403, 'The token does not have access to this location');
		}
		if (token?.kind === 'agency' && location && location.companyId !== token.companyId) {
			throw new FakeHttpError(403, 'The agency does not have access to this location');
		}
		if (!location) throw new FakeHttpError(403, 'The token does not have access to this location');
		return location;
	}
}

/** What a handler's plain return value is sent as: the 2xx the spec declares (NestJS: 201 for POST, else 200). */
function successStatus(operation: SpecOperation): number {
	const usual = operation.method === 'POST' ? 201 : 200;
	const declared = operation.responseStatuses.filter((s) => /^2\d\d$/.test(s)).map(Number);
	return declared.includes(usual) || declared.length === 0 ? usual : declared[0];
}

function readBody(req: IncomingMessage): Promise<Buffer> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		req.on('data', (c: Buffer) => chunks.push(c));
		req.on('end', () => resolve(Buffer.concat(chunks)));
		req.on('error', reject);
	});
}
