import type { IDataObject } from 'n8n-workflow';

import type { OperationDefinition } from '../../../shared/operations/types';
import { categoryLocator, plannerPath } from '../fields';

export const get: OperationDefinition = {
	value: 'get',
	name: 'Get',
	action: 'Get a post category',
	description: 'Get a post category',
	endpoints: ['GET /social-media-posting/{locationId}/categories/{id}'],
	properties: [categoryLocator],
	request: (p) => ({ method: 'GET', path: plannerPath(p, `/categories/${p.id('categoryId')}`) }),
	output: (body) => ((body.results as IDataObject | undefined)?.category as IDataObject) ?? body,
};
