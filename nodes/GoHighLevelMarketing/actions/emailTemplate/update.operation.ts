import { userProperty } from '../../../shared/descriptions';
import type { OperationDefinition } from '../../../shared/operations/types';
import { emailTemplateLocator } from '../fields';
import { setHtmlRequest } from './content';

export const update: OperationDefinition = {
	value: 'update',
	name: 'Update',
	action: 'Update an email template',
	description: 'Replace the HTML content of an email template',
	endpoints: ['POST /emails/builder/data'],
	properties: [
		emailTemplateLocator,
		{
			displayName: 'HTML',
			name: 'html',
			type: 'string',
			typeOptions: { rows: 8 },
			default: '',
			required: true,
		},
		userProperty('userId', 'Updated By (User) Name or ID', { required: true }),
		{ displayName: 'Preview Text', name: 'previewText', type: 'string', default: '' },
	],
	request: (p) =>
		setHtmlRequest(
			p.locationId(),
			p.id('templateId'),
			p.string('userId'),
			p.string('html'),
			p.optionalString('previewText'),
		),
	output: (body, p) => ({
		id: p.id('templateId'),
		updated: true,
		...(body.previewUrl ? { previewUrl: body.previewUrl } : {}),
	}),
};
