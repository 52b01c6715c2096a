import type { IDataObject } from 'n8n-workflow';

import { compact } from '../../../shared/operations/params';
import type { OperationDefinition } from '../../../shared/operations/types';
import { plannerPath } from '../fields';

export const getMany: OperationDefinition = {
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many post tags',
	description: 'List the tags posts can carry',
	endpoints: ['GET /social-media-posting/{locationId}/tags'],
	properties: [{ displayName: 'Search', name: 'searchText', type: 'string', default: '' }],
	list: {
		style: 'skip',
		sizeParam: 'limit',
		records: 'results.tags',
		total: 'results.count',
		maxPageSize: 100,
	},
	request: (p) => ({
		method: 'GET',
		path: plannerPath(p, '/tags'),
		qs: compact({ searchText: p.optionalString('searchText') }) as IDataObject,
	}),
};
