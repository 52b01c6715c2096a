import { readdirSync } from 'fs';
import { join } from 'path';

import { PACK_SCOPES } from '../../nodes/shared/scopes';
import { createContact } from './handlers/contacts';
import { FAKE_APP_ID, installApp, issueTokens } from './handlers/oauth';
import type { FakeGhl } from './server';
import type { LocationState } from './store';

/** Users, custom fields and contacts of a small dental practice: what the pickers and examples need. */
export function seedCore(location: LocationState): void {
	const users = location.collection('users');
	for (const [id, firstName, lastName, email] of [
		['user_owner', 'Olivia', 'Owner', 'olivia@mainstreetdental.example'],
		['user_sales', 'Sam', 'Sales', 'sam@mainstreetdental.example'],
		['user_front', 'Fiona', 'Front Desk', 'fiona@mainstreetdental.example'],
	]) {
		users.set(id, {
			id,
			name: `${firstName} ${lastName}`,
			firstName,
			lastName,
			email,
			roles: {
				type: 'account',
				role: id === 'user_owner' ? 'admin' : 'user',
				locationIds: [location.id],
			},
		});
	}
	const fields = location.collection('customFields');
	for (const [id, name, dataType, model] of [
		['cf_source_detail', 'Lead Source Detail', 'TEXT', 'contact'],
		['cf_insurance', 'Insurance Provider', 'SINGLE_OPTIONS', 'contact'],
		['cf_budget', 'Budget', 'MONETORY', 'contact'],
		['cf_deal_type', 'Deal Type', 'SINGLE_OPTIONS', 'opportunity'],
	]) {
		fields.set(id, {
			id,
			name,
			fieldKey: `contact.${name.toLowerCase().replace(/\s+/g, '_')}`,
			dataType,
			model,
			locationId: location.id,
		});
	}
	const people = [
		['Ada', 'Lovelace', 'ada@example.com', '+14155550101', ['vip', 'newsletter']],
		['Grace', 'Hopper', 'grace@example.com', '+14155550102', ['newsletter']],
		['Alan', 'Turing', 'alan@example.com', '+14155550103', ['lead']],
		['Katherine', 'Johnson', 'katherine@example.com', '+14155550104', ['lead', 'referral']],
		['Linus', 'Torvalds', 'linus@example.com', '+14155550105', []],
	] as const;
	for (const [firstName, lastName, email, phone, tags] of people) {
		createContact(location, {
			firstName,
			lastName,
			email,
			phone,
			tags: [...tags],
			source: 'sandbox',
			assignedTo: 'user_sales',
			customFields: [{ id: 'cf_insurance', field_value: 'Delta Dental' }],
		});
	}
}

/**
 * Seeds a sub-account for the sandbox and for examples: the core records above, then every `seed(location)`
 * exported by an area's handler file (pipelines, calendars, campaigns, ...), so a new area seeds itself.
 */
export function seedSandbox(fake: FakeGhl, locationId = 'loc_main'): LocationState {
	const location = fake.store.location(locationId) ?? fake.store.addLocation(locationId);
	seedCore(location);
	const dir = join(__dirname, 'handlers');
	for (const file of readdirSync(dir).sort()) {
		if (!/\.(ts|js)$/.test(file) || file.endsWith('.d.ts')) continue;
		// eslint-disable-next-line @typescript-eslint/no-var-requires
		const module = require(join(dir, file));
		if (typeof module.seed === 'function') module.seed(location, fake);
	}
	return location;
}

/** An agency's OAuth client: GHL client ids are `<appId>-<suffix>`. */
export const AGENCY_OAUTH_CLIENT = {
	clientId: `${FAKE_APP_ID}-agencyclient`,
	clientSecret: 'agency-client-secret',
};

export interface SeededAgency {
	companyId: string;
	/** Sub-accounts the app is installed on, each seeded like the sandbox. */
	locationIds: string[];
	/** A sub-account of the agency the app is not installed on. */
	notInstalledLocationId: string;
	/** What GHL's token endpoint returned for the agency's OAuth2 connection (user type Company). */
	tokens: ReturnType<typeof issueTokens>;
}

/**
 * An agency with three sub-accounts that have the app installed and one that does not, an OAuth client and an
 * agency access token with the pack's scopes, and an agency Private Integration Token `pit-agency-<companyId>`.
 */
export function seedAgency(
	fake: FakeGhl,
	companyId = 'company_agency',
	scopes: string[] = PACK_SCOPES,
): SeededAgency {
	const names: Array<[string, string, string]> = [
		['loc_north', 'North Side Dental', 'America/Chicago'],
		['loc_south', 'South Bay Dental', 'America/Los_Angeles'],
		['loc_east', 'East End Dental', 'America/New_York'],
	];
	for (const [id, name, timezone] of names) {
		fake.store.addLocation(id, companyId, {
			name,
			timezone,
			email: `${id}@example.com`,
			address: `1 ${name} Way`,
		});
		seedSandbox(fake, id);
		installApp(fake.store.location(id)!);
	}
	fake.store.addLocation('loc_west', companyId, {
		name: 'West Hills Dental (no app)',
		timezone: 'America/Denver',
	});
	fake.store.oauthClients.set(AGENCY_OAUTH_CLIENT.clientId, AGENCY_OAUTH_CLIENT.clientSecret);
	fake.store.addToken(`pit-agency-${companyId}`, { kind: 'agency', companyId });
	const tokens = issueTokens(fake, { kind: 'agency', companyId, scopes });
	return {
		companyId,
		locationIds: names.map(([id]) => id),
		notInstalledLocationId: 'loc_west',
		tokens,
	};
}

/**
 * The sandbox's agency connection: the marketplace app installed on the agency of `loc_main` and, as an agency can
 * choose when it installs an app, on every sub-account created later (GHL then installs it on each new sub-account,
 * so the agency connection can get a token for it). Returns what GHL's token endpoint answered for the agency's
 * OAuth2 connection (user type Company, client `client-main`).
 */
export function seedAgencyConnection(
	fake: FakeGhl,
	companyId = 'company_main',
): ReturnType<typeof issueTokens> {
	const store = fake.store;
	const addLocation = store.addLocation.bind(store);
	store.addLocation = (id, company, profile) => {
		const location = addLocation(id, company, profile);
		if (location.companyId === companyId) installApp(location);
		return location;
	};
	for (const location of store.locations.values())
		if (location.companyId === companyId) installApp(location);
	return issueTokens(fake, { kind: 'agency', companyId });
}
