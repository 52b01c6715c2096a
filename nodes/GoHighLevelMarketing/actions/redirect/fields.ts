import type { INodeProperties } from 'n8n-workflow';

export const REDIRECT_ACTIONS = [
	{ name: 'URL', value: 'url', description: 'Send visitors to any URL' },
	{ name: 'Funnel', value: 'funnel', description: 'Send visitors to a funnel' },
	{ name: 'Website', value: 'website', description: 'Send visitors to a website' },
	{ name: 'All', value: 'all' },
];

export const targetProperties: INodeProperties[] = [
	{
		displayName: 'Target',
		name: 'target',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'https://example.com/new-page',
		description: 'Where visitors are sent',
	},
	{
		displayName: 'Target Type',
		name: 'action',
		type: 'options',
		options: REDIRECT_ACTIONS,
		default: 'url',
	},
];
