import { GoHighLevelPollingTrigger } from '../../nodes/GoHighLevelPollingTrigger/GoHighLevelPollingTrigger.node';
import { pollEvents } from '../../nodes/GoHighLevelPollingTrigger/events';
import {
	authenticationProperty,
	credentialsFor,
	subAccountProperty,
} from '../../nodes/shared/operations/describe';
import { PACK_SCOPES } from '../../nodes/shared/scopes';
import { scopesFor } from '../../nodes/shared/catalog';
import { GhlSpec } from '../fake/spec';

const endpoints = pollEvents.flatMap((event) =>
	event.endpoints.map((endpoint) => ({ label: `${event.value} ${endpoint}`, endpoint })),
);

function specScopes(spec: GhlSpec, endpoint: string) {
	const [method, template] = endpoint.split(' ');
	const samplePath = template.replace(/\{[^}]+\}/g, 'sampleId123');
	const match = spec.match(method, samplePath);
	return {
		match,
		template,
		method,
		samplePath,
		scopes: match?.security.flatMap((s) => s.scopes) ?? [],
	};
}

describe('GoHighLevel Polling Trigger against the spec', () => {
	let spec: GhlSpec;
	beforeAll(async () => {
		spec = await GhlSpec.load();
	});

	test('is a polling trigger with the same Authentication, credentials and Sub-Account as the action nodes', () => {
		const { description } = new GoHighLevelPollingTrigger();
		expect(description).toMatchObject({
			name: 'goHighLevelPollingTrigger',
			polling: true,
			group: ['trigger'],
			inputs: [],
		});
		expect(description.credentials).toBe(credentialsFor);
		expect(description.properties).toContain(authenticationProperty);
		expect(description.properties).toContain(subAccountProperty);
		const event = description.properties.find((p) => p.name === 'event')!;
		expect(event.options!.map((o) => (o as { value: string }).value).sort()).toEqual(
			pollEvents.map((e) => e.value).sort(),
		);
	});

	test.each(endpoints)('$label is in the spec', ({ endpoint }) => {
		const { match, template } = specScopes(spec, endpoint);
		expect(match?.pathTemplate).toBe(template);
	});

	test.each(endpoints)(
		'$label needs a scope the credential asks for, and a 403 names it',
		({ endpoint }) => {
			const { scopes, method, samplePath } = specScopes(spec, endpoint);
			expect(scopes.some((s) => PACK_SCOPES.includes(s))).toBe(true);
			expect(scopes).toEqual(expect.arrayContaining(scopesFor(method, samplePath)));
		},
	);
});
