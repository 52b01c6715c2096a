import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { recordLocator } from '../../shared/descriptions';
import { compact, type Params } from '../../shared/operations/params';
import type { OperationApi } from '../../shared/operations/api';
import type { ResourceDefinition } from '../../shared/operations/types';
import type { Pagination } from '../../shared/transport/pagination';

const userId = recordLocator('userId', 'User', 'searchUsers');
const searchPagination: Pagination = {
	style: 'skip',
	records: 'users',
	maxPageSize: 100,
	sizeParam: 'limit',
	total: 'count',
};

const ROLES = [
	{ name: 'Admin', value: 'admin' },
	{ name: 'User', value: 'user' },
];
const TYPES = [
	{ name: 'Sub-Account User', value: 'account' },
	{ name: 'Agency User', value: 'agency' },
];

/** The agency the user belongs to: the credential's, else the sub-account's (one request). */
async function companyIdOf(p: Params, api: OperationApi): Promise<string> {
	if (p.account.companyId) return p.account.companyId;
	const locationId = p.locationId();
	const body = await api.request({ method: 'GET', path: `/locations/${locationId}`, locationId });
	const companyId = (body.location as IDataObject | undefined)?.companyId;
	if (!companyId) p.fail(`GHL did not say which agency sub-account ${locationId} belongs to`);
	return String(companyId);
}

const userFields = (displayName: string): INodeProperties => ({
	displayName,
	name: 'fields',
	type: 'collection',
	placeholder: 'Add Field',
	default: {},
	options: [
		{ displayName: 'First Name', name: 'firstName', type: 'string', default: '' },
		{ displayName: 'Last Name', name: 'lastName', type: 'string', default: '' },
		{
			displayName: 'Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			default: '',
		},
		{
			displayName: 'Phone',
			name: 'phone',
			type: 'string',
			default: '',
			placeholder: '+14155550123',
		},
		{ displayName: 'Role', name: 'role', type: 'options', options: ROLES, default: 'user' },
		{
			displayName: 'Sub-Account IDs',
			name: 'locationIds',
			type: 'string',
			default: '',
			description:
				'Sub-accounts the user can access, separated by commas (replaces the current list)',
		},
		{ displayName: 'Type', name: 'type', type: 'options', options: TYPES, default: 'account' },
	],
});

function idList(value: unknown): string[] {
	return String(value ?? '')
		.split(',')
		.map((v) => v.trim())
		.filter(Boolean);
}

function userBody(p: Params): IDataObject {
	const fields = p.collection('fields');
	const body: IDataObject = compact({
		firstName: fields.firstName as string,
		lastName: fields.lastName as string,
		password: fields.password as string,
		role: fields.role as string,
		type: fields.type as string,
	});
	if (fields.phone) body.phone = p.phone(fields.phone, 'Phone');
	const locationIds = idList(fields.locationIds);
	if (locationIds.length) body.locationIds = locationIds;
	return body;
}

export const userResource: ResourceDefinition = {
	value: 'user',
	name: 'User',
	defaultOperation: 'getMany',
	operations: [
		{
			value: 'create',
			name: 'Create',
			action: 'Create a user',
			description: 'Add a user with access to the sub-account',
			endpoints: ['POST /users/'],
			properties: [
				{
					displayName: 'First Name',
					name: 'firstName',
					type: 'string',
					default: '',
					required: true,
				},
				{ displayName: 'Last Name', name: 'lastName', type: 'string', default: '', required: true },
				{
					displayName: 'Email',
					name: 'email',
					type: 'string',
					placeholder: 'name@email.com',
					default: '',
					required: true,
				},
				{
					displayName: 'Password',
					name: 'password',
					type: 'string',
					typeOptions: { password: true },
					default: '',
					required: true,
				},
				{ displayName: 'Role', name: 'role', type: 'options', options: ROLES, default: 'user' },
				{ displayName: 'Type', name: 'type', type: 'options', options: TYPES, default: 'account' },
				{
					displayName: 'Phone',
					name: 'phone',
					type: 'string',
					default: '',
					placeholder: '+14155550123',
				},
			],
			run: async (p, api) => {
				const locationId = p.locationId();
				const body: IDataObject = {
					firstName: p.string('firstName'),
					lastName: p.string('lastName'),
					email: p.email(p.raw('email'), 'Email'),
					password: p.string('password'),
					type: p.string('type'),
					role: p.string('role'),
					locationIds: [locationId],
				};
				const phone = p.optionalString('phone');
				if (phone) body.phone = p.phone(phone, 'Phone');
				body.companyId = await companyIdOf(p, api);
				return await api.request({ method: 'POST', path: '/users/', body, locationId });
			},
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete a user',
			description: 'Delete a user',
			endpoints: ['DELETE /users/{userId}'],
			properties: [userId],
			request: (p) => ({
				method: 'DELETE',
				path: `/users/${p.id('userId')}`,
				locationId: p.optionalId('locationId'),
			}),
			output: (body, p) => ({ ...body, id: p.id('userId'), deleted: body.succeded !== false }),
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a user',
			description: 'Get a user by ID',
			endpoints: ['GET /users/{userId}'],
			properties: [userId],
			request: (p) => ({
				method: 'GET',
				path: `/users/${p.id('userId')}`,
				locationId: p.optionalId('locationId'),
			}),
		},
		{
			value: 'getMany',
			name: 'Get Many',
			action: 'Get many users of a sub-account',
			description: 'List the users with access to the sub-account',
			endpoints: ['GET /users/'],
			request: (p) => ({
				method: 'GET',
				path: '/users/',
				qs: { locationId: p.locationId() },
				locationId: p.locationId(),
			}),
			output: (body) => (body.users as IDataObject[]) ?? [],
		},
		{
			value: 'search',
			name: 'Search',
			action: 'Search users',
			description: 'Find users of the agency or of the sub-account by name, email or role',
			endpoints: ['GET /users/search'],
			list: searchPagination,
			properties: [
				{
					displayName: 'Query',
					name: 'query',
					type: 'string',
					default: '',
					description: 'Part of the name, email or phone',
				},
				{
					displayName: 'Filters',
					name: 'filters',
					type: 'collection',
					placeholder: 'Add Filter',
					default: {},
					options: [
						{ displayName: 'Role', name: 'role', type: 'options', options: ROLES, default: 'user' },
						{
							displayName: 'Type',
							name: 'type',
							type: 'options',
							options: TYPES,
							default: 'account',
						},
						{
							displayName: 'Only This Sub-Account',
							name: 'onlySubAccount',
							type: 'boolean',
							default: true,
							description:
								'Whether to list only users of the sub-account in the Sub-Account field (else the whole agency)',
						},
					],
				},
			],
			run: async (p, api) => {
				const filters = p.collection('filters');
				const qs: IDataObject = compact({
					companyId: await companyIdOf(p, api),
					query: p.optionalString('query'),
					role: filters.role as string,
					type: filters.type as string,
				});
				const chosen = p.optionalId('locationId') ?? p.account.locationId;
				if (filters.onlySubAccount !== false && chosen) qs.locationId = chosen;
				const limit = p.boolean('returnAll') ? undefined : p.number('limit', 50);
				return await api.all({ method: 'GET', path: '/users/search', qs }, searchPagination, limit);
			},
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a user',
			description: "Change a user's name, role, password or sub-accounts",
			endpoints: ['PUT /users/{userId}'],
			properties: [userId, userFields('Update Fields')],
			request: (p) => {
				const body = userBody(p);
				if (!Object.keys(body).length) p.fail('Nothing to update', 'Fill in at least one field.');
				return {
					method: 'PUT',
					path: `/users/${p.id('userId')}`,
					body,
					locationId: p.optionalId('locationId'),
				};
			},
		},
	],
};
