/**
 * The `Version` header GHL expects, by request path. The spec gives it per operation; it is 2021-04-15 for the APIs
 * below and 2021-07-28 for every other one. Checked against every operation of every spec file in
 * test/transport/apiVersion.test.ts.
 */
const APRIL_2021_PATH_PREFIXES = [
	'/calendars',
	'/conversations',
	'/conversation-ai',
	'/agent-studio',
	'/knowledge-bases',
	'/voice-ai',
	'/saas-api',
	'/saas',
	// The links API is on 2021-07-28 except its search.
	'/links/search',
];

const API_VERSION_2021_04_15 = '2021-04-15';
const API_VERSION_2021_07_28 = '2021-07-28';

export function apiVersionFor(path: string): string {
	const pathOnly = path.split('?')[0];
	const isApril = APRIL_2021_PATH_PREFIXES.some((prefix) => pathOnly === prefix || pathOnly.startsWith(`${prefix}/`));
	return isApril ? API_VERSION_2021_04_15 : API_VERSION_2021_07_28;
}
