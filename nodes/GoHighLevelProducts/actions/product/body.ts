import type { IDataObject } from 'n8n-workflow';

/** The product fields collection as GHL's body fields. */
export function productFieldsBody(fields: IDataObject): IDataObject {
	const body: IDataObject = {};
	for (const [key, value] of Object.entries(fields)) {
		if (value === '' || value === undefined) continue;
		body[key] =
			key === 'collectionIds'
				? String(value)
						.split(',')
						.map((s) => s.trim())
						.filter(Boolean)
				: value;
	}
	return body;
}
