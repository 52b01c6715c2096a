import { issueTokens } from '../../fake/handlers/oauth';
import { DEFAULT_SCOPE_STRING } from '../../../nodes/shared/scopes';
import { PACK, webhookWorkflow, type Scenario } from '../lib/scenario';

const CREDENTIAL_ID = 'ghlOAuthE2E00001';
const refreshes = (fake: Parameters<Scenario['run']>[0]['fake']) =>
	Number(fake.store.global.get('refreshCount') ?? 0);

/**
 * GHL access tokens expire after a day and refresh tokens are single-use. Inside n8n: the fake expires the
 * token, n8n refreshes it through the fake's /oauth/token, the request succeeds, and the rotated refresh token is
 * what the next run uses. Then ten executions at once meet an expired token: exactly one refresh may happen, or
 * the losers would burn the credential with a dead refresh token.
 */
export const oauthRefresh: Scenario = {
	name: 'OAuth2 refresh with single-use refresh tokens, also under 10 parallel executions',
	credentials: ({ fake, fakeUrl }) => [
		{
			id: CREDENTIAL_ID,
			name: 'GHL marketplace app (sandbox)',
			type: 'goHighLevelOAuth2Api',
			data: {
				clientId: 'client-main',
				clientSecret: 'client-secret-main',
				userType: 'Location',
				marketplaceDomain: 'standard',
				baseUrl: fakeUrl,
				scope: DEFAULT_SCOPE_STRING,
				oauthTokenData: issueTokens(fake, {
					kind: 'location',
					locationId: 'loc_main',
					companyId: 'company_main',
				}),
			},
		},
	],
	workflows: () => [
		webhookWorkflow('e2eOAuthRefresh1', 'oauth-duplicate-check', [
			{
				name: 'Find',
				type: `${PACK}.goHighLevelContacts`,
				credentials: {
					goHighLevelOAuth2Api: { id: CREDENTIAL_ID, name: 'GHL marketplace app (sandbox)' },
				},
				parameters: {
					authentication: 'oAuth2',
					resource: 'contact',
					operation: 'findDuplicate',
					email: '={{ $json.body.email }}',
				},
			},
		]),
	],
	async run({ call, fake, n8n }) {
		const before = refreshes(fake);
		expect((await call('oauth-duplicate-check', { email: 'nobody@example.com' })).body).toEqual([
			{ found: false, contact: null },
		]);
		expect(refreshes(fake)).toBe(before);

		fake.expireAccessTokens();
		expect((await call('oauth-duplicate-check', { email: 'nobody@example.com' })).body).toEqual([
			{ found: false, contact: null },
		]);
		expect(refreshes(fake)).toBe(before + 1);
		// The rotated token was saved: the next run needs no refresh and does not reuse the dead refresh token.
		expect((await call('oauth-duplicate-check', { email: 'nobody@example.com' })).status).toBe(200);
		expect(refreshes(fake)).toBe(before + 1);

		fake.expireAccessTokens();
		const parallel = await Promise.all(
			Array.from({ length: 10 }, (_, i) =>
				call('oauth-duplicate-check', { email: `p${i}@example.com` }),
			),
		);
		expect(parallel.map((r) => r.status)).toEqual(Array(10).fill(200));
		expect(parallel.map((r) => r.body)).toEqual(Array(10).fill([{ found: false, contact: null }]));
		expect(refreshes(fake)).toBe(before + 2);
		const refused = fake.requestsTo('POST', '/oauth/token').filter((r) => r.status !== 200);
		if (n8n.line === 'v2') {
			// n8n 2.x refreshes a credential once for all executions waiting on it.
			expect(refused).toEqual([]);
		} else {
			// n8n 1.x refreshes per request: the losers of the race send the dead refresh token and GHL refuses
			// it. The pack cannot reach inside n8n's refresh; its retry of a failed read picks up the winner's
			// token, so every run still succeeds and the credential survives (README: Troubleshooting).
			expect(refused.length).toBeGreaterThan(0);
			expect(refused.every((r) => r.status === 401)).toBe(true);
			console.log(
				`n8n 1.x: ${refused.length} of 10 parallel executions sent an already-used refresh token`,
			);
		}
		expect((await call('oauth-duplicate-check', { email: 'after@example.com' })).status).toBe(200);
		expect(refreshes(fake)).toBe(before + 2);
	},
};

export default [oauthRefresh];
