import { randomBytes } from 'crypto';

/** GHL-looking ids: 20 url-safe characters. */
export function newId(): string {
	return randomBytes(15).toString('base64').replace(/[+/=]/g, 'x').slice(0, 20);
}

export interface TokenInfo {
	kind: 'location' | 'agency';
	locationId?: string;
	companyId?: string;
	/** Epoch ms; undefined = never expires (Private Integration Tokens). */
	expiresAt?: number;
	/** Granted scopes; undefined = all. */
	scopes?: string[];
	/** How the token was made, for assertions. */
	source: 'pit' | 'oauth' | 'locationToken';
}

/** One sub-account's data. Areas keep their records in named collections, created on first use. */
export class LocationState {
	private readonly collections = new Map<string, Map<string, any>>();

	constructor(
		readonly id: string,
		readonly companyId: string,
		public profile: Record<string, unknown> = {},
	) {}

	collection<T = Record<string, any>>(name: string): Map<string, T> {
		let c = this.collections.get(name);
		if (!c) {
			c = new Map();
			this.collections.set(name, c);
		}
		return c as Map<string, T>;
	}
}

export class FakeStore {
	readonly locations = new Map<string, LocationState>();
	readonly tokens = new Map<string, TokenInfo>();
	/** Live refresh tokens; each is deleted when used, as GHL's are single-use. */
	readonly refreshTokens = new Map<string, TokenInfo>();
	readonly authCodes = new Map<string, TokenInfo>();
	readonly oauthClients = new Map<string, string>();
	/** Anything an area needs that is not per location (e.g. agency-level records). */
	readonly global = new Map<string, unknown>();

	addLocation(
		id: string,
		companyId = 'company_main',
		profile: Record<string, unknown> = {},
	): LocationState {
		const location = new LocationState(id, companyId, { id, companyId, name: id, ...profile });
		this.locations.set(id, location);
		return location;
	}

	location(id: string): LocationState | undefined {
		return this.locations.get(id);
	}

	/** A Private Integration Token for a sub-account or an agency. */
	addToken(
		token: string,
		info: Omit<TokenInfo, 'source'> & { source?: TokenInfo['source'] },
	): string {
		this.tokens.set(token, { source: 'pit', ...info });
		return token;
	}
}
