import type { OperationDefinition } from '../../../shared/operations/types';
import { linkLocator } from './locator';

export const remove: OperationDefinition = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a trigger link',
	description: 'Delete a trigger link',
	endpoints: ['DELETE /links/{linkId}'],
	properties: [linkLocator()],
	request: (p) => ({
		method: 'DELETE',
		path: `/links/${p.id('linkId')}`,
		locationId: p.locationId(),
	}),
};
