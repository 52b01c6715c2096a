import type { IDataObject } from 'n8n-workflow';

import type { ResourceDefinition } from '../../shared/operations/types';
import { base } from './locationPath';

export const timezoneResource: ResourceDefinition = {
	value: 'timezone',
	name: 'Timezone',
	operations: [
		{
			value: 'getMany',
			name: 'Get Many',
			action: 'Get many timezones',
			description: 'List the time zones the sub-account can use',
			endpoints: ['GET /locations/{locationId}/timezones'],
			request: (p) => ({ method: 'GET', path: `${base(p)}/timezones` }),
			// GHL answers with a list of names; one item per time zone.
			output: (body) => {
				const list = Array.isArray(body.timeZones)
					? body.timeZones
					: Array.isArray(body.data)
						? body.data
						: [];
				return (list as unknown[]).map((zone) =>
					typeof zone === 'string' ? { timezone: zone } : (zone as IDataObject),
				);
			},
		},
	],
};
