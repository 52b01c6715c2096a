import type { ResourceDefinition } from '../../../shared/operations/types';
import { cancel } from './cancel.operation';
import { create } from './create.operation';
import { remove } from './delete.operation';
import { get } from './get.operation';
import { getMany } from './getMany.operation';
import { schedule } from './schedule.operation';

export const invoiceScheduleResource: ResourceDefinition = {
	value: 'invoiceSchedule',
	name: 'Invoice Schedule',
	defaultOperation: create.value,
	operations: [cancel, create, remove, get, getMany, schedule],
};
