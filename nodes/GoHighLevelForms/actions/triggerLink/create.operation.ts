import type { IDataObject } from 'n8n-workflow';

import type { OperationDefinition } from '../../../shared/operations/types';

export const create: OperationDefinition = {
	value: 'create',
	name: 'Create',
	action: 'Create a trigger link',
	description: 'Create a trigger link: a tracked URL that redirects and can start GHL workflows',
	endpoints: ['POST /links/'],
	properties: [
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. Spring promo',
		},
		{
			displayName: 'Redirect To',
			name: 'redirectTo',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'https://example.com/spring',
		},
	],
	request: (p) => {
		const locationId = p.locationId();
		return {
			method: 'POST',
			path: '/links/',
			body: { locationId, name: p.string('name'), redirectTo: url(p, p.string('redirectTo')) },
			locationId,
		};
	},
	output: (body) => body.link as IDataObject,
};

export function url(p: { fail(message: string): never }, value: string): string {
	if (!/^https?:\/\/\S+$/i.test(value)) p.fail(`"Redirect To" is not a valid URL: "${value}"`);
	return value;
}
