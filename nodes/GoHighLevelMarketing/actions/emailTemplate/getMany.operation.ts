import type { IDataObject } from 'n8n-workflow';

import { listProperties } from '../../../shared/operations/describe';
import type { OperationDefinition } from '../../../shared/operations/types';

/** GHL answers with `builders`; the spec documents one template object. Both are read. */
export function templatesOf(body: IDataObject): IDataObject[] {
	if (Array.isArray(body.builders)) return body.builders as IDataObject[];
	return body.id ? [body] : [];
}

export const getMany: OperationDefinition = {
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many email templates',
	description: 'List the email templates of the sub-account',
	endpoints: ['GET /emails/builder'],
	properties: [
		{
			displayName: 'Search',
			name: 'search',
			type: 'string',
			default: '',
			description: 'Text in the template name',
		},
		...listProperties(),
	],
	// offset and limit are strings in this API's query, and the records may come in two shapes: paged here.
	run: async (p, api) => {
		const search = p.optionalString('search');
		const limit = p.boolean('returnAll') ? Infinity : p.number('limit', 50);
		const templates: IDataObject[] = [];
		for (let offset = 0; templates.length < limit; offset += 100) {
			const size = Math.min(100, limit - templates.length);
			const body = await api.request({
				method: 'GET',
				path: '/emails/builder',
				qs: {
					locationId: p.locationId(),
					limit: String(size),
					offset: String(offset),
					...(search ? { search } : {}),
				},
			});
			const page = templatesOf(body);
			templates.push(...page);
			if (page.length < size) break;
		}
		return templates.slice(0, limit);
	},
};
