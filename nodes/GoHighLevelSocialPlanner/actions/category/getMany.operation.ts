import type { IDataObject } from 'n8n-workflow';

import { compact } from '../../../shared/operations/params';
import type { OperationDefinition } from '../../../shared/operations/types';
import { plannerPath } from '../fields';

export const getMany: OperationDefinition = {
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many post categories',
	description: 'List the categories posts can be filed under',
	endpoints: ['GET /social-media-posting/{locationId}/categories'],
	properties: [{ displayName: 'Search', name: 'searchText', type: 'string', default: '' }],
	// skip/limit are strings in this API's query: the pager sends them as text anyway.
	list: {
		style: 'skip',
		sizeParam: 'limit',
		records: 'results.categories',
		total: 'results.count',
		maxPageSize: 100,
	},
	request: (p) => ({
		method: 'GET',
		path: plannerPath(p, '/categories'),
		qs: compact({ searchText: p.optionalString('searchText') }) as IDataObject,
	}),
};
