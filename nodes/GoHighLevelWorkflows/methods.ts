import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { matchesFilter, pickerLocation } from '../shared/methods/location';
import { ghlRequest } from '../shared/transport';

/** The sub-account's workflows; a draft is marked, as enrolling a contact in an unpublished workflow is likely a mistake. */
export async function searchWorkflows(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const { account, locationId } = await pickerLocation(this);
	const { body } = await ghlRequest.call(
		this,
		{ method: 'GET', path: '/workflows/', qs: { locationId }, locationId },
		0,
		account,
	);
	return {
		results: ((body.workflows as IDataObject[]) ?? [])
			.filter((w) => matchesFilter(filter, String(w.name ?? '')))
			.map((w) => ({
				name: w.status === 'draft' ? `${w.name} (draft)` : String(w.name ?? w.id),
				value: String(w.id),
			})),
	};
}
