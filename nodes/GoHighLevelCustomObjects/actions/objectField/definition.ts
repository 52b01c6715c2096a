import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { Params } from '../../../shared/operations/params';

/** What create and update share: the field's look and, for select fields, its options. */
export const DATA_TYPES = [
	['Checkbox', 'CHECKBOX'],
	['Date', 'DATE'],
	['Email', 'EMAIL'],
	['File Upload', 'FILE_UPLOAD'],
	['Large Text', 'LARGE_TEXT'],
	['Monetary', 'MONETORY'],
	['Multi-Select', 'MULTIPLE_OPTIONS'],
	['Number', 'NUMERICAL'],
	['Phone', 'PHONE'],
	['Radio', 'RADIO'],
	['Single Select', 'SINGLE_OPTIONS'],
	['Text', 'TEXT'],
	['Text List', 'TEXTBOX_LIST'],
].map(([name, value]) => ({ name, value }));

export const OPTION_TYPES = [
	'CHECKBOX',
	'MULTIPLE_OPTIONS',
	'RADIO',
	'SINGLE_OPTIONS',
	'TEXTBOX_LIST',
];

export const showInFormsProperty: INodeProperties = {
	displayName: 'Show in Forms',
	name: 'showInForms',
	type: 'boolean',
	default: true,
	description: 'Whether the field can be added to forms',
};

export function fieldOptions(displayName: string): INodeProperties {
	return {
		displayName,
		name: 'fields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{ displayName: 'Description', name: 'description', type: 'string', default: '' },
			{
				displayName: 'Options',
				name: 'options',
				type: 'string',
				default: '',
				placeholder: 'e.g. Dog, Cat, Bird',
				description:
					'For select, radio and checkbox fields: comma-separated labels (each key is made from its label)',
			},
			{ displayName: 'Placeholder', name: 'placeholder', type: 'string', default: '' },
		],
	};
}

/** `Dog, Cat` → GHL's option list, keys made from the labels. */
export function optionList(p: Params, value: unknown): IDataObject[] | undefined {
	const labels = String(value ?? '')
		.split(',')
		.map((l) => l.trim())
		.filter(Boolean);
	if (!labels.length) return undefined;
	const options = labels.map((label) => ({
		key: label
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '_')
			.replace(/^_|_$/g, ''),
		label,
	}));
	const empty = options.find((o) => !o.key);
	if (empty) p.fail(`"Options" has a label without letters or digits: "${empty.label}"`);
	return options;
}

export function fieldDetails(p: Params): IDataObject {
	const fields = p.collection('fields');
	const body: IDataObject = {};
	for (const key of ['description', 'placeholder']) {
		if (String(fields[key] ?? '').trim()) body[key] = String(fields[key]).trim();
	}
	const options = optionList(p, fields.options);
	if (options) body.options = options;
	return body;
}
