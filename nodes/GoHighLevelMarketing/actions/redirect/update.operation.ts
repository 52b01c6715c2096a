import type { IDataObject } from 'n8n-workflow';

import type { OperationDefinition } from '../../../shared/operations/types';
import { redirectLocator } from '../fields';
import { targetProperties } from './fields';

export const update: OperationDefinition = {
	value: 'update',
	name: 'Update',
	action: 'Update a URL redirect',
	description: 'Point a redirect somewhere else',
	endpoints: ['PATCH /funnels/lookup/redirect/{id}'],
	properties: [redirectLocator, ...targetProperties],
	request: (p) => ({
		method: 'PATCH',
		path: `/funnels/lookup/redirect/${p.id('redirectId')}`,
		body: { target: p.string('target'), action: p.string('action'), locationId: p.locationId() },
	}),
	output: (body) => (body.data as IDataObject) ?? body,
};
