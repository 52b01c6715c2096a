import type { ResourceDefinition } from '../../../shared/operations/types';
import { create } from './create.operation';
import { remove } from './delete.operation';
import { generateNumber } from './generateNumber.operation';
import { get } from './get.operation';
import { getMany } from './getMany.operation';
import { recordPayment } from './recordPayment.operation';
import { send } from './send.operation';
import { text2pay } from './text2pay.operation';
import { update } from './update.operation';
import { voidInvoice } from './void.operation';

export const invoiceResource: ResourceDefinition = {
	value: 'invoice',
	name: 'Invoice',
	defaultOperation: create.value,
	operations: [
		create,
		remove,
		generateNumber,
		get,
		getMany,
		recordPayment,
		send,
		text2pay,
		update,
		voidInvoice,
	],
};
