import { altOf } from '../../../shared/altLocation';
import type { OperationDefinition } from '../../../shared/operations/types';
import { transactionLocator } from '../fields';

export const get: OperationDefinition = {
	value: 'get',
	name: 'Get',
	action: 'Get a transaction',
	description: 'Get a payment with its charge, source and refund details',
	endpoints: ['GET /payments/transactions/{transactionId}'],
	properties: [transactionLocator],
	request: (p) => ({
		method: 'GET',
		path: `/payments/transactions/${p.id('transactionId')}`,
		qs: altOf(p),
	}),
};
