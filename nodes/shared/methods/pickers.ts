import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchResult,
	INodePropertyOptions,
} from 'n8n-workflow';

import { ghlRequest } from '../transport';
import { accountOf } from '../transport/account';
import { matchesFilter, pickerLocation } from './location';

/** Pickers every action node offers: contacts, users, custom fields, sub-accounts. */

export async function searchContacts(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const { account, locationId } = await pickerLocation(this);
	const page = paginationToken ? Number(paginationToken) : 1;
	const { body } = await ghlRequest.call(
		this,
		{
			method: 'POST',
			path: '/contacts/search',
			body: { locationId, pageLimit: 50, page, ...(filter ? { query: filter } : {}) },
			locationId,
		},
		0,
		account,
	);
	const contacts = (body.contacts as IDataObject[]) ?? [];
	return {
		results: contacts.map((c) => {
			const name =
				[c.firstName, c.lastName].filter(Boolean).join(' ') || String(c.contactName ?? '');
			const label = [name, c.email ?? c.phone].filter(Boolean).join(' · ') || String(c.id);
			return { name: label, value: String(c.id) };
		}),
		paginationToken: contacts.length === 50 ? String(page + 1) : undefined,
	};
}

export async function getUsers(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const { account, locationId } = await pickerLocation(this);
	const { body } = await ghlRequest.call(
		this,
		{ method: 'GET', path: '/users/', qs: { locationId }, locationId },
		0,
		account,
	);
	return ((body.users as IDataObject[]) ?? [])
		.map((u) => ({
			name: String(u.name ?? ([u.firstName, u.lastName].filter(Boolean).join(' ') || u.email)),
			value: String(u.id),
			description: u.email ? String(u.email) : undefined,
		}))
		.sort((a, b) => a.name.localeCompare(b.name));
}

export async function searchUsers(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const users = await getUsers.call(this);
	return {
		results: users
			.filter((u) => matchesFilter(filter, u.name, u.description))
			.map((u) => ({ name: u.name, value: u.value })),
	};
}

async function customFields(
	this: ILoadOptionsFunctions,
	model: string,
): Promise<INodePropertyOptions[]> {
	const { account, locationId } = await pickerLocation(this);
	const { body } = await ghlRequest.call(
		this,
		{ method: 'GET', path: `/locations/${locationId}/customFields`, qs: { model }, locationId },
		0,
		account,
	);
	return ((body.customFields as IDataObject[]) ?? [])
		.map((f) => ({
			name: String(f.name),
			value: String(f.id),
			description: [f.dataType, f.fieldKey].filter(Boolean).join(' · '),
		}))
		.sort((a, b) => a.name.localeCompare(b.name));
}

export async function getContactCustomFields(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	return await customFields.call(this, 'contact');
}

export async function getOpportunityCustomFields(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	return await customFields.call(this, 'opportunity');
}

export async function searchSubAccounts(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const account = await accountOf(this);
	if (account.kind !== 'agency' || !account.companyId) {
		// A sub-account credential can only act on its own sub-account.
		return account.locationId
			? {
					results: [
						{
							name: `This credential's sub-account (${account.locationId})`,
							value: account.locationId,
						},
					],
				}
			: { results: [] };
	}
	const skip = paginationToken ? Number(paginationToken) : 0;
	const { body } = await ghlRequest.call(
		this,
		{
			method: 'GET',
			path: '/locations/search',
			qs: { companyId: account.companyId, skip, limit: 100 },
		},
		0,
		account,
	);
	const locations = (body.locations as IDataObject[]) ?? [];
	return {
		results: locations
			.filter((l) => matchesFilter(filter, String(l.name ?? ''), String(l.email ?? '')))
			.map((l) => ({ name: String(l.name ?? l.id), value: String(l.id) })),
		paginationToken: locations.length === 100 ? String(skip + 100) : undefined,
	};
}

export const sharedListSearch = { searchContacts, searchUsers, searchSubAccounts };
export const sharedLoadOptions = { getUsers, getContactCustomFields, getOpportunityCustomFields };
