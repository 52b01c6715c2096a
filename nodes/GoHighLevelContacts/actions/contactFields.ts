import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { customFieldsBody, customFieldsProperty, userProperty } from '../../shared/descriptions';
import { compact, type Params } from '../../shared/operations/params';

/** The contact fields create, create-or-update and update share. */
export function contactFieldsProperty(displayName = 'Additional Fields'): INodeProperties {
	return {
		displayName,
		name: 'fields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{ displayName: 'Address', name: 'address1', type: 'string', default: '' },
			userProperty('assignedTo', 'Assigned User Name or ID'),
			{ displayName: 'City', name: 'city', type: 'string', default: '' },
			{ displayName: 'Company Name', name: 'companyName', type: 'string', default: '' },
			{
				displayName: 'Country',
				name: 'country',
				type: 'string',
				default: '',
				placeholder: 'US',
				description: 'Two-letter country code',
			},
			customFieldsProperty('getContactCustomFields'),
			{
				displayName: 'Date of Birth',
				name: 'dateOfBirth',
				type: 'string',
				default: '',
				placeholder: '1990-09-25',
			},
			{
				displayName: 'Do Not Disturb',
				name: 'dnd',
				type: 'boolean',
				default: false,
				description: 'Whether all channels are set to Do Not Disturb',
			},
			{
				displayName: 'Email',
				name: 'email',
				type: 'string',
				placeholder: 'name@email.com',
				default: '',
			},
			{ displayName: 'First Name', name: 'firstName', type: 'string', default: '' },
			{ displayName: 'Full Name', name: 'name', type: 'string', default: '' },
			{
				displayName: 'Gender',
				name: 'gender',
				type: 'options',
				options: [
					{ name: 'Female', value: 'female' },
					{ name: 'Male', value: 'male' },
				],
				default: 'female',
			},
			{ displayName: 'Last Name', name: 'lastName', type: 'string', default: '' },
			{
				displayName: 'Phone',
				name: 'phone',
				type: 'string',
				default: '',
				placeholder: '+14155550123',
				description: 'In E.164 format',
			},
			{ displayName: 'Postal Code', name: 'postalCode', type: 'string', default: '' },
			{
				displayName: 'Source',
				name: 'source',
				type: 'string',
				default: '',
				placeholder: 'public api',
			},
			{ displayName: 'State', name: 'state', type: 'string', default: '' },
			{
				displayName: 'Tags',
				name: 'tags',
				type: 'string',
				default: '',
				description: "Comma-separated; on update these replace the contact's tags",
			},
			{
				displayName: 'Timezone',
				name: 'timezone',
				type: 'string',
				default: '',
				placeholder: 'America/New_York',
			},
			{ displayName: 'Website', name: 'website', type: 'string', default: '' },
		],
	};
}

/** The body GHL expects, from the fields collection; email and phone are checked before anything is sent. */
export function contactBody(params: Params, fields: IDataObject): IDataObject {
	const body: IDataObject = compact({ ...fields });
	delete body.customFields;
	if (body.email !== undefined) body.email = params.email(body.email, 'Email');
	if (body.phone !== undefined) body.phone = params.phone(body.phone, 'Phone');
	if (body.tags !== undefined) body.tags = params.tags(body.tags, 'Tags');
	const customFields = customFieldsBody(fields.customFields);
	if (customFields) body.customFields = customFields;
	return body;
}
