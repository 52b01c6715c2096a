import { readFileSync } from 'fs';

import {
	apiVersionFor,
	endpointFor,
	ENDPOINTS,
	scopesFor,
	tokenKindFor,
	type TokenKind,
} from '../../nodes/shared/catalog';
import { catalogFile, readSpecs, renderCatalog } from '../../scripts/generate-endpoint-catalog';
import { defaultSpecDir, GhlSpec } from '../fake/spec';

const sample = (template: string) => template.replace(/\{[^}]+\}/g, 'sampleId123');

describe('endpoint catalogue', () => {
	let spec: GhlSpec;
	beforeAll(async () => {
		spec = await GhlSpec.load();
	});

	test('is what the generator makes of the specs (else run scripts/generate-endpoint-catalog.ts)', () => {
		expect(readFileSync(catalogFile, 'utf8')).toBe(renderCatalog(readSpecs(defaultSpecDir())));
	});

	test('covers every operation of every spec file, each routed back to itself', () => {
		expect(ENDPOINTS).toHaveLength(576);
		expect(new Set(ENDPOINTS.map((e) => e.api)).size).toBe(41);
		const misrouted = ENDPOINTS.filter((e) => endpointFor(e.method, sample(e.path)) !== e).map(
			(e) => `${e.method} ${e.path}`,
		);
		expect(misrouted).toEqual([]);
	});

	// The fake reads the specs on its own (openapi-backend, its own router): both readings must agree.
	test('agrees with the fake’s reading of the specs on route, Version, token kind and scopes', () => {
		const mismatches: string[] = [];
		for (const endpoint of ENDPOINTS) {
			const where = `${endpoint.api} ${endpoint.method} ${endpoint.path}`;
			const operation = spec.match(endpoint.method, sample(endpoint.path));
			if (operation?.pathTemplate !== endpoint.path || operation.api !== endpoint.api) {
				mismatches.push(`${where}: fake routes to ${operation?.api} ${operation?.pathTemplate}`);
				continue;
			}
			if (
				operation.versions.length
					? !operation.versions.includes(apiVersionFor(endpoint.method, sample(endpoint.path)))
					: endpoint.version
			) {
				mismatches.push(
					`${where}: Version ${endpoint.version}, spec allows ${operation.versions.join(', ')}`,
				);
			}
			const schemes = operation.security.map((s) => s.scheme);
			const agency = schemes.some((s) => s.startsWith('Agency-Access'));
			const location = schemes.some((s) => s === 'bearer' || s.startsWith('Location-Access'));
			const kind: TokenKind = agency && location ? 'either' : agency ? 'agency' : 'subAccount';
			if (endpoint.token !== kind)
				mismatches.push(`${where}: token ${endpoint.token}, spec says ${kind}`);
			const scopes = [...new Set(operation.security.flatMap((s) => s.scopes))].sort();
			if (JSON.stringify([...endpoint.scopes].sort()) !== JSON.stringify(scopes)) {
				mismatches.push(
					`${where}: scopes ${endpoint.scopes.join(' ')}, spec says ${scopes.join(' ')}`,
				);
			}
		}
		expect(mismatches).toEqual([]);
		// 29 operations declare no Version header (store shipping, marketplace billing, funnel pages, POST /oauth/token, ...).
		expect(ENDPOINTS.filter((e) => e.version)).toHaveLength(547);
	});

	test.each([
		['GET', '/calendars/cal1/free-slots', '2021-04-15'],
		['POST', '/conversations/messages', '2021-04-15'],
		['GET', '/conversation-ai/agents/search', '2021-04-15'],
		['GET', '/links/search', '2021-04-15'],
		['GET', '/links/id/link1', '2021-07-28'],
		['POST', '/contacts/', '2021-07-28'],
		['GET', '/opportunities/search?location_id=loc1', '2021-07-28'],
		['GET', '/calendars/?locationId=loc1', '2021-04-15'],
		['GET', '/not-in-the-spec/whatever', '2021-07-28'],
	])('Version for %s %s → %s', (method, path, version) => {
		expect(apiVersionFor(method, path)).toBe(version);
	});

	test.each([
		['POST', '/oauth/locationToken', 'agency'],
		['GET', '/oauth/installedLocations?companyId=c1', 'agency'],
		['POST', '/locations/', 'agency'],
		['PUT', '/locations/loc1', 'agency'],
		['GET', '/locations/loc1', 'either'],
		['GET', '/locations/loc1/customValues', 'subAccount'],
		['POST', '/users/', 'either'],
		['GET', '/users/', 'subAccount'],
		['POST', '/contacts/', 'subAccount'],
		['POST', '/invoices/text2pay', 'subAccount'],
		['GET', '/products/collections', 'subAccount'],
	] as const)('token kind for %s %s → %s', (method, path, kind) => {
		expect(tokenKindFor(method, path)).toBe(kind);
	});

	test('static segments win over ids, as GHL routes them', () => {
		expect(endpointFor('GET', '/contacts/search/duplicate')?.id).toBe('get-duplicate-contact');
		expect(endpointFor('DELETE', '/contacts/c1/campaigns/removeAll')?.id).toBe(
			'remove-contact-from-every-campaign',
		);
		expect(endpointFor('DELETE', '/contacts/c1/campaigns/camp1')?.id).toBe(
			'remove-contact-from-campaign',
		);
		expect(endpointFor('GET', '/contacts/c1/')?.id).toBe('get-contact');
		expect(scopesFor('DELETE', '/locations/loc1')).toEqual(['locations.internal-access-only']);
	});
});
