import type { IDataObject } from 'n8n-workflow';

import { limited, listProperties } from '../../../shared/operations/describe';
import type { OperationDefinition } from '../../../shared/operations/types';
import { plannerPath } from '../fields';

export const getMany: OperationDefinition = {
	value: 'getMany',
	name: 'Get Many',
	action: 'Get connected social accounts',
	description:
		'List the social accounts connected to the planner (Facebook, Instagram, LinkedIn, Google, TikTok, X, ...)',
	endpoints: ['GET /social-media-posting/{locationId}/accounts'],
	properties: [
		{
			displayName: 'Platform',
			name: 'platform',
			type: 'string',
			default: '',
			placeholder: 'e.g. facebook',
			description: 'Only accounts of this platform',
		},
		...listProperties(),
	],
	request: (p) => ({ method: 'GET', path: plannerPath(p, '/accounts') }),
	output: (body, p) => {
		const accounts =
			((body.results as IDataObject | undefined)?.accounts as IDataObject[] | undefined) ?? [];
		const platform = p.optionalString('platform')?.toLowerCase();
		return limited(
			p,
			platform
				? accounts.filter((a) => String(a.platform ?? '').toLowerCase() === platform)
				: accounts,
		);
	},
};
