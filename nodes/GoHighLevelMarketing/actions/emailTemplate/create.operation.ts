import type { IDataObject } from 'n8n-workflow';

import { userProperty } from '../../../shared/descriptions';
import type { OperationDefinition } from '../../../shared/operations/types';
import { setHtmlRequest } from './content';

export const create: OperationDefinition = {
	value: 'create',
	name: 'Create',
	action: 'Create an email template',
	description: 'Create an HTML email template, optionally with its content',
	endpoints: ['POST /emails/builder', 'POST /emails/builder/data'],
	properties: [
		{ displayName: 'Name', name: 'title', type: 'string', default: '', required: true },
		{
			displayName: 'HTML',
			name: 'html',
			type: 'string',
			typeOptions: { rows: 8 },
			default: '',
			description: 'The content; an empty template when left empty',
		},
		userProperty('userId', 'Created By (User) Name or ID', {
			description:
				'The GHL user recorded as the author of the content. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			displayOptions: { hide: { html: [''] } },
		}),
		{
			displayName: 'Preview Text',
			name: 'previewText',
			type: 'string',
			default: '',
			description: 'The line inbox apps show after the subject',
		},
	],
	run: async (p, api) => {
		const locationId = p.locationId();
		const title = p.string('title');
		const html = p.optionalString('html');
		const userId = html ? p.string('userId') : undefined;
		// The spec requires importProvider on every create, though only imports use it.
		const created = await api.request({
			method: 'POST',
			path: '/emails/builder',
			body: { locationId, title, name: title, type: 'html', importProvider: 'mailchimp' },
		});
		const templateId = String(created.redirect ?? '');
		const result: IDataObject = { id: templateId, name: title };
		if (html && templateId) {
			const saved = await api.request(
				setHtmlRequest(locationId, templateId, userId!, html, p.optionalString('previewText')),
			);
			if (saved.previewUrl) result.previewUrl = saved.previewUrl;
		}
		return result;
	},
};
