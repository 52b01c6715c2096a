import type { ILoadOptionsFunctions } from 'n8n-workflow';

import type { FakeGhl } from '../fake/server';

/**
 * Enough of n8n's load-options context to call a node's pickers and resource mappers against the fake as the
 * editor does: the node's current parameters (resource locators as `{ value }`), a sub-account Private
 * Integration Token, requests with their JSON body.
 */
export function editorContext(
	fake: FakeGhl,
	parameters: Record<string, unknown> = {},
	token = 'pit-location-main',
): ILoadOptionsFunctions {
	const ctx = {
		getNode: () => ({
			id: 'editor',
			name: 'Editor',
			type: 'editor',
			typeVersion: 1,
			position: [0, 0],
			parameters,
		}),
		getNodeParameter: (_name: string, fallback?: unknown) => fallback ?? 'privateIntegrationToken',
		getCurrentNodeParameter: (name: string) => {
			const value = parameters[name];
			return value && typeof value === 'object' && 'value' in value
				? (value as { value: unknown }).value
				: value;
		},
		getCredentials: async () => ({
			accessToken: token,
			accountType: 'location',
			locationId: 'loc_main',
			baseUrl: fake.url,
		}),
		helpers: {
			httpRequestWithAuthentication: async (
				_type: string,
				options: {
					method: string;
					url: string;
					qs?: Record<string, unknown>;
					headers?: Record<string, string>;
					body?: unknown;
				},
			) => {
				const url = new URL(options.url);
				for (const [k, v] of Object.entries(options.qs ?? {})) url.searchParams.set(k, String(v));
				const response = await fetch(url, {
					method: options.method,
					headers: {
						...options.headers,
						'Content-Type': 'application/json',
						Authorization: `Bearer ${token}`,
					},
					body: options.body === undefined ? undefined : JSON.stringify(options.body),
				});
				const body = await response.json();
				if (!response.ok)
					throw Object.assign(new Error(`HTTP ${response.status}`), {
						response: { status: response.status, data: body },
					});
				return { statusCode: response.status, headers: Object.fromEntries(response.headers), body };
			},
		},
	};
	return ctx as unknown as ILoadOptionsFunctions;
}

export const locator = (value: string, mode = 'id') => ({ __rl: true, mode, value });
