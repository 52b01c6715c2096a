import { useGhl } from '../harness/ghl';
import { addAgency, type AgencyBed } from './agency';
import { expectTokensFitSpec } from './node';

/** The fake refuses a token of the wrong kind for an endpoint, as the spec's `security` entry says GHL does. */
describe('the fake checks the token kind the spec names', () => {
	const ghl = useGhl();
	let bed: AgencyBed;
	beforeAll(() => {
		bed = addAgency(ghl);
	});

	const call = async (method: string, path: string, token: string, body?: object) => {
		const response = await fetch(`${ghl.fake.url}${path}`, {
			method,
			headers: {
				Authorization: `Bearer ${token}`,
				Version: '2021-07-28',
				...(body ? { 'Content-Type': 'application/json' } : {}),
			},
			body: body ? JSON.stringify(body) : undefined,
		});
		return { status: response.status, body: (await response.json()) as { message?: string } };
	};

	test.each([
		[
			'an agency token on a sub-account-only endpoint (bearer)',
			'GET',
			'/locations/loc_north/tags',
			'agency',
			401,
		],
		[
			'an agency token on a sub-account-only endpoint (Location-Access)',
			'GET',
			'/users/?locationId=loc_north',
			'agency',
			401,
		],
		[
			'a sub-account token on an agency-only endpoint',
			'PUT',
			'/locations/loc_north',
			'location',
			401,
		],
		[
			'an agency Private Integration Token on an Agency-Access-Only endpoint',
			'GET',
			`/oauth/installedLocations?companyId=company_agency&appId=x`,
			'agencyPit',
			401,
		],
		['an agency token where either kind is allowed', 'GET', '/locations/loc_north', 'agency', 200],
		[
			'a sub-account token where either kind is allowed',
			'GET',
			'/locations/loc_north',
			'location',
			200,
		],
		[
			'a sub-account token on a sub-account endpoint',
			'GET',
			'/locations/loc_north/tags',
			'location',
			200,
		],
	])('%s: %s %s (%s token) → %s', async (_label, method, path, kind, status) => {
		ghl.fake.store.addToken('pit-location-north', {
			kind: 'location',
			locationId: 'loc_north',
			companyId: 'company_agency',
		});
		const token = {
			agency: bed.agency.tokens.access_token,
			agencyPit: 'pit-agency-company_agency',
			location: 'pit-location-north',
		}[kind]!;
		const body = method === 'PUT' ? { companyId: 'company_agency', name: 'North' } : undefined;
		const answer = await call(method, path, token, body);
		expect(answer.status).toBe(status);
		expect(ghl.fake.violations).toEqual([]);
	});

	test("the node tests' check flags a request sent with a token of the wrong kind", async () => {
		await call('GET', '/locations/loc_north/tags', bed.agency.tokens.access_token);
		expect(() => expectTokensFitSpec(ghl.fake)).toThrow(/"allowed": false/);
		ghl.fake.resetLog();
		await call('GET', '/locations/loc_north', bed.agency.tokens.access_token);
		expect(() => expectTokensFitSpec(ghl.fake)).not.toThrow();
	});
});
