import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';

import { tokenKindFor, type TokenKind } from '../../nodes/shared/transport/account';
import { defaultSpecDir } from '../fake/spec';

/** What each operation's `security` entry says about the token it takes. */
function expectedKind(security: Array<Record<string, string[]>> | undefined): TokenKind {
	const schemes = (security ?? []).flatMap((s) => Object.keys(s));
	const agency = schemes.some((s) => s.startsWith('Agency-Access'));
	const location = schemes.some((s) => s === 'bearer' || s.startsWith('Location-Access'));
	if (agency && location) return 'either';
	return agency ? 'agency' : 'subAccount';
}

describe('tokenKindFor', () => {
	test('agrees with the security entry of every operation of every spec file', () => {
		const appsDir = join(defaultSpecDir(), 'apps');
		const mismatches: string[] = [];
		let checked = 0;
		for (const file of readdirSync(appsDir).filter((f) => f.endsWith('.json'))) {
			const paths = JSON.parse(readFileSync(join(appsDir, file), 'utf8')).paths as Record<
				string,
				Record<string, { security?: Array<Record<string, string[]>> }>
			>;
			for (const [path, item] of Object.entries(paths)) {
				for (const [method, operation] of Object.entries(item)) {
					checked++;
					const sample = path.replace(/\{[^}]+\}/g, 'sampleId123');
					const kind = tokenKindFor(method, sample);
					const expected = expectedKind(operation.security);
					if (kind !== expected) mismatches.push(`${file} ${method.toUpperCase()} ${path}: ${kind}, spec says ${expected}`);
				}
			}
		}
		expect(checked).toBe(576);
		expect(mismatches).toEqual([]);
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
	] as const)('%s %s → %s', (method, path, kind) => {
		expect(tokenKindFor(method, path)).toBe(kind);
	});
});
