import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchResult,
	INodePropertyOptions,
} from 'n8n-workflow';

import { matchesFilter, pickerLocation } from '../shared/methods/location';
import { ghlRequest } from '../shared/transport';
import { timezoneNames } from './dates';

async function listOf(
	ctx: ILoadOptionsFunctions,
	path: string,
	key: string,
): Promise<IDataObject[]> {
	const { account, locationId } = await pickerLocation(ctx);
	const { body } = await ghlRequest.call(
		ctx,
		{ method: 'GET', path, qs: { locationId }, locationId },
		0,
		account,
	);
	return (body[key] as IDataObject[] | undefined) ?? [];
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

export async function searchCalendars(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const calendars = await listOf(this, '/calendars/', 'calendars');
	return {
		results: calendars
			.map((c) => ({ name: String(c.name ?? c.id), value: String(c.id) }))
			.filter((c) => matchesFilter(filter, c.name))
			.sort(byName),
	};
}

export async function searchCalendarGroups(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const groups = await listOf(this, '/calendars/groups', 'groups');
	return {
		results: groups
			.map((g) => ({ name: String(g.name ?? g.id), value: String(g.id) }))
			.filter((g) => matchesFilter(filter, g.name))
			.sort(byName),
	};
}

export async function getCalendars(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return (await searchCalendars.call(this)).results.map((r) => ({ name: r.name, value: r.value }));
}

export async function getCalendarGroups(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	return (await searchCalendarGroups.call(this)).results.map((r) => ({
		name: r.name,
		value: r.value,
	}));
}

export async function getTimezones(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return [
		{
			name: 'Workflow Timezone',
			value: '',
			description: 'The timezone set in the workflow settings',
		},
		...timezoneNames().map((name) => ({ name: name.replace(/_/g, ' '), value: name })),
	];
}
