import type { OperationDefinition } from '../../../shared/operations/types';

export const getMany: OperationDefinition = {
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many forms',
	description: 'List the forms of the sub-account',
	endpoints: ['GET /forms/'],
	list: { style: 'skip', records: 'forms', maxPageSize: 50, sizeParam: 'limit', total: 'total' },
	request: (p) => {
		const locationId = p.locationId();
		return { method: 'GET', path: '/forms/', qs: { locationId }, locationId };
	},
};
