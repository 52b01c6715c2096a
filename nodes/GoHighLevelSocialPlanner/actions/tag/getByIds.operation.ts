import type { IDataObject } from 'n8n-workflow';

import type { OperationDefinition } from '../../../shared/operations/types';
import { plannerPath } from '../fields';

export const getByIds: OperationDefinition = {
	value: 'getByIds',
	name: 'Get by IDs',
	action: 'Get post tags by ID',
	description: 'Get the tags with the given IDs, e.g. to name the tags of a post',
	endpoints: ['POST /social-media-posting/{locationId}/tags/details'],
	properties: [
		{
			displayName: 'Tag IDs',
			name: 'tagIds',
			type: 'string',
			default: '',
			required: true,
			description: 'Comma-separated, or a list from an expression',
		},
	],
	request: (p) => {
		const raw = p.raw<unknown>('tagIds', '');
		const tagIds = (Array.isArray(raw) ? raw : String(raw ?? '').split(','))
			.map((s) => String(s).trim())
			.filter(Boolean);
		if (!tagIds.length) p.fail('"Tag IDs" needs at least one ID');
		return { method: 'POST', path: plannerPath(p, '/tags/details'), body: { tagIds } };
	},
	output: (body) => ((body.results as IDataObject | undefined)?.tags as IDataObject[]) ?? [],
};
