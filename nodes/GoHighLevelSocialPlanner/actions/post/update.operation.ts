import type { IDataObject } from 'n8n-workflow';

import type { OperationDefinition } from '../../../shared/operations/types';
import {
	mediaBody,
	mediaProperty,
	plannerPath,
	postLocator,
	postOf,
	postOptions,
	postOptionsBody,
} from '../fields';

export const update: OperationDefinition = {
	value: 'update',
	name: 'Update',
	action: 'Update a social post',
	description: 'Change the text, media, accounts or schedule of a post that is not published yet',
	endpoints: [
		'GET /social-media-posting/{locationId}/posts/{id}',
		'PUT /social-media-posting/{locationId}/posts/{id}',
	],
	properties: [
		postLocator,
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{
					displayName: 'Text',
					name: 'summary',
					type: 'string',
					typeOptions: { rows: 4 },
					default: '',
				},
				{ displayName: 'Schedule Date', name: 'scheduleDate', type: 'dateTime', default: '' },
				{
					displayName: 'Account IDs',
					name: 'accountIds',
					type: 'string',
					default: '',
					description: 'Comma-separated; replaces the accounts of the post',
				},
				...postOptions,
			],
		},
		{
			displayName: 'Replace Media',
			name: 'replaceMedia',
			type: 'boolean',
			default: false,
			description: 'Whether to replace the media with the Media below',
		},
		{ ...mediaProperty, displayOptions: { show: { replaceMedia: [true] } } },
	],
	run: async (p, api) => {
		const path = plannerPath(p, `/posts/${p.id('postId')}`);
		const fields = p.collection('updateFields');
		if (!Object.keys(fields).length && !p.boolean('replaceMedia'))
			p.fail('Nothing to update', 'Add at least one field under "Update Fields".');
		// The edit endpoint requires the post type, which only the post itself knows.
		const current = postOf(await api.request({ method: 'GET', path }));
		const body: IDataObject = { type: current.type ?? 'post', ...postOptionsBody(fields) };
		if (fields.summary) body.summary = fields.summary;
		if (fields.scheduleDate) {
			body.scheduleDate = p.isoDate(fields.scheduleDate, 'Schedule Date');
			body.scheduleTimeUpdated = true;
		}
		if (fields.accountIds)
			body.accountIds = String(fields.accountIds)
				.split(',')
				.map((s) => s.trim())
				.filter(Boolean);
		if (p.boolean('replaceMedia')) body.media = mediaBody(p) ?? [];
		const answer = await api.request({ method: 'PUT', path, body });
		return {
			id: p.id('postId'),
			updated: answer.success !== false,
			message: answer.message ?? null,
		};
	},
};
