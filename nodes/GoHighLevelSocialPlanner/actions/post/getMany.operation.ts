import type { IDataObject } from 'n8n-workflow';

import { listProperties } from '../../../shared/operations/describe';
import type { OperationDefinition } from '../../../shared/operations/types';
import { plannerPath } from '../fields';

const PAGE_SIZE = 100;
const DAY_MS = 86_400_000;

export const getMany: OperationDefinition = {
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many social posts',
	description: 'List the posts of a date range (scheduled, published, drafts, ...)',
	endpoints: ['POST /social-media-posting/{locationId}/posts/list'],
	properties: [
		{
			displayName: 'From',
			name: 'fromDate',
			type: 'dateTime',
			default: '',
			description: 'Defaults to 30 days ago',
		},
		{
			displayName: 'To',
			name: 'toDate',
			type: 'dateTime',
			default: '',
			description: 'Defaults to 30 days ahead',
		},
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Status',
					name: 'type',
					type: 'options',
					options: [
						'all',
						'scheduled',
						'published',
						'draft',
						'failed',
						'in_review',
						'in_progress',
					].map((value) => ({
						name: value.replace('_', ' ').replace(/^./, (c) => c.toUpperCase()),
						value,
					})),
					default: 'all',
				},
				{
					displayName: 'Account IDs',
					name: 'accounts',
					type: 'string',
					default: '',
					description: 'Comma-separated: only posts to these accounts',
				},
			],
		},
		...listProperties(),
	],
	// A POST list whose paging fields (skip, limit) are strings in the body: paged here, not by the shared pager.
	run: async (p, api) => {
		const now = Date.now();
		const fromDate = p.raw('fromDate', '')
			? p.isoDate(p.raw('fromDate'), 'From')
			: new Date(now - 30 * DAY_MS).toISOString();
		const toDate = p.raw('toDate', '')
			? p.isoDate(p.raw('toDate'), 'To')
			: new Date(now + 30 * DAY_MS).toISOString();
		if (fromDate > toDate) p.fail('"From" is after "To"');
		const filters = p.collection('filters');
		const limit = p.boolean('returnAll') ? Infinity : p.number('limit', 50);
		const posts: IDataObject[] = [];
		for (let skip = 0; posts.length < limit; skip += PAGE_SIZE) {
			const size = Math.min(PAGE_SIZE, limit - posts.length);
			const body = await api.request({
				method: 'POST',
				path: plannerPath(p, '/posts/list'),
				body: {
					skip: String(skip),
					limit: String(size),
					fromDate,
					toDate,
					includeUsers: 'false',
					...(filters.type && filters.type !== 'all' ? { type: filters.type } : {}),
					...(filters.accounts ? { accounts: String(filters.accounts) } : {}),
				},
			});
			const page =
				((body.results as IDataObject | undefined)?.posts as IDataObject[] | undefined) ?? [];
			posts.push(...page);
			if (page.length < size) break;
		}
		return posts.slice(0, limit);
	},
};
