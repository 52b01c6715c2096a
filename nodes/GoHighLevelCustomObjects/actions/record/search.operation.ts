import type { IDataObject } from 'n8n-workflow';

import type { OperationDefinition } from '../../../shared/operations/types';
import { objectKeyOf, objectLocator } from '../locators';

const MAX_PAGE = 100;

/**
 * Pages with the last record's `searchAfter`. The spec requires page, query and searchAfter on every request, and
 * types searchAfter as strings in the request while the answer carries numbers: it is sent back as strings.
 */
export const search: OperationDefinition = {
	value: 'search',
	name: 'Search',
	action: 'Search records',
	description: 'Find records of an object by text in its searchable properties',
	endpoints: ['POST /objects/{schemaKey}/records/search'],
	properties: [
		objectLocator(),
		{
			displayName: 'Query',
			name: 'query',
			type: 'string',
			default: '',
			description:
				"Text matched against the object's searchable properties; empty returns every record",
		},
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 50,
			description: 'Max number of results to return',
			displayOptions: { show: { returnAll: [false] } },
		},
	],
	run: async (p, api) => {
		const locationId = p.locationId();
		const path = `/objects/${encodeURIComponent(objectKeyOf(p))}/records/search`;
		const query = p.optionalString('query') ?? '';
		const limit = p.boolean('returnAll') ? Infinity : p.number('limit', 50);
		const found: IDataObject[] = [];
		let searchAfter: string[] = [];
		while (found.length < limit) {
			const pageLimit = Math.min(MAX_PAGE, limit - found.length);
			const body = await api.request({
				method: 'POST',
				path,
				body: { locationId, page: 1, pageLimit, query, searchAfter },
				locationId,
			});
			const records = (body.records as IDataObject[]) ?? [];
			found.push(...records);
			const last = records[records.length - 1];
			const total = Number(body.total);
			if (
				records.length < pageLimit ||
				!Array.isArray(last?.searchAfter) ||
				(Number.isFinite(total) && found.length >= total)
			)
				break;
			searchAfter = (last.searchAfter as unknown[]).map(String);
		}
		return found.slice(0, limit);
	},
};
