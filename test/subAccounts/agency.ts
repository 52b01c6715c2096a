import type { GhlTestBed } from '../harness/ghl';
import { AGENCY_OAUTH_CLIENT, seedAgency, type SeededAgency } from '../fake/seed';

export interface AgencyBed {
	agency: SeededAgency;
	/** An OAuth2 credential of the agency (user type Company), as n8n stores it after the connect flow. */
	oauth: string;
	/** An agency Private Integration Token credential. */
	pit: string;
}

/** Seeds the agency in the fake and adds its OAuth2 and Private Integration Token credentials to the harness. */
export function addAgency(bed: GhlTestBed, companyId = 'company_agency'): AgencyBed {
	const agency = seedAgency(bed.fake, companyId);
	const oauth = bed.harness.addCredential({
		id: `oauth-agency-${companyId}`,
		name: 'Agency OAuth2',
		type: 'goHighLevelOAuth2Api',
		data: {
			clientId: AGENCY_OAUTH_CLIENT.clientId,
			clientSecret: AGENCY_OAUTH_CLIENT.clientSecret,
			userType: 'Company',
			baseUrl: bed.fake.url,
			oauthTokenData: { ...agency.tokens } as never,
		},
	});
	const pit = bed.harness.addTokenCredential(bed.fake.url, `pit-agency-${companyId}`, {
		companyId,
	});
	return { agency, oauth, pit };
}

export const locator = (value: string) => ({ __rl: true, mode: 'id', value });
