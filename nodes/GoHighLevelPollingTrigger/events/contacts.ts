import type { IDataObject } from 'n8n-workflow';

import { ghlRequestAllItems, type Pagination } from '../../shared/transport/pagination';
import {
	timeCursorEvent,
	timeOf,
	type PollEvent,
	type PollRun,
	type TimeCursorSource,
} from './types';

const searchPagination: Pagination = {
	style: 'searchAfter',
	records: 'contacts',
	maxPageSize: 100,
	sizeParam: 'pageLimit',
	in: 'body',
	total: 'total',
};

/**
 * POST /contacts/search sorts by `dateAdded` or `dateUpdated` and filters them with a `range`, so a poll asks
 * for exactly the contacts at or after the cursor, oldest first, page after page (searchAfter).
 */
function contactsBy(field: 'dateAdded' | 'dateUpdated'): TimeCursorSource {
	const search = async (run: PollRun, body: IDataObject, limit?: number) =>
		await ghlRequestAllItems.call(
			run.ctx,
			{
				method: 'POST',
				path: '/contacts/search',
				body: { locationId: run.locationId, ...body },
				locationId: run.locationId,
			},
			searchPagination,
			limit,
			0,
			run.account,
		);
	return {
		time: (contact) => timeOf(contact[field]),
		since: async (run, time) =>
			await search(run, {
				sort: [{ field, direction: 'asc' }],
				...(time === undefined
					? {}
					: {
							filters: [{ field, operator: 'range', value: { gte: new Date(time).toISOString() } }],
						}),
			}),
		newest: async (run, count) =>
			await search(run, { sort: [{ field, direction: 'desc' }] }, count),
	};
}

export const contactCreated: PollEvent = timeCursorEvent(
	{
		value: 'ContactCreate',
		name: 'New Contact',
		description: 'A contact was added to the sub-account',
		endpoints: ['POST /contacts/search'],
	},
	contactsBy('dateAdded'),
);

export const contactUpdated: PollEvent = timeCursorEvent(
	{
		value: 'ContactUpdate',
		name: 'Contact Updated',
		// GHL sets dateUpdated when it creates a contact too, so new contacts count as updated.
		description:
			'A contact was changed (new contacts included: GHL stamps them as updated when it adds them)',
		endpoints: ['POST /contacts/search'],
	},
	contactsBy('dateUpdated'),
);
