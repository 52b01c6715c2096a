import type { OperationDefinition } from '../../../shared/operations/types';

export const getMany: OperationDefinition = {
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many association types',
	description: 'List the association types of the sub-account, standard and user-defined',
	endpoints: ['GET /associations/'],
	list: {
		style: 'skip',
		records: 'associations',
		maxPageSize: 100,
		sizeParam: 'limit',
		total: 'total',
	},
	request: (p) => {
		const locationId = p.locationId();
		return { method: 'GET', path: '/associations/', qs: { locationId }, locationId };
	},
};
