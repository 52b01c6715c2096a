import {
	RateLimiter,
	MAX_RETRY_AFTER_MS,
	rateLimitRetryDelay,
	retryAfterMs,
} from '../../nodes/shared/transport/rateLimiter';

/** GHL's answer headers for a window of `max` with `remaining` left. */
const ghlHeaders = (max: number, remaining: number) => ({
	'x-ratelimit-max': String(max),
	'x-ratelimit-interval-milliseconds': '10000',
	'x-ratelimit-remaining': String(remaining),
});

describe("RateLimiter: what GHL's headers add to the own window (clock set by the test)", () => {
	beforeEach(() => jest.useFakeTimers({ now: 1_000_000, doNotFake: ['nextTick', 'setImmediate'] }));
	afterEach(() => jest.useRealTimers());
	const at = (ms: number) => jest.setSystemTime(1_000_000 + ms);

	test('a stale Remaining that still counts an own request the window already dropped books no phantom', async () => {
		const limiter = new RateLimiter(100, 10_000);
		const first = await limiter.acquire(); // sent at 0, reaches GHL at ~50, answered at 100
		at(100);
		first('counted');
		limiter.observe(ghlHeaders(100, 99), 0);
		at(10_000);
		const second = await limiter.acquire(); // reaches GHL at 10,040: GHL still counts the first (50 + 10,000)
		at(10_200);
		second('counted');
		limiter.observe(ghlHeaders(100, 98), 10_000);
		// Only the second is in the window now; the 2 GHL counted were both ours.
		expect(limiter.available()).toBe(99);
	});

	test('requests of another client, seen in Remaining, take their slots', async () => {
		const limiter = new RateLimiter(100, 10_000);
		const release = await limiter.acquire();
		at(80);
		release('counted');
		limiter.observe(ghlHeaders(100, 69), 0); // 31 used: 1 ours, 30 someone else's
		expect(limiter.available()).toBe(69);
		at(10_081); // those 30 were learnt at 80: gone a window later, like ours
		expect(limiter.available()).toBe(100);
	});

	test('a later answer with the same count of others books nothing more', async () => {
		const limiter = new RateLimiter(100, 10_000);
		for (const [sent, remaining] of [
			[0, 69],
			[100, 68],
			[200, 67],
		]) {
			at(sent);
			const release = await limiter.acquire();
			at(sent + 50);
			release('counted');
			limiter.observe(ghlHeaders(100, remaining), sent);
		}
		expect(limiter.available()).toBe(100 - 3 - 30);
	});

	test("a 429's Remaining 0 says every slot not ours is someone else's", async () => {
		const limiter = new RateLimiter(10, 10_000);
		const own = await limiter.acquire();
		own('counted');
		const refused = await limiter.acquire();
		at(30);
		refused('refused');
		limiter.observe(ghlHeaders(10, 0), 0);
		expect(limiter.available()).toBe(0); // 1 own + at least 9 others
		at(10_031);
		expect(limiter.available()).toBe(10); // the refused request held no slot; the others' have left the window
	});

	test("a 429 lowers the process's own cap to 80 % of what it holds; a window of answers grows it by five", async () => {
		const limiter = new RateLimiter(100, 10_000);
		for (let i = 0; i < 50; i++) (await limiter.acquire())('counted');
		const inFlight = await Promise.all(Array.from({ length: 10 }, () => limiter.acquire()));
		inFlight[0]('refused');
		limiter.noteRefusal(ghlHeaders(100, 0)); // holds 59: may hold 47
		inFlight[1]('refused');
		limiter.noteRefusal(ghlHeaders(100, 0)); // the same burst's collision: no second cut
		inFlight[2]('refused');
		limiter.noteRefusal({ 'retry-after': '1' }); // a 429 that does not say the window is full: no cut
		for (const release of inFlight.slice(3)) release('counted');
		expect(limiter.available()).toBe(0);
		at(10_001);
		expect(limiter.available()).toBe(47);
		for (let i = 0; i < 47; i++) (await limiter.acquire())('counted');
		expect(limiter.available()).toBe(5); // 54 answers since the cut, one more per 10 (5 per window): 52 allowed now
	});

	test('Rate Limit Share: a process uses its part of the limit GHL reports', async () => {
		const limiter = new RateLimiter(100, 10_000, 0.5);
		expect(limiter.available()).toBe(50);
		limiter.observe({ 'x-ratelimit-max': '200' });
		expect(limiter.available()).toBe(100);
		// Another worker's requests count against GHL's whole window, not against this worker's share.
		limiter.observe(ghlHeaders(200, 120), Date.now()); // 80 used, none ours
		expect(limiter.available()).toBe(100);
		limiter.observe(ghlHeaders(200, 20), Date.now()); // 180 used
		expect(limiter.available()).toBe(20);
	});

	test("the daily limit: Remaining 0 blocks until the next 00:00 UTC, or until a 429's Retry-After", () => {
		const limiter = new RateLimiter();
		limiter.observeDaily({
			'X-RateLimit-Limit-Daily': '200000',
			'X-RateLimit-Daily-Remaining': '1',
		});
		expect(limiter.dailyBlock()).toBeUndefined();
		at(Date.UTC(2026, 11, 2, 13, 0) - 1_000_000);
		limiter.observeDaily({
			'X-RateLimit-Limit-Daily': '200000',
			'X-RateLimit-Daily-Remaining': '0',
		});
		expect(limiter.dailyBlock()).toEqual({
			until: Date.UTC(2026, 11, 3),
			limit: 200000,
			fromRetryAfter: false,
		});
		limiter.observeDaily({ 'X-RateLimit-Daily-Remaining': '0' }, 3_600_000);
		expect(limiter.dailyBlock()).toMatchObject({
			until: Date.UTC(2026, 11, 2, 14, 0),
			fromRetryAfter: true,
		});
		at(Date.UTC(2026, 11, 2, 14, 0) - 1_000_000);
		expect(limiter.dailyBlock()).toBeUndefined();
	});
});

describe('Retry-After', () => {
	test('seconds or an HTTP-date; anything else is ignored', () => {
		const now = Date.UTC(2026, 11, 2, 13, 0, 0);
		expect(retryAfterMs({ 'Retry-After': '3' }, now)).toBe(3000);
		expect(retryAfterMs({ 'retry-after': ['1.5'] }, now)).toBe(1500);
		expect(retryAfterMs({ 'retry-after': 'Wed, 02 Dec 2026 13:00:07 GMT' }, now)).toBe(7000);
		expect(retryAfterMs({ 'retry-after': 'Wed, 02 Dec 2026 12:00:00 GMT' }, now)).toBe(0);
		expect(retryAfterMs({ 'retry-after': 'soon' }, now)).toBeUndefined();
		expect(retryAfterMs({}, now)).toBeUndefined();
	});

	test('the wait is capped and jittered, so workers refused together do not come back together', () => {
		const waits = Array.from({ length: 20 }, () =>
			rateLimitRetryDelay({ 'Retry-After': '86400' }, 0, 10_000),
		);
		for (const wait of waits) {
			expect(wait).toBeGreaterThanOrEqual(MAX_RETRY_AFTER_MS);
			expect(wait).toBeLessThanOrEqual(MAX_RETRY_AFTER_MS * 1.25);
		}
		expect(new Set(waits).size).toBeGreaterThan(15);
		const named = rateLimitRetryDelay({ 'Retry-After': '2' }, 0, 10_000);
		expect(named).toBeGreaterThanOrEqual(2000);
		expect(named).toBeLessThanOrEqual(2500);
	});
});
