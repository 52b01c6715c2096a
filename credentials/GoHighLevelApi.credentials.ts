import type {
	IAuthenticateGeneric,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
	Icon,
} from 'n8n-workflow';

import {
	GHL_DEFAULT_BASE_URL,
	RATE_LIMIT_SHARE_PROPERTY,
} from './GoHighLevelOAuth2Api.credentials';

/** A Private Integration Token, created in a sub-account's or an agency's settings. */
export class GoHighLevelApi implements ICredentialType {
	name = 'goHighLevelApi';

	displayName = 'GoHighLevel Private Integration Token API';

	icon: Icon = { light: 'file:gohighlevel.svg', dark: 'file:gohighlevel.dark.svg' };

	documentationUrl =
		'https://help.gohighlevel.com/support/solutions/articles/155000003054-private-integrations-everything-you-need-to-know';

	properties: INodeProperties[] = [
		{
			displayName: 'Private Integration Token',
			name: 'accessToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'Settings → Private Integrations → Create new integration, with the scopes the nodes you use need',
		},
		{
			displayName: 'Token Belongs To',
			name: 'accountType',
			type: 'options',
			options: [
				{ name: 'Sub-Account (Location)', value: 'location' },
				{ name: 'Agency (Company)', value: 'agency' },
			],
			default: 'location',
		},
		{
			displayName: 'Location ID',
			name: 'locationId',
			type: 'string',
			default: '',
			required: true,
			displayOptions: { show: { accountType: ['location'] } },
			description:
				'The sub-account ID: Settings → Business Profile, or the ID in the sub-account URL',
		},
		{
			displayName: 'Company ID',
			name: 'companyId',
			type: 'string',
			default: '',
			required: true,
			displayOptions: { show: { accountType: ['agency'] } },
			description: 'The agency ID: Agency Settings → Company',
		},
		{
			displayName: 'API Base URL',
			name: 'baseUrl',
			type: 'string',
			default: GHL_DEFAULT_BASE_URL,
			description: 'Change only to go through a proxy or to use a local HighLevel sandbox',
		},
		RATE_LIMIT_SHARE_PROPERTY,
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: { Authorization: '=Bearer {{$credentials.accessToken}}' },
		},
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl}}',
			url: '={{$credentials.accountType === "agency" ? "/locations/search?limit=1&companyId=" + $credentials.companyId : "/locations/" + $credentials.locationId}}',
			headers: { Version: '2021-07-28' },
		},
	};
}
