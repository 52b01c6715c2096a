import { compact } from '../../../shared/operations/params';
import type { OperationDefinition } from '../../../shared/operations/types';

export const getMany: OperationDefinition = {
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many blogs',
	description: 'List the blogs (sites) of the sub-account',
	endpoints: ['GET /blogs/site/all'],
	properties: [{ displayName: 'Search', name: 'searchTerm', type: 'string', default: '' }],
	list: { style: 'skip', sizeParam: 'limit', records: 'data', maxPageSize: 100 },
	request: (p) => ({
		method: 'GET',
		path: '/blogs/site/all',
		qs: compact({ locationId: p.locationId(), searchTerm: p.optionalString('searchTerm') }),
	}),
};
