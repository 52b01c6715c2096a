import { sleep } from 'n8n-workflow';

/**
 * Client-side pacing for GHL's burst limit (100 requests / 10 s per app per location by default).
 * The limiter keeps a sliding window of send times and learns the real limit from GHL's
 * X-RateLimit-* headers, so a bulk run stays just under the limit instead of bouncing off 429s.
 */
export class RateLimiter {
	/**
	 * One entry per request in the window: the time it was sent, moved to the time its answer came back. GHL counts
	 * a request when it arrives, which is between the two, so a window counted from the answers never runs ahead of
	 * GHL's and needs no safety margin.
	 */
	private sentAt: Array<{ at: number }> = [];

	constructor(
		public max = 100,
		public intervalMs = 10_000,
	) {}

	/** Resolves when one more request fits in the window, and books it; call the result when the answer came. */
	async acquire(): Promise<() => void> {
		for (;;) {
			const now = Date.now();
			this.prune(now);
			if (this.sentAt.length < this.max) {
				const entry = { at: now };
				this.sentAt.push(entry);
				return () => {
					entry.at = Date.now();
				};
			}
			const oldest = Math.min(...this.sentAt.map((e) => e.at));
			await sleep(Math.max(oldest + this.intervalMs - now + 1, 1));
		}
	}

	/** Adopts the limit GHL reports, and the remaining count when others share the quota. */
	observe(headers: Record<string, unknown> | undefined): void {
		if (!headers) return;
		const max = headerNumber(headers, 'x-ratelimit-max');
		const interval = headerNumber(headers, 'x-ratelimit-interval-milliseconds');
		const remaining = headerNumber(headers, 'x-ratelimit-remaining');
		if (max !== undefined && max > 0) this.max = max;
		if (interval !== undefined && interval > 0) this.intervalMs = interval;
		if (remaining === undefined) return;
		const now = Date.now();
		this.prune(now);
		// Another client of the same location used part of the window: count its requests as ours.
		const missing = this.max - remaining - this.sentAt.length;
		for (let i = 0; i < missing; i++) this.sentAt.push({ at: now });
	}

	private prune(now: number): void {
		const horizon = now - this.intervalMs;
		if (this.sentAt.some((e) => e.at <= horizon)) this.sentAt = this.sentAt.filter((e) => e.at > horizon);
	}
}

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
	const raw = headers[name] ?? headers[name.toLowerCase()];
	const value = Array.isArray(raw) ? raw[0] : raw;
	if (value === undefined || value === null || value === '') return undefined;
	const parsed = Number(value);
	return Number.isFinite(parsed) ? parsed : undefined;
}

export { sleep };
