import type { ILoadOptionsFunctions } from 'n8n-workflow';

import type { FakeGhl } from '../fake/server';

/**
 * Just enough of n8n's load-options context to call a node's list search against the fake, as the editor does:
 * a Private Integration Token credential of the sub-account, sent as n8n's authenticated helper would.
 */
export function pickerContext(
	fake: FakeGhl,
	token = 'pit-location-main',
	locationId = 'loc_main',
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
		getCurrentNodeParameter: () => undefined,
		getCredentials: async () => ({
			accessToken: token,
			accountType: 'location',
			locationId,
			baseUrl: fake.url,
		}),
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
