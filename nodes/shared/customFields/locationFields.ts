import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeProperties,
	ResourceMapperFields,
} from 'n8n-workflow';

import { pickerLocation } from '../methods/location';
import type { OperationDefinition } from '../operations/types';
import { ghlRequest } from '../transport';
import { mapperField, mapperProperty } from './columns';
import { mappedValues } from './values';

type Model = 'contact' | 'opportunity';

/** Contact or opportunity custom fields of the sub-account as resource-mapper columns (locations API). */
async function columns(ctx: ILoadOptionsFunctions, model: Model): Promise<ResourceMapperFields> {
	const { account, locationId } = await pickerLocation(ctx);
	const { body } = await ghlRequest.call(
		ctx,
		{
			method: 'GET',
			path: `/locations/${encodeURIComponent(locationId)}/customFields`,
			qs: { model },
			locationId,
		},
		0,
		account,
	);
	const fields = ((body.customFields as IDataObject[]) ?? []).filter(
		(f) => !f.model || f.model === model,
	);
	return {
		fields: fields
			.sort((a, b) => String(a.name).localeCompare(String(b.name)))
			.map((f) =>
				mapperField({
					id: String(f.id),
					name: String(f.name ?? f.fieldKey),
					dataType: String(f.dataType),
					options: ((f.picklistOptions as string[]) ?? []).map((o) => ({
						name: String(o),
						value: String(o),
					})),
				}),
			),
		emptyFieldsNotice: `The sub-account has no ${model} custom fields`,
	};
}

export async function getContactCustomFieldColumns(
	this: ILoadOptionsFunctions,
): Promise<ResourceMapperFields> {
	return await columns(this, 'contact');
}

export async function getOpportunityCustomFieldColumns(
	this: ILoadOptionsFunctions,
): Promise<ResourceMapperFields> {
	return await columns(this, 'opportunity');
}

/**
 * "Update Custom Fields" of contacts and opportunities: each custom field a column typed by GHL's data type; only
 * the columns added are sent, and one added and left empty is cleared.
 */
export function updateCustomFieldsOperation(
	model: Model,
	recordId: INodeProperties,
): OperationDefinition {
	const path = model === 'contact' ? '/contacts' : '/opportunities';
	const method =
		model === 'contact' ? 'getContactCustomFieldColumns' : 'getOpportunityCustomFieldColumns';
	return {
		value: 'updateCustomFields',
		name: 'Update Custom Fields',
		action: `Update custom fields of ${model === 'contact' ? 'a contact' : 'an opportunity'}`,
		description: `Set or clear custom field values of ${model === 'contact' ? 'a contact' : 'an opportunity'}, field by field`,
		endpoints: [`PUT ${path}/{${model === 'contact' ? 'contactId' : 'id'}}`],
		properties: [
			recordId,
			mapperProperty('customFieldValues', 'Custom Fields', method, ['locationId.value'], {
				singular: 'custom field',
				plural: 'custom fields',
			}),
		],
		request: (p) => {
			const id = p.id(recordId.name);
			// The opportunities API takes a value as text, a list or an object (its spec has no number): numbers go as text.
			const customFields = mappedValues(p, 'customFieldValues', { checkRequired: false }).map(
				({ id: fieldId, value }) => ({
					id: fieldId,
					field_value: model === 'opportunity' && typeof value === 'number' ? String(value) : value,
				}),
			);
			if (!customFields.length)
				p.fail(
					'"Custom Fields" needs at least one field',
					'Add the custom fields to set or clear.',
				);
			return { method: 'PUT', path: `${path}/${id}`, body: { customFields } };
		},
		output: (body) => (body[model] as IDataObject) ?? body,
	};
}
