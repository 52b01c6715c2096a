import type { IDataObject } from 'n8n-workflow';

import { limited, listProperties } from '../../../shared/operations/describe';
import type { OperationDefinition } from '../../../shared/operations/types';

const PAGE = 100;

/** Without a query GHL lists every link at once; with one, its search pages with skip + limit. */
export const getMany: OperationDefinition = {
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many trigger links',
	description: 'List the trigger links of the sub-account, optionally only those matching a text',
	endpoints: ['GET /links/', 'GET /links/search'],
	properties: [
		{
			displayName: 'Query',
			name: 'query',
			type: 'string',
			default: '',
			description: 'Only links whose name or URL matches',
		},
		...listProperties(),
	],
	run: async (p, api) => {
		const locationId = p.locationId();
		const query = p.optionalString('query');
		if (!query) {
			const body = await api.request({
				method: 'GET',
				path: '/links/',
				qs: { locationId },
				locationId,
			});
			return limited(p, (body.links as IDataObject[]) ?? []);
		}
		const limit = p.boolean('returnAll') ? undefined : p.number('limit', 50);
		return await api.all(
			{ method: 'GET', path: '/links/search', qs: { locationId, query }, locationId },
			{ style: 'skip', records: 'links', maxPageSize: PAGE, sizeParam: 'limit' },
			limit,
		);
	},
};
