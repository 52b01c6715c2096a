import { PACK_SCOPES } from '../../nodes/shared/scopes';
import { scopesFor } from '../../nodes/shared/catalog';
import { extraScopesOf, operationProperties } from '../../nodes/shared/operations/describe';
import { GhlSpec } from '../fake/spec';
import { packNodeModules } from '../harness/pack';

/**
 * Every operation of every action node names the spec endpoints it calls. Those must exist in the official
 * spec, the credential's default scopes must cover what the spec asks for them, and the scope named in a 403
 * hint must be one the spec lists.
 */
const operations = packNodeModules().flatMap((m) =>
	(m.resources ?? []).flatMap((r) =>
		r.operations.map((o) => ({ label: `${m.folder} ${r.value}:${o.value}`, operation: o })),
	),
);

describe('operations against the spec', () => {
	let spec: GhlSpec;
	beforeAll(async () => {
		spec = await GhlSpec.load();
	});

	test('there are operations to check', () => {
		expect(operations.length).toBeGreaterThan(20);
	});

	test.each(operations)(
		'$label calls endpoints the spec has, with scopes the credential asks for',
		({ operation }) => {
			if (operation.outsideApi) {
				expect(operation.endpoints).toEqual([]);
				return;
			}
			expect(operation.endpoints.length).toBeGreaterThan(0);
			for (const endpoint of operation.endpoints) {
				const [method, template] = endpoint.split(' ');
				const samplePath = template.replace(/\{[^}]+\}/g, 'sampleId123');
				const match = spec.match(method, samplePath);
				expect(match?.pathTemplate).toBe(template);
				const specScopes = match!.security.flatMap((s) => s.scopes);
				if (specScopes.length) {
					const asked = [...PACK_SCOPES, ...extraScopesOf(operation)];
					expect(specScopes.some((s) => asked.includes(s))).toBe(true);
					expect(specScopes).toEqual(expect.arrayContaining(scopesFor(method, samplePath)));
				}
			}
		},
	);

	// Read from the catalogue, so a new operation needing a scope GHL grants only to some apps shows up here.
	test('only deleting a sub-account needs a scope outside the credential’s default, and says so in the editor', () => {
		const extra = operations
			.map(({ label, operation }) => [label, extraScopesOf(operation)])
			.filter(([, scopes]) => scopes.length);
		expect(extra).toEqual([
			['GoHighLevelSubAccounts subAccount:delete', ['locations.internal-access-only']],
		]);
		const remove = operations.find(
			({ label }) => label === 'GoHighLevelSubAccounts subAccount:delete',
		)!.operation;
		expect(operationProperties(remove)[0]).toMatchObject({
			type: 'notice',
			displayName: expect.stringContaining('locations.internal-access-only'),
		});
	});
});
