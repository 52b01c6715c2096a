import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { ghlRequest, type GhlRequest } from '../transport';
import { valueAt } from '../transport/pagination';
import { matchesFilter, pickerLocation } from './location';

/**
 * A searchable list of one kind of record of the sub-account: one GET, records at a dot path, a label per record.
 * `request` gets the sub-account and the user's filter (for endpoints that search themselves); the label is also
 * filtered here, since most of these endpoints return everything.
 */
export function listPicker(options: {
	request: (locationId: string, filter?: string) => GhlRequest;
	records: string;
	label: (record: IDataObject) => string;
	id?: (record: IDataObject) => string;
}) {
	return async function (
		this: ILoadOptionsFunctions,
		filter?: string,
	): Promise<INodeListSearchResult> {
		const { account, locationId } = await pickerLocation(this);
		const { body } = await ghlRequest.call(
			this,
			{ locationId, ...options.request(locationId, filter) },
			0,
			account,
		);
		const records = (valueAt(body, options.records) as IDataObject[] | undefined) ?? [];
		return {
			results: records
				.map((r) => ({
					name: options.label(r),
					value: options.id ? options.id(r) : String(r._id ?? r.id),
				}))
				.filter((r) => matchesFilter(filter, r.name, r.value)),
		};
	};
}
