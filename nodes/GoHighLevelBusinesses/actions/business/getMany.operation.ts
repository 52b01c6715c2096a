import type { OperationDefinition } from '../../../shared/operations/types';

export const getMany: OperationDefinition = {
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many businesses',
	description: 'List the businesses of the sub-account',
	endpoints: ['GET /businesses/'],
	list: { style: 'skip', records: 'businesses', maxPageSize: 100, sizeParam: 'limit' },
	request: (p) => {
		const locationId = p.locationId();
		return { method: 'GET', path: '/businesses/', qs: { locationId }, locationId };
	},
};
