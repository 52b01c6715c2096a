import type { OperationDefinition } from '../../../shared/operations/types';
import type { Pagination } from '../../../shared/transport/pagination';
import { objectKeyOf, objectLocator } from '../locators';

/** Pages with the last record's `searchAfter`; the spec requires page, query and searchAfter on every request. */
const searchPagination: Pagination = {
	style: 'searchAfter',
	records: 'records',
	maxPageSize: 100,
	sizeParam: 'pageLimit',
	in: 'body',
	total: 'total',
};

export const search: OperationDefinition = {
	value: 'search',
	name: 'Search',
	action: 'Search records',
	description: 'Find records of an object by text in its searchable properties',
	endpoints: ['POST /objects/{schemaKey}/records/search'],
	list: searchPagination,
	properties: [
		objectLocator(),
		{
			displayName: 'Query',
			name: 'query',
			type: 'string',
			default: '',
			description: 'Text matched against the object\'s searchable properties; empty returns every record',
		},
	],
	request: (p) => {
		const locationId = p.locationId();
		return {
			method: 'POST',
			path: `/objects/${encodeURIComponent(objectKeyOf(p))}/records/search`,
			body: { locationId, page: 1, query: p.optionalString('query') ?? '', searchAfter: [] },
			locationId,
		};
	},
};
