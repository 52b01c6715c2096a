import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { searchPipelines } from '../GoHighLevelOpportunities/methods';
import { matchesFilter, pickerLocation } from '../shared/methods/location';
import { sharedListSearch, sharedLoadOptions } from '../shared/methods/pickers';
import { ghlRequest } from '../shared/transport';

export async function searchCalendars(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const { account, locationId } = await pickerLocation(this);
	const { body } = await ghlRequest.call(
		this,
		{ method: 'GET', path: '/calendars/', qs: { locationId }, locationId },
		0,
		account,
	);
	return {
		results: ((body.calendars as IDataObject[] | undefined) ?? [])
			.filter((c) => matchesFilter(filter, String(c.name ?? '')))
			.map((c) => ({ name: String(c.name ?? c.id), value: String(c.id) })),
	};
}

export const pollingTriggerMethods = {
	listSearch: { ...sharedListSearch, searchCalendars, searchPipelines },
	loadOptions: { ...sharedLoadOptions },
};
