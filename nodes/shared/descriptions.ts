import type { IDataObject, INodeProperties } from 'n8n-workflow';

/** Parameters several nodes share: pick a contact, a user, custom field values. */

/**
 * A record picked from a searchable list of the sub-account, or given by ID: the one shape of every ID parameter.
 * `extra` overrides any field (description, required, displayOptions, ...).
 */
export function recordLocator(
	name: string,
	displayName: string,
	searchListMethod: string,
	{
		placeholder = 'e.g. 3xkJ9QmZp2LqR7sT1vWa',
		...extra
	}: Partial<INodeProperties> & { placeholder?: string } = {},
): INodeProperties {
	return {
		displayName,
		name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description: `The ${displayName.toLowerCase()}, picked from the sub-account or given by ID`,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod, searchable: true },
			},
			{
				displayName: 'ID',
				name: 'id',
				type: 'string',
				placeholder,
				validation: [
					{
						type: 'regex',
						properties: {
							regex: '^[A-Za-z0-9_-]+$',
							errorMessage: `Not a valid ${displayName.toLowerCase()} ID`,
						},
					},
				],
			},
		],
		...extra,
	};
}

export function contactLocator(
	name = 'contactId',
	displayName = 'Contact',
	extra: Partial<INodeProperties> = {},
): INodeProperties {
	return recordLocator(name, displayName, 'searchContacts', {
		placeholder: 'pDtHZsWZ3Ek2R1H7BvEa',
		...extra,
	});
}

export function userProperty(
	name: string,
	displayName: string,
	extra: Partial<INodeProperties> = {},
): INodeProperties {
	return {
		displayName,
		name,
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getUsers' },
		default: '',
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		...extra,
	};
}

export function customFieldsProperty(loadOptionsMethod: string): INodeProperties {
	return {
		displayName: 'Custom Fields',
		name: 'customFields',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Custom Field',
		default: {},
		options: [
			{
				displayName: 'Field',
				name: 'field',
				values: [
					{
						displayName: 'Field Name or ID',
						name: 'id',
						type: 'options',
						typeOptions: { loadOptionsMethod },
						default: '',
						description:
							'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
					},
					{
						displayName: 'Value',
						name: 'value',
						type: 'string',
						default: '',
						description: 'For multiple-choice fields, separate the options with commas',
					},
				],
			},
		],
	};
}

/** The fixedCollection value of customFieldsProperty as GHL's `customFields` array. */
export function customFieldsBody(value: unknown): IDataObject[] | undefined {
	const fields = ((value as IDataObject | undefined)?.field as IDataObject[] | undefined) ?? [];
	const body = fields
		.filter((f) => String(f.id ?? '').trim())
		.map((f) => ({ id: String(f.id).trim(), field_value: f.value as string }));
	return body.length ? body : undefined;
}
