import type { IDataObject } from 'n8n-workflow';

import type { OperationDefinition } from '../../../shared/operations/types';
import { targetProperties } from './fields';

export const create: OperationDefinition = {
	value: 'create',
	name: 'Create',
	action: 'Create a URL redirect',
	description:
		"Redirect a path of one of the sub-account's domains to another URL, funnel or website",
	endpoints: ['POST /funnels/lookup/redirect'],
	properties: [
		{
			displayName: 'Domain',
			name: 'domain',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'www.example.com',
		},
		{
			displayName: 'Path',
			name: 'path',
			type: 'string',
			default: '',
			required: true,
			placeholder: '/old-page',
		},
		...targetProperties,
	],
	request: (p) => {
		const domain = p
			.string('domain')
			.replace(/^https?:\/\//, '')
			.replace(/\/+$/, '');
		const path = p.string('path');
		if (!path.startsWith('/')) p.fail(`"Path" must start with a slash: "${path}"`);
		return {
			method: 'POST',
			path: '/funnels/lookup/redirect',
			body: {
				locationId: p.locationId(),
				domain,
				path,
				target: p.string('target'),
				action: p.string('action'),
			},
		};
	},
	output: (body) => (body.data as IDataObject) ?? body,
};
