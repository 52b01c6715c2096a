import type { IDataObject } from 'n8n-workflow';

import type { GhlTestBed } from '../harness/ghl';
import { PollHarness } from '../harness/poll';

/** A polling trigger on the sub-account loc_main, with a fresh (never activated) workflow. */
export function pollingTrigger(
	ghl: GhlTestBed,
	parameters: IDataObject,
	credentialId = ghl.pit,
): PollHarness {
	return new PollHarness(ghl.harness, {
		type: 'goHighLevelPollingTrigger',
		parameters,
		credentialId,
	});
}

/** Calls the fake GHL API as another client would (a user working in GHL between polls). */
export async function callGhl(
	ghl: GhlTestBed,
	method: string,
	path: string,
	body?: unknown,
	version = '2021-07-28',
): Promise<any> {
	const response = await fetch(`${ghl.fake.url}${path}`, {
		method,
		headers: {
			Authorization: 'Bearer pit-location-main',
			Version: version,
			'Content-Type': 'application/json',
			Accept: 'application/json',
		},
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const json = await response.json();
	if (!response.ok)
		throw new Error(`${method} ${path} → ${response.status} ${JSON.stringify(json)}`);
	return json;
}

export const ids = (items: IDataObject[]) => items.map((i) => String(i.id));
