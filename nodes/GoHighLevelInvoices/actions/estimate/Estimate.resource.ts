import type { ResourceDefinition } from '../../../shared/operations/types';
import { convertToInvoice } from './convertToInvoice.operation';
import { create } from './create.operation';
import { remove } from './delete.operation';
import { generateNumber } from './generateNumber.operation';
import { getMany } from './getMany.operation';
import { send } from './send.operation';

export const estimateResource: ResourceDefinition = {
	value: 'estimate',
	name: 'Estimate',
	defaultOperation: create.value,
	operations: [convertToInvoice, create, remove, generateNumber, getMany, send],
};
