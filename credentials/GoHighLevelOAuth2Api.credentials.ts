import type { ICredentialTestRequest, ICredentialType, INodeProperties, Icon } from 'n8n-workflow';

import { DEFAULT_SCOPE_STRING } from '../nodes/shared/scopes';

export const GHL_DEFAULT_BASE_URL = 'https://services.leadconnectorhq.com';

/** For n8n queue mode: how much of GHL's per-sub-account rate limit each n8n process may use (README, "Running at scale"). */
export const RATE_LIMIT_SHARE_PROPERTY: INodeProperties = {
	displayName: 'Rate Limit Share (%)',
	name: 'rateLimitShare',
	type: 'number',
	typeOptions: { minValue: 1, maxValue: 100 },
	default: 100,
	description:
		'Share of GoHighLevel\'s rate limit (100 requests / 10 s per sub-account) each n8n process may use. Keep 100 for one n8n process, or in queue mode when the nodes can pace themselves from GHL\'s rate-limit headers; set 100 divided by the number of workers if other workers still get "too many requests" answers.',
};

/** OAuth2 of a GoHighLevel marketplace app, installed on a sub-account (Location) or an agency (Company). */
export class GoHighLevelOAuth2Api implements ICredentialType {
	name = 'goHighLevelOAuth2Api';

	extends = ['oAuth2Api'];

	displayName = 'GoHighLevel OAuth2 API';

	icon: Icon = { light: 'file:gohighlevel.svg', dark: 'file:gohighlevel.dark.svg' };

	documentationUrl = 'https://marketplace.gohighlevel.com/docs/Authorization/OAuth2.0';

	properties: INodeProperties[] = [
		{
			displayName: 'Grant Type',
			name: 'grantType',
			type: 'hidden',
			default: 'authorizationCode',
		},
		{
			displayName: 'Account Type',
			name: 'userType',
			type: 'options',
			options: [
				{
					name: 'Sub-Account (Location)',
					value: 'Location',
					description: 'The app is installed on one sub-account',
				},
				{
					name: 'Agency (Company)',
					value: 'Company',
					description:
						'The app is installed on the agency; nodes act on a sub-account chosen in the node',
				},
			],
			default: 'Location',
			description: 'Whether the marketplace app is installed on a sub-account or on the agency',
		},
		{
			displayName: 'Marketplace Domain',
			name: 'marketplaceDomain',
			type: 'options',
			options: [
				{ name: 'Standard (marketplace.gohighlevel.com)', value: 'standard' },
				{ name: 'White-Label (marketplace.leadconnectorhq.com)', value: 'whiteLabel' },
			],
			default: 'standard',
			description: 'Where users choose the sub-account when connecting',
		},
		{
			displayName: 'Authorization URL',
			name: 'authUrl',
			type: 'hidden',
			default:
				'={{$self["marketplaceDomain"] === "whiteLabel" ? "https://marketplace.leadconnectorhq.com/oauth/chooselocation" : "https://marketplace.gohighlevel.com/oauth/chooselocation"}}',
		},
		{
			displayName: 'Access Token URL',
			name: 'accessTokenUrl',
			type: 'hidden',
			default:
				'={{($self["baseUrl"] || "' +
				GHL_DEFAULT_BASE_URL +
				'").replace(/\\/+$/, "")}}/oauth/token',
		},
		{
			displayName: 'Scope',
			name: 'scope',
			type: 'string',
			default: DEFAULT_SCOPE_STRING,
			description:
				'Space-separated scopes. The default covers every operation of these nodes; it must match the scopes chosen in the marketplace app.',
		},
		{
			displayName: 'Auth URI Query Parameters',
			name: 'authQueryParameters',
			type: 'hidden',
			default: '',
		},
		{
			displayName: 'Authentication',
			name: 'authentication',
			type: 'hidden',
			default: 'body',
		},
		{
			displayName: 'API Base URL',
			name: 'baseUrl',
			type: 'string',
			default: GHL_DEFAULT_BASE_URL,
			description:
				'Change only to go through a proxy or to use a local HighLevel sandbox; tokens are refreshed at <base URL>/oauth/token',
		},
		RATE_LIMIT_SHARE_PROPERTY,
	];

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl}}',
			url: '={{$credentials.oauthTokenData.userType === "Company" ? "/locations/search?limit=1&companyId=" + $credentials.oauthTokenData.companyId : "/locations/" + $credentials.oauthTokenData.locationId}}',
			headers: { Version: '2021-07-28' },
		},
	};
}
