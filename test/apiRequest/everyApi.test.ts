import type { IDataObject } from 'n8n-workflow';

import { ENDPOINTS, endpointKey, type Endpoint } from '../../nodes/shared/catalog';
import { useGhl } from '../harness/ghl';
import { addAgency, type AgencyBed } from '../subAccounts/agency';

/** A value the spec accepts for a parameter: its first allowed value, else one of its type. */
function sampleValue(endpoint: Endpoint, name: string, agency: boolean): string | number | boolean {
	const param = endpoint.params.find((p) => p.name === name)!;
	if (param.options?.length) return param.options[0];
	if (name === 'locationId') return agency ? 'loc_north' : 'loc_main';
	if (name === 'companyId') return 'company_agency';
	if (param.type === 'number') return 1;
	if (param.type === 'boolean') return true;
	return 'sample1';
}

/** Bodies for the two spec files that have no GET. */
const BODIES: Record<string, IDataObject> = {
	'POST /courses/courses-exporter/public/import': { locationId: 'loc_main', products: [] },
	'POST /email/verify': { type: 'email', verify: 'ada@example.com' },
};

/**
 * One GET of every spec file, the one needing the fewest invented values: the API Request node must build a request
 * the spec accepts (path, query, Version) with a token of the kind the endpoint takes. The fake checks both before
 * it answers; an injected 418 then stands for GHL's answer, since the fake implements only the areas the pack covers.
 */
const samples = [...new Set(ENDPOINTS.map((e) => e.api))].map((api) => {
	const candidates = ENDPOINTS.filter((e) => e.api === api && e.method === 'GET' && !e.deprecated);
	const invented = (e: Endpoint) =>
		e.params.filter((p) => p.required && p.in === 'query' && !p.options).length;
	const endpoint =
		[...candidates].sort((a, b) => invented(a) - invented(b))[0] ??
		ENDPOINTS.find((e) => e.api === api)!;
	return { api, key: endpointKey(endpoint), endpoint };
});

describe('API Request reaches every spec file', () => {
	const ghl = useGhl();
	let agency: AgencyBed;
	beforeAll(() => {
		agency = addAgency(ghl);
	});

	test('a sample of all 41 spec files', () => {
		expect(samples).toHaveLength(41);
	});

	test.each(samples)('$api: $key', async ({ endpoint }) => {
		const asAgency = endpoint.token === 'agency';
		// GET /oauth/installedLocations takes only an agency's OAuth2 token, not a Private Integration Token.
		const oauth = endpoint.api === 'oauth';
		const values: IDataObject = {};
		for (const param of endpoint.params.filter((p) => p.required))
			values[param.name] = sampleValue(endpoint, param.name, asAgency);
		ghl.fake.inject({ status: 418, body: { statusCode: 418, message: 'sampled' } });
		const { items, error } = await ghl.harness.runNode({
			type: 'goHighLevelApiRequest',
			credentialId: oauth ? agency.oauth : asAgency ? agency.pit : ghl.pit,
			continueOnFail: true,
			parameters: {
				authentication: oauth ? 'oAuth2' : 'privateIntegrationToken',
				endpoint: { __rl: true, mode: 'id', value: endpointKey(endpoint) },
				body: JSON.stringify(BODIES[endpointKey(endpoint)] ?? {}),
				parameters: { mappingMode: 'defineBelow', value: values, matchingColumns: [], schema: [] },
				returnAll: false,
				limit: 5,
			},
		});
		expect(error).toBeUndefined();
		// Past the spec's checks and the token checks: the injected answer, GHL's message passed through.
		expect(items[0].json).toMatchObject({
			statusCode: 418,
			error: expect.stringContaining('sampled'),
		});
		expect(ghl.fake.requests).toHaveLength(1);
		const [request] = ghl.fake.requests;
		expect(request.method).toBe(endpoint.method);
		expect(request.path).toBe(
			endpoint.path.replace(/\{([^}]+)\}/g, (_, name: string) => String(values[name])),
		);
		expect(request.headers.version).toBe(endpoint.version ?? '2021-07-28');
	});
});
