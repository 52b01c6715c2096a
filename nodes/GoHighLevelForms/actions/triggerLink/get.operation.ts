import type { IDataObject } from 'n8n-workflow';

import type { OperationDefinition } from '../../../shared/operations/types';
import { linkLocator } from './locator';

export const get: OperationDefinition = {
	value: 'get',
	name: 'Get',
	action: 'Get a trigger link',
	description: 'Get a trigger link by ID',
	endpoints: ['GET /links/id/{linkId}'],
	properties: [linkLocator()],
	request: (p) => {
		const locationId = p.locationId();
		return { method: 'GET', path: `/links/id/${p.id('linkId')}`, qs: { locationId }, locationId };
	},
	output: (body) => body.link as IDataObject,
};
