import type { IDataObject, ILoadOptionsFunctions, ResourceMapperFields } from 'n8n-workflow';

import { mapperField } from '../../shared/customFields/columns';
import { pickerLocation } from '../../shared/methods/location';
import { ghlRequest } from '../../shared/transport';
import { propertyKey } from '../actions/locators';
import { currentObjectKey } from './listSearch';

/**
 * The record properties of the chosen object, from its schema (GET /objects/{key} with its fields): one column
 * per field, typed by GHL's data type, with the options of select fields. The object's primary display
 * property is required, as GHL shows records by it.
 */
export async function getRecordColumns(this: ILoadOptionsFunctions): Promise<ResourceMapperFields> {
	const objectKey = currentObjectKey(this);
	const { account, locationId } = await pickerLocation(this);
	const { body } = await ghlRequest.call(
		this,
		{
			method: 'GET',
			path: `/objects/${encodeURIComponent(objectKey)}`,
			qs: { locationId, fetchProperties: 'true' },
			locationId,
		},
		0,
		account,
	);
	const primary = String((body.object as IDataObject | undefined)?.primaryDisplayProperty ?? '');
	const fields = (body.fields as IDataObject[]) ?? [];
	return {
		fields: fields.map((f) =>
			mapperField({
				id: propertyKey(String(f.fieldKey)),
				name: String(f.name ?? f.fieldKey),
				dataType: String(f.dataType),
				required: String(f.fieldKey) === primary,
				options: ((f.options as IDataObject[]) ?? []).map((o) => ({
					name: String(o.label),
					value: String(o.key),
				})),
			}),
		),
		emptyFieldsNotice: 'This object has no fields yet',
	};
}

/** For updates nothing is required: only the columns added are changed. */
export async function getRecordColumnsForUpdate(
	this: ILoadOptionsFunctions,
): Promise<ResourceMapperFields> {
	const { fields, emptyFieldsNotice } = await getRecordColumns.call(this);
	return { fields: fields.map((f) => ({ ...f, required: false })), emptyFieldsNotice };
}
