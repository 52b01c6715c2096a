import { FakeHttpError } from '../errors';
import { reply, type FakeHandler } from '../server';
import { newId, type TokenInfo } from '../store';

/** Issues an access token and a fresh single-use refresh token for the same grant. */
export function issueTokens(
	fake: Parameters<FakeHandler>[0]['fake'],
	grant: Omit<TokenInfo, 'source' | 'expiresAt'>,
) {
	const accessToken = `at-${newId()}`;
	const refreshToken = `rt-${newId()}`;
	fake.store.tokens.set(accessToken, {
		...grant,
		source: 'oauth',
		expiresAt: Date.now() + fake.accessTokenTtlSeconds * 1000,
	});
	fake.store.refreshTokens.set(refreshToken, { ...grant, source: 'oauth' });
	return {
		access_token: accessToken,
		token_type: 'Bearer',
		expires_in: fake.accessTokenTtlSeconds,
		refresh_token: refreshToken,
		scope: grant.scopes?.join(' ') ?? '',
		userType: grant.kind === 'agency' ? 'Company' : 'Location',
		...(grant.locationId ? { locationId: grant.locationId } : {}),
		companyId: grant.companyId,
		userId: 'user_owner',
	};
}

export const handlers: Record<string, FakeHandler> = {
	'get-access-token': (ctx) => {
		const body = ctx.req.body ?? {};
		const secret = ctx.fake.store.oauthClients.get(body.client_id);
		if (!secret || secret !== body.client_secret) {
			throw new FakeHttpError(401, 'Invalid client credentials', { error: 'invalid_client' });
		}
		if (body.grant_type === 'refresh_token') {
			const grant = ctx.fake.store.refreshTokens.get(body.refresh_token);
			// GHL refresh tokens are single-use: a second use of the same one fails and the grant is lost.
			if (!grant)
				throw new FakeHttpError(401, 'Invalid grant: refresh token is invalid', {
					error: 'invalid_grant',
				});
			ctx.fake.store.refreshTokens.delete(body.refresh_token);
			ctx.fake.store.global.set(
				'refreshCount',
				Number(ctx.fake.store.global.get('refreshCount') ?? 0) + 1,
			);
			return reply(200, issueTokens(ctx.fake, grant));
		}
		if (body.grant_type === 'authorization_code') {
			const grant = ctx.fake.store.authCodes.get(body.code);
			if (!grant)
				throw new FakeHttpError(401, 'Invalid grant: authorization code is invalid', {
					error: 'invalid_grant',
				});
			ctx.fake.store.authCodes.delete(body.code);
			return reply(200, issueTokens(ctx.fake, grant));
		}
		throw new FakeHttpError(422, `grant_type ${body.grant_type} is not supported by this app`);
	},
};

/** The marketplace app the fake's agency OAuth clients belong to (GHL client ids start with the app id). */
export const FAKE_APP_ID = '6578278e879ad2646715ba9c';

/** Sub-accounts the app is installed on, kept per location (install time). */
function installation(location: {
	collection: (name: string) => Map<string, any>;
}): { installedAt: string } | undefined {
	return location.collection('app').get('installation');
}

export function installApp(
	location: { collection: (name: string) => Map<string, any> },
	installedAt = new Date().toISOString(),
): void {
	location.collection('app').set('installation', { installedAt });
}

handlers['get-location-access-token'] = (ctx) => {
	// The server already allows only an agency OAuth token here (Agency-Access-Only).
	const token = ctx.token!;
	const body = ctx.req.body ?? {};
	if (body.companyId !== token.companyId)
		throw new FakeHttpError(403, 'The companyId does not match the agency of the token');
	const location = ctx.fake.store.location(String(body.locationId));
	if (!location || location.companyId !== token.companyId) {
		throw new FakeHttpError(400, 'Location not found under this company');
	}
	if (!installation(location))
		throw new FakeHttpError(400, 'This app is not installed on the location');
	ctx.fake.store.global.set(
		'locationTokenCount',
		Number(ctx.fake.store.global.get('locationTokenCount') ?? 0) + 1,
	);
	const accessToken = `lt-${newId()}`;
	ctx.fake.store.tokens.set(accessToken, {
		kind: 'location',
		locationId: location.id,
		companyId: location.companyId,
		scopes: token.scopes,
		source: 'locationToken',
		expiresAt: Date.now() + ctx.fake.accessTokenTtlSeconds * 1000,
	});
	return reply(200, {
		access_token: accessToken,
		token_type: 'Bearer',
		expires_in: ctx.fake.accessTokenTtlSeconds,
		scope: token.scopes?.join(' ') ?? '',
		locationId: location.id,
		userId: 'user_owner',
		appId: FAKE_APP_ID,
	});
};

handlers['get-installed-location'] = (ctx) => {
	const token = ctx.token!;
	const q = ctx.req.query as Record<string, string | undefined>;
	if (q.companyId !== token.companyId)
		throw new FakeHttpError(403, 'The companyId does not match the agency of the token');
	if (q.appId !== FAKE_APP_ID) throw new FakeHttpError(400, 'App not found');
	let locations = [...ctx.fake.store.locations.values()]
		.filter((l) => l.companyId === token.companyId)
		.map((l) => {
			const installed = installation(l);
			return {
				_id: l.id,
				name: String(l.profile.name ?? l.id),
				address: String(l.profile.address ?? ''),
				isInstalled: Boolean(installed),
				...(installed ? { installedAt: installed.installedAt } : {}),
			};
		});
	if (q.isInstalled !== undefined)
		locations = locations.filter((l) => l.isInstalled === (q.isInstalled === 'true'));
	if (q.query)
		locations = locations.filter((l) =>
			l.name.toLowerCase().includes(String(q.query).toLowerCase()),
		);
	if (q.locationId) locations = locations.filter((l) => l._id === q.locationId);
	const skip = Number(q.skip ?? 0);
	const limit = Number(q.limit ?? 20);
	return {
		locations: locations.slice(skip, skip + limit),
		count: locations.length,
		installToFutureLocations: false,
	};
};
