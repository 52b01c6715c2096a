import type { IDataObject } from 'n8n-workflow';

import type { OperationDefinition } from '../../../shared/operations/types';
import { collectionLocator } from '../fields';

export const get: OperationDefinition = {
	value: 'get',
	name: 'Get',
	action: 'Get a collection',
	description: 'Get a product collection',
	endpoints: ['GET /products/collections/{collectionId}'],
	properties: [collectionLocator],
	request: (p) => ({
		method: 'GET',
		path: `/products/collections/${p.id('collectionId')}`,
		qs: { altId: p.locationId() },
	}),
	output: (body) => (body.data as IDataObject) ?? body,
};
