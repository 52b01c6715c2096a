import type { OperationDefinition } from '../../../shared/operations/types';
import { emailTemplateLocator } from '../fields';

export const remove: OperationDefinition = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete an email template',
	description: 'Delete an email template',
	endpoints: ['DELETE /emails/builder/{locationId}/{templateId}'],
	properties: [emailTemplateLocator],
	request: (p) => ({
		method: 'DELETE',
		path: `/emails/builder/${p.locationId()}/${p.id('templateId')}`,
	}),
	output: (_body, p) => ({ id: p.id('templateId'), deleted: true }),
};
