import type { IDataObject } from 'n8n-workflow';

import { listProperties } from '../../../shared/operations/describe';
import { compact } from '../../../shared/operations/params';
import type { OperationDefinition } from '../../../shared/operations/types';
import { funnelLocator } from '../fields';
import { asList } from './getMany.operation';

export const getPages: OperationDefinition = {
	value: 'getPages',
	name: 'Get Pages',
	action: 'Get the pages of a funnel',
	description: 'List the pages of a funnel or website',
	endpoints: ['GET /funnels/page'],
	properties: [
		funnelLocator,
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			default: '',
			description: 'Only pages with this name',
		},
		...listProperties(),
	],
	run: async (p, api) => {
		const qs: IDataObject = compact({
			locationId: p.locationId(),
			funnelId: p.id('funnelId'),
			name: p.optionalString('name'),
		});
		const limit = p.boolean('returnAll') ? Infinity : p.number('limit', 50);
		const pages: IDataObject[] = [];
		for (let offset = 0; pages.length < limit; offset += 100) {
			const size = Math.min(100, limit - pages.length);
			// The spec types this answer as one page; GHL answers with a list. Both are read.
			const page = asList(
				await api.request({
					method: 'GET',
					path: '/funnels/page',
					qs: { ...qs, limit: size, offset },
				}),
			);
			const records =
				page.length === 1 && Array.isArray((page[0] as IDataObject).data)
					? ((page[0] as IDataObject).data as IDataObject[])
					: page;
			pages.push(...records);
			if (records.length < size) break;
		}
		return pages.slice(0, limit);
	},
};
