import type { IDataObject, ILoadOptionsFunctions } from 'n8n-workflow';

import type { FakeGhl, RecordedRequest } from '../fake/server';
import type { TokenInfo } from '../fake/store';
import type { HarnessNode } from '../harness/engine';
import type { GhlTestBed } from '../harness/ghl';

/** Runs the Sub-Accounts node with one credential; `authentication` follows the credential's type. */
export function subAccountsRunner(ghl: GhlTestBed) {
	return (
		credentialId: string,
		parameters: IDataObject,
		items: object[] = [{}],
		extra: Partial<HarnessNode> = {},
	) =>
		ghl.harness.runNode(
			{
				type: 'goHighLevelSubAccounts',
				credentialId,
				parameters: {
					authentication: credentialId.startsWith('oauth') ? 'oAuth2' : 'privateIntegrationToken',
					...parameters,
				},
				...extra,
			},
			items,
		);
}

/** The fake's record of the token a request carried. */
export function tokenOf(fake: FakeGhl, request: RecordedRequest): TokenInfo | undefined {
	return fake.store.tokens.get(String(request.headers.authorization ?? '').replace(/^Bearer /, ''));
}

/**
 * Every request went out with a token of a kind the spec's `security` entry for its operation allows: an agency token
 * only where an `Agency-Access*` scheme is listed, a sub-account token only where `bearer` / `Location-Access` is.
 */
export function expectTokensFitSpec(fake: FakeGhl): void {
	for (const request of fake.requests) {
		const schemes = fake.spec.match(request.method, request.path)!.security.map((s) => s.scheme);
		if (!schemes.length) continue;
		const kind = tokenOf(fake, request)?.kind;
		const allowed = schemes.some((s) =>
			kind === 'agency'
				? s.startsWith('Agency-Access')
				: s === 'bearer' || s.startsWith('Location-Access'),
		);
		expect({ request: `${request.method} ${request.path}`, kind, allowed }).toEqual({
			request: `${request.method} ${request.path}`,
			kind,
			allowed: true,
		});
	}
}

/**
 * Enough of n8n's load-options context to call a picker against the fake with a Private Integration Token:
 * `credentials` is what the token credential holds, `current` the node's parameters the picker reads.
 */
export function pickerContext(
	fake: FakeGhl,
	token: string,
	credentials: IDataObject,
	current: IDataObject = {},
): ILoadOptionsFunctions {
	const ctx = {
		getNode: () => ({
			id: 'picker',
			name: 'Picker',
			type: 'picker',
			typeVersion: 1,
			position: [0, 0],
			parameters: {},
		}),
		getNodeParameter: (_name: string, fallback?: unknown) => fallback ?? 'privateIntegrationToken',
		getCurrentNodeParameter: (name: string) => current[name],
		getCredentials: async () => ({ accessToken: token, baseUrl: fake.url, ...credentials }),
		helpers: {
			httpRequestWithAuthentication: async (
				_type: string,
				options: {
					method: string;
					url: string;
					qs?: Record<string, string>;
					headers?: Record<string, string>;
				},
			) => {
				const url = new URL(options.url);
				for (const [k, v] of Object.entries(options.qs ?? {})) url.searchParams.set(k, String(v));
				const response = await fetch(url, {
					method: options.method,
					headers: { ...options.headers, Authorization: `Bearer ${token}` },
				});
				return {
					statusCode: response.status,
					headers: Object.fromEntries(response.headers),
					body: await response.json(),
				};
			},
		},
	};
	return ctx as unknown as ILoadOptionsFunctions;
}
