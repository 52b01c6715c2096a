import { sleep } from 'n8n-workflow';

/** How a request ended, for the window: GHL counted it, or refused it with 429 (not counted). */
export type Outcome = 'counted' | 'refused';

interface OwnRequest {
	sentAt: number;
	/** When the answer came; unset while in flight. */
	answeredAt?: number;
}

/**
 * Client-side pacing for GHL's burst limit (100 requests / 10 s per app per location by default).
 *
 * Two sources, both per process: this process's own requests (a sliding window), and what GHL's
 * `X-RateLimit-Remaining` says the whole window holds, which is the only thing all n8n processes share. From each
 * answer the limiter takes the *fewest* requests of other clients GHL's count allows, given that each of its own
 * requests reached GHL at some time between being sent and being answered, and holds that many slots for them until
 * a fresher answer says otherwise (or a window passes). Its own requests are never taken for someone else's, so a
 * stale header books no phantom requests.
 */
export class RateLimiter {
	private own: OwnRequest[] = [];
	/** Requests of other clients (other n8n workers, other apps of the same token), by when they were learnt. */
	private others: number[] = [];
	/** Own cap after a 429 (see backOff); undefined when not backed off. */
	private backedOffLimit?: number;
	private lastBackOff = 0;
	private answersSinceGrowth = 0;
	/** Send time of the request whose answer last set `others`. */
	private latestObserved = 0;
	private waiters: Array<() => void> = [];
	/** Until when GHL said the day's quota is spent, and the daily limit it named. */
	dailySpent?: { until: number; limit?: number; fromRetryAfter: boolean };

	constructor(
		public max = 100,
		public intervalMs = 10_000,
		/** The part of the limit this process may use (0–1]: a setting for workers that cannot see each other in time. */
		public share = 1,
	) {}

	/** Requests this process lets into one window. */
	get limit(): number {
		return Math.max(1, Math.floor(this.max * Math.min(Math.max(this.share, 0.01), 1)));
	}

	/** How many more requests fit in the window now. */
	available(now = Date.now()): number {
		this.prune(now);
		return this.roomAt(now);
	}

	/** Room left: within this process's share, and within GHL's whole window beside the other clients' requests. */
	private roomAt(now: number): number {
		const own = this.ownInWindow(now);
		const mine = Math.min(this.limit, this.backedOffLimit ?? Infinity);
		return Math.max(Math.min(mine - own, this.max - own - this.others.length), 0);
	}

	/**
	 * A 429 means another worker took a slot this process counted as free: the two cannot see each other in time.
	 * Like TCP's congestion control, the refused process lowers its own cap to 80 % of what it holds (once per
	 * interval/10, not per refused request of the same burst) and grows it back by GROWTH_PER_WINDOW requests per window
	 * of answers,
	 * so workers sharing a sub-account settle on shares of it instead of refusing each other again and again.
	 */
	noteRefusal(headers: Record<string, unknown> | undefined): void {
		// Only a 429 that says the window is full is a collision with another client; other 429s get a plain retry.
		if (headers && headerNumber(headers, 'x-ratelimit-remaining') === 0) this.backOff(Date.now());
	}

	private backOff(now: number): void {
		if (now - this.lastBackOff < this.intervalMs / 10) return;
		this.lastBackOff = now;
		this.backedOffLimit = Math.max(1, Math.floor(this.ownInWindow(now) * 0.8));
		this.answersSinceGrowth = 0;
	}

	private growBack(): void {
		if (this.backedOffLimit === undefined) return;
		if (++this.answersSinceGrowth < Math.ceil(this.backedOffLimit / GROWTH_PER_WINDOW)) return;
		this.answersSinceGrowth = 0;
		this.backedOffLimit++;
		if (this.backedOffLimit >= this.limit) this.backedOffLimit = undefined;
	}

	/** Resolves when one more request fits in the window, and books it; call the result with how it ended. */
	async acquire(): Promise<(outcome?: Outcome) => void> {
		for (;;) {
			const now = Date.now();
			this.prune(now);
			if (this.roomAt(now) > 0) {
				const entry: OwnRequest = { sentAt: now };
				this.own.push(entry);
				return (outcome = 'counted') => {
					if (outcome === 'refused') {
						this.own = this.own.filter((e) => e !== entry);
					} else {
						entry.answeredAt = Date.now();
						this.growBack();
					}
					this.wakeAll();
				};
			}
			await this.nextChange(now);
		}
	}

	/**
	 * Learns from an answer's headers: the limit and window GHL reports, and how many requests of other clients its
	 * window holds. `sentAt` is when the request that carried the answer was sent (a 429 included: its
	 * `Remaining: 0` says the window was full when it arrived).
	 */
	observe(headers: Record<string, unknown> | undefined, sentAt?: number): void {
		if (!headers) return;
		const max = headerNumber(headers, 'x-ratelimit-max');
		const interval = headerNumber(headers, 'x-ratelimit-interval-milliseconds');
		if (max !== undefined && max > 0) this.max = max;
		if (interval !== undefined && interval > 0) this.intervalMs = interval;
		const remaining = headerNumber(headers, 'x-ratelimit-remaining');
		if (remaining === undefined || sentAt === undefined) return;
		const now = Date.now();
		this.prune(now);
		// GHL counted this request between sentAt and now. At most these own requests were in its window then:
		// answered after (sentAt - interval) and sent before now.
		const ownAtMost = this.own.filter(
			(e) => (e.answeredAt ?? Infinity) > sentAt - this.intervalMs && e.sentAt < now,
		).length;
		const othersAtLeast = this.max - remaining - ownAtMost;
		// Only the freshest answer speaks for the window: one that overtook it on the way back is older news.
		if (sentAt < this.latestObserved) return;
		this.latestObserved = sentAt;
		// Other workers keep their slots filled as they free up, so the count is taken as current: stamped now.
		this.others = othersAtLeast > 0 ? new Array<number>(othersAtLeast).fill(now) : [];
	}

	/** Records what GHL says of the day's quota; `retryAfterMs` is the wait a 429 named, if any. */
	observeDaily(headers: Record<string, unknown> | undefined, retryAfterMs?: number): void {
		if (!headers) return;
		const remaining = headerNumber(headers, 'x-ratelimit-daily-remaining');
		if (remaining === undefined || remaining > 0) return;
		const limit = headerNumber(headers, 'x-ratelimit-limit-daily');
		// GHL does not say when its day starts; a Retry-After on the 429 is the best clue, else the next 00:00 UTC.
		const until =
			retryAfterMs !== undefined && retryAfterMs > 0
				? Date.now() + retryAfterMs
				: nextUtcMidnight(Date.now());
		this.dailySpent = {
			until,
			limit,
			fromRetryAfter: retryAfterMs !== undefined && retryAfterMs > 0,
		};
	}

	/** The daily block, if it still holds. */
	dailyBlock(): RateLimiter['dailySpent'] {
		if (this.dailySpent && this.dailySpent.until <= Date.now()) this.dailySpent = undefined;
		return this.dailySpent;
	}

	/** Own requests still in the window: in flight, or answered less than an interval ago (GHL counted them earlier). */
	private ownInWindow(now: number): number {
		const horizon = now - this.intervalMs;
		let count = 0;
		for (const e of this.own) if (e.answeredAt === undefined || e.answeredAt > horizon) count++;
		return count;
	}

	private prune(now: number): void {
		// Own requests are remembered for two intervals: observe() needs those GHL may still have counted.
		const history = now - 2 * this.intervalMs;
		if (this.own.some((e) => e.answeredAt !== undefined && e.answeredAt <= history)) {
			this.own = this.own.filter((e) => e.answeredAt === undefined || e.answeredAt > history);
		}
		const horizon = now - this.intervalMs;
		if (this.others.length && this.others[0] <= horizon)
			this.others = this.others.filter((at) => at > horizon);
	}

	/** Waits until the window may have room: the next expiry, or an answer of one of our requests in flight. */
	private async nextChange(now: number): Promise<void> {
		const expiries = [
			...this.own
				.filter((e) => e.answeredAt !== undefined && e.answeredAt > now - this.intervalMs)
				.map((e) => e.answeredAt! + this.intervalMs),
			...this.others.map((at) => at + this.intervalMs),
		];
		const wait = expiries.length ? Math.max(Math.min(...expiries) - now + 1, 1) : this.intervalMs;
		// Whichever comes first; a sleep that lost the race just ends later, holding nothing.
		await Promise.race([sleep(wait), new Promise<void>((resolve) => this.waiters.push(resolve))]);
	}

	private wakeAll(): void {
		const waiters = this.waiters;
		this.waiters = [];
		for (const wake of waiters) wake();
	}
}

function nextUtcMidnight(now: number): number {
	const date = new Date(now);
	return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() + 1);
}

/** Requests a backed-off cap grows by per window of answers. */
const GROWTH_PER_WINDOW = 5;

const limiters = new Map<string, RateLimiter>();

/** One limiter per API host and location (or agency), shared by every node and execution in the process. */
export function rateLimiterFor(key: string): RateLimiter {
	let limiter = limiters.get(key);
	if (!limiter) {
		limiter = new RateLimiter();
		limiters.set(key, limiter);
	}
	return limiter;
}

export function headerNumber(headers: Record<string, unknown>, name: string): number | undefined {
	const raw = headerValue(headers, name);
	if (raw === undefined || raw === '') return undefined;
	const parsed = Number(raw);
	return Number.isFinite(parsed) ? parsed : undefined;
}

function headerValue(headers: Record<string, unknown>, name: string): string | undefined {
	const lower = name.toLowerCase();
	let raw = headers[name] ?? headers[lower];
	if (raw === undefined) {
		const key = Object.keys(headers).find((k) => k.toLowerCase() === lower);
		raw = key === undefined ? undefined : headers[key];
	}
	const value = Array.isArray(raw) ? raw[0] : raw;
	return value === undefined || value === null ? undefined : String(value).trim();
}

/** Longest wait a `Retry-After` may impose on a burst 429: GHL's window is 10 s; more means something else is wrong. */
export const MAX_RETRY_AFTER_MS = 60_000;

/** `Retry-After` as milliseconds: delta-seconds or an HTTP-date; undefined when absent or unreadable. */
export function retryAfterMs(
	headers: Record<string, unknown> | undefined,
	now = Date.now(),
): number | undefined {
	const raw = headers ? headerValue(headers, 'retry-after') : undefined;
	if (!raw) return undefined;
	if (/^\d+(\.\d+)?$/.test(raw)) return Number(raw) * 1000;
	const at = Date.parse(raw);
	return Number.isFinite(at) ? Math.max(at - now, 0) : undefined;
}

/**
 * The wait after a burst 429: GHL's `Retry-After` (seconds or HTTP-date) capped at MAX_RETRY_AFTER_MS, else a
 * backoff within the window; plus jitter, so workers refused together do not come back together.
 */
export function rateLimitRetryDelay(
	headers: Record<string, unknown> | undefined,
	attempt: number,
	intervalMs: number,
): number {
	const named = retryAfterMs(headers);
	const base = Math.min(named ?? (intervalMs / 20) * 2 ** attempt, MAX_RETRY_AFTER_MS);
	return base + Math.random() * Math.max(250, base / 4);
}

export { sleep };
