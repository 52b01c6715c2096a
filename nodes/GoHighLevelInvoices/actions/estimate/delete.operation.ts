import { altOf } from '../../../shared/altLocation';
import type { OperationDefinition } from '../../../shared/operations/types';
import { estimateLocator } from '../fields';

export const remove: OperationDefinition = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete an estimate',
	description: 'Delete an estimate',
	endpoints: ['DELETE /invoices/estimate/{estimateId}'],
	properties: [estimateLocator],
	// This DELETE takes the sub-account in a JSON body, not the query.
	request: (p) => ({
		method: 'DELETE',
		path: `/invoices/estimate/${p.id('estimateId')}`,
		body: altOf(p),
	}),
};
