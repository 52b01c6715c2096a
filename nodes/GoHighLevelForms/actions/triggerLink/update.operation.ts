import type { IDataObject } from 'n8n-workflow';

import type { OperationDefinition } from '../../../shared/operations/types';
import { url } from './create.operation';
import { linkLocator } from './locator';

/** GHL's update wants both name and URL: what is not changed is read from the link first. */
export const update: OperationDefinition = {
	value: 'update',
	name: 'Update',
	action: 'Update a trigger link',
	description: 'Rename a trigger link or change where it redirects',
	endpoints: ['GET /links/id/{linkId}', 'PUT /links/{linkId}'],
	properties: [
		linkLocator(),
		{
			displayName: 'Update Fields',
			name: 'fields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{ displayName: 'Name', name: 'name', type: 'string', default: '' },
				{ displayName: 'Redirect To', name: 'redirectTo', type: 'string', default: '' },
			],
		},
	],
	run: async (p, api) => {
		const locationId = p.locationId();
		const id = p.id('linkId');
		const fields = p.collection('fields');
		let name = String(fields.name ?? '').trim();
		let redirectTo = String(fields.redirectTo ?? '').trim();
		if (!name && !redirectTo)
			p.fail('Nothing to update', 'Add "Name" or "Redirect To" under "Update Fields".');
		if (redirectTo) url(p, redirectTo);
		if (!name || !redirectTo) {
			const current = (
				await api.request({
					method: 'GET',
					path: `/links/id/${id}`,
					qs: { locationId },
					locationId,
				})
			).link as IDataObject;
			name ||= String(current?.name ?? '');
			redirectTo ||= String(current?.redirectTo ?? '');
		}
		const body = await api.request({
			method: 'PUT',
			path: `/links/${id}`,
			body: { name, redirectTo },
			locationId,
		});
		return body.link as IDataObject;
	},
};
