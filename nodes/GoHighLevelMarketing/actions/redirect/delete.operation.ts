import type { OperationDefinition } from '../../../shared/operations/types';
import { redirectLocator } from '../fields';

export const remove: OperationDefinition = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a URL redirect',
	description: 'Delete a URL redirect',
	endpoints: ['DELETE /funnels/lookup/redirect/{id}'],
	properties: [redirectLocator],
	request: (p) => ({
		method: 'DELETE',
		path: `/funnels/lookup/redirect/${p.id('redirectId')}`,
		qs: { locationId: p.locationId() },
	}),
	output: (_body, p) => ({ id: p.id('redirectId'), deleted: true }),
};
