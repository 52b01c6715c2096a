import { altOf } from '../../../shared/altLocation';
import type { OperationDefinition } from '../../../shared/operations/types';
import { subscriptionLocator } from '../fields';

export const get: OperationDefinition = {
	value: 'get',
	name: 'Get',
	action: 'Get a subscription',
	description: 'Get a subscription with its schedule and status',
	endpoints: ['GET /payments/subscriptions/{subscriptionId}'],
	properties: [subscriptionLocator],
	request: (p) => ({
		method: 'GET',
		path: `/payments/subscriptions/${p.id('subscriptionId')}`,
		qs: altOf(p),
	}),
};
