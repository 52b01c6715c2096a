import type { OperationDefinition } from '../../../shared/operations/types';

export const getMany: OperationDefinition = {
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many surveys',
	description: 'List the surveys of the sub-account',
	endpoints: ['GET /surveys/'],
	list: { style: 'skip', records: 'surveys', maxPageSize: 50, sizeParam: 'limit', total: 'total' },
	request: (p) => {
		const locationId = p.locationId();
		return { method: 'GET', path: '/surveys/', qs: { locationId }, locationId };
	},
};
