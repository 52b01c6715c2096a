import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { compact, type Params } from '../../shared/operations/params';
import type { OperationDefinition, ResourceDefinition } from '../../shared/operations/types';
import type { Pagination } from '../../shared/transport/pagination';
import { TOKEN_CREDENTIAL_TYPE } from '../../shared/transport/account';

const searchPagination: Pagination = {
	style: 'skip',
	records: 'locations',
	maxPageSize: 100,
	sizeParam: 'limit',
};

const COUNTRY = /^[A-Z]{2}$/;
const TIMEZONE = /^([A-Za-z_]+\/[A-Za-z0-9_+\-/]+|UTC|GMT)$/;

/** The fields of a sub-account's profile, as create and update send them. */
function profileFields(displayName: string): INodeProperties {
	return {
		displayName,
		name: 'fields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Address',
				name: 'address',
				type: 'string',
				default: '',
				placeholder: '47 W 13th St',
			},
			{ displayName: 'City', name: 'city', type: 'string', default: '' },
			{
				displayName: 'Country Code',
				name: 'country',
				type: 'string',
				default: '',
				placeholder: 'US',
				description: 'Two-letter ISO country code',
			},
			{
				displayName: 'Phone',
				name: 'phone',
				type: 'string',
				default: '',
				placeholder: '+14155550123',
			},
			{ displayName: 'Postal Code', name: 'postalCode', type: 'string', default: '' },
			{ displayName: 'State', name: 'state', type: 'string', default: '' },
			{
				displayName: 'Timezone',
				name: 'timezone',
				type: 'string',
				default: '',
				placeholder: 'America/New_York',
				description: 'IANA time zone of the business',
			},
			{
				displayName: 'Website',
				name: 'website',
				type: 'string',
				default: '',
				placeholder: 'https://example.com',
			},
		],
	};
}

const prospectProperty: INodeProperties = {
	displayName: 'Prospect (Contact Person)',
	name: 'prospect',
	type: 'fixedCollection',
	default: {},
	placeholder: 'Add Contact Person',
	description:
		"The business's contact person and email; GHL needs first name, last name and email together",
	options: [
		{
			displayName: 'Contact Person',
			name: 'person',
			values: [
				{ displayName: 'First Name', name: 'firstName', type: 'string', default: '' },
				{ displayName: 'Last Name', name: 'lastName', type: 'string', default: '' },
				{
					displayName: 'Email',
					name: 'email',
					type: 'string',
					placeholder: 'name@email.com',
					default: '',
				},
			],
		},
	],
};

const settingsProperty: INodeProperties = {
	displayName: 'Settings',
	name: 'settings',
	type: 'collection',
	placeholder: 'Add Setting',
	default: {},
	options: [
		{
			displayName: 'Allow Duplicate Contact',
			name: 'allowDuplicateContact',
			type: 'boolean',
			default: false,
		},
		{
			displayName: 'Allow Duplicate Opportunity',
			name: 'allowDuplicateOpportunity',
			type: 'boolean',
			default: false,
		},
		{
			displayName: 'Allow Facebook Name Merge',
			name: 'allowFacebookNameMerge',
			type: 'boolean',
			default: false,
		},
		{
			displayName: 'Disable Contact Timezone',
			name: 'disableContactTimezone',
			type: 'boolean',
			default: false,
		},
	],
};

const snapshotProperty = (displayName: string, description: string): INodeProperties => ({
	displayName,
	name: 'snapshotId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getSnapshots' },
	default: '',
	description: `${description}. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
});

/** The agency the operation acts in: the credential's, unless given. */
function companyIdOf(p: Params, field = 'companyId'): string {
	const given = p.optionalString(field);
	const companyId = given ?? p.account.companyId;
	if (!companyId) {
		p.fail(
			`"${p.displayName(field)}" is required`,
			'A sub-account credential does not say which agency it belongs to; give the agency (company) ID.',
		);
	}
	return companyId;
}

/** The body create and update share, checked field by field. */
function profileBody(p: Params): IDataObject {
	const fields = p.collection('fields');
	const body: IDataObject = compact({
		address: fields.address as string,
		city: fields.city as string,
		state: fields.state as string,
		postalCode: fields.postalCode as string,
		website: fields.website as string,
	});
	if (fields.phone) body.phone = p.phone(fields.phone, 'Phone');
	if (fields.country) {
		const country = String(fields.country).trim().toUpperCase();
		if (!COUNTRY.test(country))
			p.fail(
				`"Country Code" must be a two-letter ISO code such as US: "${String(fields.country)}"`,
			);
		body.country = country;
	}
	if (fields.timezone) {
		const timezone = String(fields.timezone).trim();
		if (!TIMEZONE.test(timezone))
			p.fail(
				`"Timezone" is not an IANA time zone: "${timezone}"`,
				'Use a name like America/New_York.',
			);
		body.timezone = timezone;
	}
	const person = (p.collection('prospect').person ?? undefined) as IDataObject | undefined;
	if (person && Object.values(person).some((v) => String(v ?? '').trim())) {
		const firstName = String(person.firstName ?? '').trim();
		const lastName = String(person.lastName ?? '').trim();
		if (!firstName || !lastName)
			p.fail('"Prospect (Contact Person)" needs a first name, a last name and an email');
		body.prospectInfo = { firstName, lastName, email: p.email(person.email, 'Email') };
	}
	const settings = p.collection('settings');
	if (Object.keys(settings).length) body.settings = settings;
	return body;
}

const search: OperationDefinition = {
	value: 'search',
	name: 'Search',
	action: 'Search sub-accounts',
	description: 'Find sub-accounts of the agency by email or name',
	endpoints: ['GET /locations/search'],
	properties: [
		{
			displayName: 'Company ID',
			name: 'companyId',
			type: 'string',
			default: '',
			description: "The agency to search in. Leave empty to use the credential's agency.",
		},
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Email',
					name: 'email',
					type: 'string',
					placeholder: 'name@email.com',
					default: '',
				},
				{
					displayName: 'Name Contains',
					name: 'name',
					type: 'string',
					default: '',
					description:
						'Case-insensitive part of the sub-account name (filtered by the node: GHL has no name search)',
				},
				{
					displayName: 'Order',
					name: 'order',
					type: 'options',
					options: [
						{ name: 'Ascending', value: 'asc' },
						{ name: 'Descending', value: 'desc' },
					],
					default: 'asc',
				},
			],
		},
	],
	// Return All / Limit come with `list`; `run` pages itself, as the name filter is the node's.
	list: searchPagination,
	run: async (p, api) => {
		const filters = p.collection('filters');
		const qs: IDataObject = { companyId: p.optionalString('companyId') ?? p.account.companyId };
		if (filters.email) qs.email = p.email(filters.email, 'Email');
		if (filters.order) qs.order = filters.order;
		const limit = p.boolean('returnAll') ? undefined : p.number('limit', 50);
		const name = String(filters.name ?? '')
			.trim()
			.toLowerCase();
		// A name filter runs over every page, then the limit applies to what matched.
		const records = await api.all(
			{ method: 'GET', path: '/locations/search', qs: compact(qs) },
			searchPagination,
			name ? undefined : limit,
		);
		const matched = name
			? records.filter((l) =>
					String(l.name ?? '')
						.toLowerCase()
						.includes(name),
				)
			: records;
		return limit === undefined ? matched : matched.slice(0, limit);
	},
};

const get: OperationDefinition = {
	value: 'get',
	name: 'Get',
	action: 'Get a sub-account',
	description: 'Get the sub-account chosen in the Sub-Account field',
	endpoints: ['GET /locations/{locationId}'],
	request: (p) => ({ method: 'GET', path: `/locations/${p.locationId()}` }),
	output: (body) => (body.location as IDataObject) ?? body,
};

const create: OperationDefinition = {
	value: 'create',
	name: 'Create',
	action: 'Create a sub-account',
	description: 'Create a sub-account in the agency, optionally loading a snapshot into it',
	endpoints: ['POST /locations/'],
	properties: [
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'Main Street Dental',
		},
		{
			displayName: 'Company ID',
			name: 'companyId',
			type: 'string',
			default: '',
			description: "The agency to create it in. Leave empty to use the credential's agency.",
		},
		profileFields('Additional Fields'),
		prospectProperty,
		snapshotProperty(
			'Snapshot to Load',
			'A snapshot of the agency to load into the new sub-account',
		),
		settingsProperty,
	],
	request: (p) => {
		const body: IDataObject = {
			name: p.string('name'),
			companyId: companyIdOf(p),
			...profileBody(p),
		};
		const snapshotId = p.optionalString('snapshotId');
		if (snapshotId) body.snapshotId = snapshotId;
		return { method: 'POST', path: '/locations/', body };
	},
};

const update: OperationDefinition = {
	value: 'update',
	name: 'Update',
	action: 'Update a sub-account',
	description: 'Change the profile or settings of the sub-account chosen in the Sub-Account field',
	endpoints: ['PUT /locations/{locationId}'],
	properties: [
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			default: '',
			description: 'New name; leave empty to keep it',
		},
		{
			displayName: 'Company ID',
			name: 'companyId',
			type: 'string',
			default: '',
			description:
				"The agency the sub-account belongs to. Leave empty to use the credential's agency.",
		},
		profileFields('Update Fields'),
		prospectProperty,
		snapshotProperty('Snapshot to Load', 'A snapshot to load into the sub-account'),
		{
			displayName: 'Override Existing Content',
			name: 'snapshotOverride',
			type: 'boolean',
			default: false,
			description:
				'Whether the snapshot replaces what the sub-account already has with the same names',
			displayOptions: { hide: { snapshotId: [''] } },
		},
		settingsProperty,
	],
	request: (p) => {
		const locationId = p.locationId();
		const body: IDataObject = { companyId: companyIdOf(p), ...profileBody(p) };
		const name = p.optionalString('name');
		if (name) body.name = name;
		const snapshotId = p.optionalString('snapshotId');
		if (snapshotId) body.snapshot = { id: snapshotId, override: p.boolean('snapshotOverride') };
		if (Object.keys(body).length === 1)
			p.fail('Nothing to update', 'Fill in the name or at least one field.');
		return { method: 'PUT', path: `/locations/${locationId}`, body };
	},
	output: (body) => (body.location as IDataObject) ?? body,
};

const remove: OperationDefinition = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a sub-account',
	description: 'Delete the sub-account chosen in the Sub-Account field, with all its data',
	endpoints: ['DELETE /locations/{locationId}'],
	properties: [
		{
			displayName: 'Confirm Deletion',
			name: 'confirmDelete',
			type: 'boolean',
			default: false,
			description:
				'Whether to really delete the sub-account and everything in it (contacts, conversations, automations). This cannot be undone.',
		},
		{
			displayName: 'Delete Twilio Account',
			name: 'deleteTwilioAccount',
			type: 'boolean',
			default: false,
			description: "Whether to also delete the sub-account's Twilio account",
		},
	],
	request: (p) => {
		const locationId = p.locationId();
		if (!p.boolean('confirmDelete')) {
			p.fail(
				`Sub-account ${locationId} was not deleted: "Confirm Deletion" is off`,
				'Deleting a sub-account removes all its data and cannot be undone. Turn on "Confirm Deletion" to delete it.',
			);
		}
		return {
			method: 'DELETE',
			path: `/locations/${locationId}`,
			qs: { deleteTwilioAccount: p.boolean('deleteTwilioAccount') },
		};
	},
	output: (body, p) => ({ ...body, id: p.locationId(), deleted: body.success !== false }),
};

const getToken: OperationDefinition = {
	value: 'getToken',
	name: 'Get Sub-Account Token',
	action: 'Get a sub-account access token',
	description:
		'Exchange the agency OAuth2 connection for an access token of the sub-account. The output contains the token: a secret, treat it like a password.',
	endpoints: ['POST /oauth/locationToken'],
	properties: [
		{
			displayName:
				'The output contains a live access token of the sub-account. Anyone who sees the execution data can use it until it expires.',
			name: 'sensitiveNotice',
			type: 'notice',
			default: '',
		},
	],
	request: (p) => {
		if (
			p.account.kind !== 'agency' ||
			!p.account.companyId ||
			p.account.credentialType === TOKEN_CREDENTIAL_TYPE
		) {
			p.fail(
				'"Get Sub-Account Token" needs an agency OAuth2 connection',
				'Only a marketplace app connected with Account Type "Agency (Company)" can get sub-account tokens; Private Integration Tokens cannot.',
			);
		}
		const locationId = p.locationId();
		return {
			method: 'POST',
			path: '/oauth/locationToken',
			form: { companyId: p.account.companyId!, locationId },
		};
	},
};

export const subAccountResource: ResourceDefinition = {
	value: 'subAccount',
	name: 'Sub-Account',
	operations: [create, remove, get, getToken, search, update],
	defaultOperation: 'search',
};

const getInstalled: OperationDefinition = {
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many sub-accounts the app is installed on',
	description:
		"List the agency's sub-accounts with whether the marketplace app is installed on them",
	endpoints: ['GET /oauth/installedLocations'],
	list: {
		style: 'skip',
		records: 'locations',
		maxPageSize: 100,
		sizeParam: 'limit',
		total: 'count',
	},
	properties: [
		{
			displayName: 'App ID',
			name: 'appId',
			type: 'string',
			default: '',
			required: true,
			placeholder: '6578278e879ad2646715ba9c',
			description: "The marketplace app's ID: the part of its Client ID before the dash",
		},
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Is Installed',
					name: 'isInstalled',
					type: 'boolean',
					default: true,
					description:
						'Whether to list the sub-accounts the app is installed on (on) or those it is not installed on (off)',
				},
				{
					displayName: 'Name',
					name: 'query',
					type: 'string',
					default: '',
					description: 'Part of the sub-account name',
				},
				{
					displayName: 'On Trial',
					name: 'onTrial',
					type: 'boolean',
					default: true,
					description:
						'Whether to list installations in trial mode (on) or those not in trial mode (off)',
				},
			],
		},
	],
	request: (p) => {
		if (
			p.account.kind !== 'agency' ||
			!p.account.companyId ||
			p.account.credentialType === TOKEN_CREDENTIAL_TYPE
		) {
			p.fail(
				'"Installed Location: Get Many" needs an agency OAuth2 connection',
				'GHL lists app installations only for a marketplace app connected with Account Type "Agency (Company)"; Private Integration Tokens cannot.',
			);
		}
		const appId = p.string('appId').replace(/-.*$/, '');
		return {
			method: 'GET',
			path: '/oauth/installedLocations',
			qs: compact({ companyId: p.account.companyId, appId, ...p.collection('filters') }),
		};
	},
};

export const installedLocationResource: ResourceDefinition = {
	value: 'installedLocation',
	name: 'Installed Location',
	operations: [getInstalled],
};
