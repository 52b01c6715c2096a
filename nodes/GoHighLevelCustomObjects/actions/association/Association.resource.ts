import type { ResourceDefinition } from '../../../shared/operations/types';
import { create } from './create.operation';
import { remove } from './delete.operation';
import { get } from './get.operation';
import { getByKey } from './getByKey.operation';
import { getMany } from './getMany.operation';
import { getManyForObject } from './getManyForObject.operation';
import { update } from './update.operation';

export const associationResource: ResourceDefinition = {
	value: 'association',
	name: 'Association Type',
	defaultOperation: getMany.value,
	operations: [create, remove, get, getByKey, getMany, getManyForObject, update],
};
