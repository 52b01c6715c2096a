import { compact } from '../../../shared/operations/params';
import type { OperationDefinition } from '../../../shared/operations/types';
import { funnelLocator } from '../fields';

export const countPages: OperationDefinition = {
	value: 'countPages',
	name: 'Count Pages',
	action: 'Count the pages of a funnel',
	description: 'Get how many pages a funnel or website has',
	endpoints: ['GET /funnels/page/count'],
	properties: [funnelLocator],
	request: (p) => ({
		method: 'GET',
		path: '/funnels/page/count',
		qs: compact({ locationId: p.locationId(), funnelId: p.id('funnelId') }),
	}),
	output: (body, p) => ({ funnelId: p.id('funnelId'), count: body.count ?? 0 }),
};
