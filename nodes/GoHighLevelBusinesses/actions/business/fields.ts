import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { recordLocator } from '../../../shared/descriptions';
import { compact, type Params } from '../../../shared/operations/params';

export const businessLocator = () =>
	recordLocator('businessId', 'Business', 'searchBusinesses', {
		placeholder: 'e.g. 63771dcac1116f0e21de8e12',
	});

export function businessFieldsProperty(displayName: string, withName: boolean): INodeProperties {
	return {
		displayName,
		name: 'fields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{ displayName: 'Address', name: 'address', type: 'string', default: '' },
			{ displayName: 'City', name: 'city', type: 'string', default: '' },
			{
				displayName: 'Country',
				name: 'country',
				type: 'string',
				default: '',
				placeholder: 'e.g. US',
			},
			{ displayName: 'Description', name: 'description', type: 'string', default: '' },
			{
				displayName: 'Email',
				name: 'email',
				type: 'string',
				default: '',
				placeholder: 'name@email.com',
			},
			...(withName
				? [{ displayName: 'Name', name: 'name', type: 'string' as const, default: '' }]
				: []),
			{
				displayName: 'Phone',
				name: 'phone',
				type: 'string',
				default: '',
				placeholder: '+14155550123',
			},
			{ displayName: 'Postal Code', name: 'postalCode', type: 'string', default: '' },
			{ displayName: 'State', name: 'state', type: 'string', default: '' },
			{ displayName: 'Website', name: 'website', type: 'string', default: '' },
		],
	};
}

export function businessBody(p: Params): IDataObject {
	const body: IDataObject = compact({ ...p.collection('fields') });
	for (const [key, value] of Object.entries(body)) body[key] = String(value).trim();
	if (body.email !== undefined) body.email = p.email(body.email, 'Email');
	if (body.phone !== undefined) body.phone = p.phone(body.phone, 'Phone');
	return body;
}

/** GHL's create and update answers carry the business under `buiseness` (sic). */
export const businessOf = (body: IDataObject) =>
	(body.buiseness ?? body.business ?? body) as IDataObject;
