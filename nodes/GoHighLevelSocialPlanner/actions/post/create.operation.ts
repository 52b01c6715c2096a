import type { IDataObject } from 'n8n-workflow';

import { userProperty } from '../../../shared/descriptions';
import type { OperationDefinition } from '../../../shared/operations/types';
import {
	accountsProperty,
	mediaBody,
	mediaProperty,
	plannerPath,
	POST_TYPES,
	postOf,
	postOptions,
	postOptionsBody,
} from '../fields';

export const create: OperationDefinition = {
	value: 'create',
	name: 'Create',
	action: 'Create a social post',
	description: 'Publish now, schedule, or save as draft a post to one or more connected accounts',
	endpoints: ['POST /social-media-posting/{locationId}/posts'],
	properties: [
		accountsProperty,
		{ displayName: 'Text', name: 'summary', type: 'string', typeOptions: { rows: 4 }, default: '' },
		mediaProperty,
		{
			displayName: 'When',
			name: 'when',
			type: 'options',
			options: [
				{ name: 'Schedule', value: 'scheduled' },
				{ name: 'Publish Now', value: 'published' },
				{ name: 'Save as Draft', value: 'draft' },
			],
			default: 'scheduled',
		},
		{
			displayName: 'Schedule Date',
			name: 'scheduleDate',
			type: 'dateTime',
			default: '',
			required: true,
			displayOptions: { show: { when: ['scheduled'] } },
		},
		{
			displayName: 'Post Type',
			name: 'type',
			type: 'options',
			options: POST_TYPES,
			default: 'post',
		},
		userProperty('userId', 'Created By (User) Name or ID', {
			required: true,
			description:
				'The GHL user the post is created as. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		}),
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: postOptions,
		},
	],
	request: (p) => {
		const accountIds = p.raw<string[]>('accountIds', []);
		if (!Array.isArray(accountIds) || !accountIds.length)
			p.fail(
				'"Accounts" needs at least one account',
				'Choose the connected social accounts to post to.',
			);
		const summary = p.optionalString('summary');
		const media = mediaBody(p);
		if (!summary && !media) p.fail('A post needs "Text" or "Media"');
		const when = p.string('when');
		const body: IDataObject = {
			accountIds,
			type: p.string('type'),
			userId: p.string('userId'),
			status: when,
			...(summary ? { summary } : {}),
			...(media ? { media } : {}),
			...postOptionsBody(p.collection('options')),
		};
		if (when === 'scheduled') {
			const scheduleDate = p.isoDate(p.raw('scheduleDate'), 'Schedule Date');
			if (Date.parse(scheduleDate) < Date.now() - 60_000)
				p.fail(`"Schedule Date" is in the past: ${scheduleDate}`);
			body.scheduleDate = scheduleDate;
		}
		return { method: 'POST', path: plannerPath(p, '/posts'), body };
	},
	output: postOf,
};
