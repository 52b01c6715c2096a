import { altOf } from '../../../shared/altLocation';
import type { OperationDefinition } from '../../../shared/operations/types';

export const generateNumber: OperationDefinition = {
	value: 'generateNumber',
	name: 'Generate Next Number',
	action: 'Generate the next estimate number',
	description: 'Get the next free estimate number of the sub-account',
	endpoints: ['GET /invoices/estimate/number/generate'],
	request: (p) => ({ method: 'GET', path: '/invoices/estimate/number/generate', qs: altOf(p) }),
};
