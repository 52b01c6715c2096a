import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { matchesFilter, pickerLocation } from '../shared/methods/location';
import { ghlRequest } from '../shared/transport';

/** The sub-account's campaigns, each with its status, so a draft is not picked by mistake. */
export async function searchCampaigns(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const { account, locationId } = await pickerLocation(this);
	const { body } = await ghlRequest.call(
		this,
		{ method: 'GET', path: '/campaigns/', qs: { locationId }, locationId },
		0,
		account,
	);
	return {
		results: ((body.campaigns as IDataObject[]) ?? [])
			.filter((c) => matchesFilter(filter, String(c.name ?? ''), String(c.status ?? '')))
			.map((c) => ({
				name: c.status ? `${c.name} (${c.status})` : String(c.name ?? c.id),
				value: String(c.id),
			})),
	};
}
