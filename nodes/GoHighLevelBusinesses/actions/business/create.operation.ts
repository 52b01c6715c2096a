import type { OperationDefinition } from '../../../shared/operations/types';
import { businessBody, businessFieldsProperty, businessOf } from './fields';

export const create: OperationDefinition = {
	value: 'create',
	name: 'Create',
	action: 'Create a business',
	description: 'Create a business (company) in the sub-account',
	endpoints: ['POST /businesses/'],
	properties: [
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. Acme Dental Supplies',
		},
		businessFieldsProperty('Additional Fields', false),
	],
	request: (p) => {
		const locationId = p.locationId();
		return {
			method: 'POST',
			path: '/businesses/',
			body: { name: p.string('name'), locationId, ...businessBody(p) },
			locationId,
		};
	},
	output: businessOf,
};
