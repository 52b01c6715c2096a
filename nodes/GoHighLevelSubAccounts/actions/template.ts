import type { IDataObject } from 'n8n-workflow';

import { recordLocator } from '../../shared/descriptions';
import type { ResourceDefinition } from '../../shared/operations/types';
import { base } from './locationPath';

const templateId = recordLocator('templateId', 'Template', 'searchTemplates');

export const templateResource: ResourceDefinition = {
	value: 'template',
	name: 'Template',
	defaultOperation: 'getMany',
	operations: [
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete a template',
			description: 'Delete an email, SMS or WhatsApp template of the sub-account',
			endpoints: ['DELETE /locations/{locationId}/templates/{id}'],
			properties: [templateId],
			request: (p) => ({ method: 'DELETE', path: `${base(p)}/templates/${p.id('templateId')}` }),
			output: (_body, p) => ({ id: p.id('templateId'), deleted: true }),
		},
		{
			value: 'getMany',
			name: 'Get Many',
			action: 'Get many templates',
			description: 'List the email, SMS or WhatsApp templates of the sub-account',
			endpoints: ['GET /locations/{locationId}/templates'],
			list: {
				style: 'skip',
				records: 'templates',
				maxPageSize: 100,
				sizeParam: 'limit',
				total: 'totalCount',
			},
			properties: [
				{
					displayName: 'Type',
					name: 'type',
					type: 'options',
					options: [
						{ name: 'All', value: '' },
						{ name: 'Email', value: 'email' },
						{ name: 'SMS', value: 'sms' },
						{ name: 'WhatsApp', value: 'whatsapp' },
					],
					default: '',
				},
				{
					displayName: 'Options',
					name: 'options',
					type: 'collection',
					placeholder: 'Add Option',
					default: {},
					options: [
						{
							displayName: 'Include Deleted',
							name: 'deleted',
							type: 'boolean',
							default: false,
							description: 'Whether to list deleted templates too',
						},
						{
							displayName: 'Origin ID',
							name: 'originId',
							type: 'string',
							default: '',
							description: 'Where the templates come from; leave empty for the sub-account itself',
						},
					],
				},
			],
			request: (p) => {
				const options = p.collection('options');
				const qs: IDataObject = {
					originId: String(options.originId ?? '').trim() || p.locationId(),
				};
				const type = p.optionalString('type');
				if (type) qs.type = type;
				if (options.deleted) qs.deleted = true;
				return { method: 'GET', path: `${base(p)}/templates`, qs };
			},
		},
	],
};
