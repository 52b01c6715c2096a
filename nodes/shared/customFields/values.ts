import type { IDataObject, ResourceMapperField, ResourceMapperValue } from 'n8n-workflow';

import { toDate, type Params } from '../operations/params';

/** A custom field value as GHL takes it; an empty value clears the field. */
export type GhlFieldValue = string | number | string[];

export interface MappedValue {
	id: string;
	value: GhlFieldValue;
}

const isEmpty = (value: unknown) =>
	value === undefined ||
	value === null ||
	value === '' ||
	(Array.isArray(value) && value.length === 0);

function label(field: ResourceMapperField): string {
	return field.displayName.replace(/ \([^)]*\)$/, '');
}

function asList(p: Params, field: ResourceMapperField, value: unknown): string[] {
	if (Array.isArray(value)) return value.map((v) => String(v).trim()).filter(Boolean);
	const text = String(value).trim();
	if (text.startsWith('[')) {
		try {
			const parsed: unknown = JSON.parse(text);
			if (Array.isArray(parsed)) return parsed.map((v) => String(v).trim()).filter(Boolean);
		} catch {
			// Not JSON: a comma-separated list, below.
		}
	}
	if (!text) p.fail(`"${label(field)}" must be a list of values`);
	return text
		.split(',')
		.map((v) => v.trim())
		.filter(Boolean);
}

/** One column's value converted to what GHL stores for its type, checked first. */
function convert(p: Params, field: ResourceMapperField, value: unknown): GhlFieldValue {
	const name = label(field);
	if (field.readOnly) {
		p.fail(
			`"${name}" is a file upload field, which GHL does not let the API set`,
			'Remove it from the mapped fields.',
		);
	}
	if (isEmpty(value)) return field.type === 'array' ? [] : '';
	switch (field.type) {
		case 'number': {
			const number = typeof value === 'number' ? value : Number(String(value).replace(/,/g, ''));
			if (!Number.isFinite(number)) p.fail(`"${name}" must be a number, got "${String(value)}"`);
			return number;
		}
		case 'dateTime': {
			if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value.trim()))
				return value.trim();
			const date = toDate(value);
			if (!date)
				p.fail(
					`"${name}" is not a valid date: "${String(value)}"`,
					'Use a date such as 2026-05-01.',
				);
			return date.toISOString().slice(0, 10);
		}
		case 'array':
			return asList(p, field, value);
		case 'options': {
			const text = String(value).trim();
			const allowed = (field.options ?? []).map((o) => String(o.value));
			if (allowed.length && !allowed.includes(text)) {
				p.fail(`"${name}" has no option "${text}"`, `Choose one of: ${allowed.join(', ')}.`);
			}
			return text;
		}
		default:
			return String(value);
	}
}

/**
 * The fields a resource mapper parameter sets, in the order of its schema. "Map Each Column Manually" sends the
 * columns the user added (an added column left empty clears the field); "Map Automatically" takes the input
 * item's keys that match a column's id or name.
 */
export function mappedValues(
	p: Params,
	parameter: string,
	{ checkRequired = true } = {},
): MappedValue[] {
	const mapper = p.raw<ResourceMapperValue | undefined>(parameter, undefined);
	const schema = mapper?.schema ?? [];
	let values: IDataObject = (mapper?.value ?? {}) as IDataObject;
	if (mapper?.mappingMode === 'autoMapInputData') {
		const item = p.item();
		values = {};
		for (const field of schema) {
			const key = [field.id, label(field)].find((k) => k in item);
			if (key !== undefined) values[field.id] = item[key];
		}
	}
	const result: MappedValue[] = [];
	for (const field of schema) {
		if (!(field.id in values)) continue;
		result.push({ id: field.id, value: convert(p, field, values[field.id]) });
	}
	for (const field of checkRequired ? schema : []) {
		if (field.required && !field.readOnly && isEmpty(values[field.id]))
			p.fail(`"${label(field)}" is required`);
	}
	return result;
}
