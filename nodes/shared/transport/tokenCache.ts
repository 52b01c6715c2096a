/**
 * Sub-account tokens an agency connection got from `POST /oauth/locationToken`, kept in this process's memory only
 * (never in output, static data, logs or errors), per credential and sub-account, until shortly before GHL's expiry.
 * A token lives about a day and every exchange counts against the agency's rate limit, so a process exchanges once
 * per sub-account, whatever the number of executions; callers at the same time share one exchange.
 */

export interface LocationToken {
	accessToken: string;
	/** When to stop using it: GHL's expiry less a margin. */
	expiresAt: number;
}

interface Entry {
	pending: Promise<LocationToken>;
	/** Set once the exchange answered. */
	token?: LocationToken;
}

/** Used until this long before GHL's expiry, so a long request never starts with a token about to die. */
export const TOKEN_EXPIRY_MARGIN_MS = 5 * 60_000;
/** Bounded, so an agency with thousands of sub-accounts cannot grow the process without end. */
const MAX_TOKENS = 2_000;

const tokens = new Map<string, Entry>();

/** The key of one credential's token for one sub-account: ids only, no secret. */
export function tokenKey(parts: {
	credentialType: string;
	credentialId: string;
	baseUrl: string;
	companyId?: string;
	locationId: string;
}): string {
	return [
		parts.credentialType,
		parts.credentialId,
		parts.baseUrl,
		parts.companyId ?? '',
		parts.locationId,
	].join('|');
}

/**
 * The cached token for `key`, else the result of `exchange` (once for all callers waiting on it). `stale` is a
 * token GHL refused (401): it is replaced by a new exchange, once, even if not expired.
 */
export async function cachedToken(
	key: string,
	exchange: () => Promise<{ accessToken: string; expiresInSeconds: number }>,
	stale?: LocationToken,
): Promise<LocationToken> {
	const cached = tokens.get(key);
	if (cached?.token && cached.token !== stale && cached.token.expiresAt > Date.now()) {
		touch(key, cached);
		return cached.token;
	}
	if (cached && !cached.token) return await cached.pending;
	const entry = {} as Entry;
	entry.pending = exchange().then(({ accessToken, expiresInSeconds }) => {
		const lifetime = expiresInSeconds * 1000;
		// A short-lived token keeps at least half its life as margin rather than none.
		const margin = Math.min(TOKEN_EXPIRY_MARGIN_MS, lifetime / 2);
		return (entry.token = { accessToken, expiresAt: Date.now() + lifetime - margin });
	});
	touch(key, entry);
	// A failed exchange is forgotten so the next item tries again; the caller still sees the failure.
	entry.pending.catch(() => {
		if (tokens.get(key) === entry) tokens.delete(key);
	});
	return await entry.pending;
}

function touch(key: string, entry: Entry): void {
	tokens.delete(key); // re-inserted: the most recently used stays longest
	tokens.set(key, entry);
	if (tokens.size > MAX_TOKENS) tokens.delete(tokens.keys().next().value as string);
}
