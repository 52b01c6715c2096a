import type { OperationDefinition } from '../../../shared/operations/types';
import { businessBody, businessFieldsProperty, businessLocator, businessOf } from './fields';

export const update: OperationDefinition = {
	value: 'update',
	name: 'Update',
	action: 'Update a business',
	description: "Change a business's fields",
	endpoints: ['PUT /businesses/{businessId}'],
	properties: [businessLocator(), businessFieldsProperty('Update Fields', true)],
	request: (p) => {
		const id = p.id('businessId');
		const body = businessBody(p);
		if (!Object.keys(body).length)
			p.fail('Nothing to update', 'Add at least one field under "Update Fields".');
		return { method: 'PUT', path: `/businesses/${id}`, body };
	},
	output: businessOf,
};
