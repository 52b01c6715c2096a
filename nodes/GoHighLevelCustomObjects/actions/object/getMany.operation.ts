import type { IDataObject } from 'n8n-workflow';

import { limited, listProperties } from '../../../shared/operations/describe';
import type { OperationDefinition } from '../../../shared/operations/types';

/** GHL returns every object of the sub-account in one response: custom objects and standard ones (contact, business...). */
export const getMany: OperationDefinition = {
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many objects',
	description: 'List the object schemas of the sub-account, standard and custom',
	endpoints: ['GET /objects/'],
	properties: listProperties(),
	request: (p) => {
		const locationId = p.locationId();
		return { method: 'GET', path: '/objects/', qs: { locationId }, locationId };
	},
	output: (body, p) => limited(p, (body.objects as IDataObject[]) ?? []),
};
