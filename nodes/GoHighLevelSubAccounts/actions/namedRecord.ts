import type { IDataObject } from 'n8n-workflow';

import { recordLocator } from '../../shared/descriptions';
import type { Params } from '../../shared/operations/params';
import type { ResourceDefinition } from '../../shared/operations/types';
import { base } from './locationPath';

/** Name + value records (custom values, tags): the same five operations on a different path. */
export function namedRecordResource(config: {
	value: string;
	name: string;
	plural: string;
	segment: string;
	idName: string;
	searchListMethod: string;
	withValue: boolean;
	single: string;
	many: string;
}): ResourceDefinition {
	const { segment, idName, single, many, name } = config;
	const lower = name.toLowerCase();
	const locator = recordLocator(idName, name, config.searchListMethod);
	const nameProperty = {
		displayName: 'Name',
		name: 'name',
		type: 'string' as const,
		default: '',
		required: true,
	};
	const valueProperty = {
		displayName: 'Value',
		name: 'value',
		type: 'string' as const,
		default: '',
		required: true,
	};
	const body = (p: Params): IDataObject =>
		config.withValue
			? { name: p.string('name'), value: String(p.raw('value', '') ?? '') }
			: { name: p.string('name') };
	const one = (b: IDataObject) => (b[single] as IDataObject) ?? b;
	return {
		value: config.value,
		name,
		defaultOperation: 'getMany',
		operations: [
			{
				value: 'create',
				name: 'Create',
				action: `Create a ${lower}`,
				description: `Add a ${lower} to the sub-account`,
				endpoints: [`POST /locations/{locationId}/${segment}`],
				properties: config.withValue ? [nameProperty, valueProperty] : [nameProperty],
				request: (p) => ({ method: 'POST', path: `${base(p)}/${segment}`, body: body(p) }),
				output: one,
			},
			{
				value: 'delete',
				name: 'Delete',
				action: `Delete a ${lower}`,
				description: `Delete a ${lower} of the sub-account`,
				endpoints: [
					`DELETE /locations/{locationId}/${segment}/{${segment === 'tags' ? 'tagId' : 'id'}}`,
				],
				properties: [locator],
				request: (p) => ({ method: 'DELETE', path: `${base(p)}/${segment}/${p.id(idName)}` }),
				output: (b, p) => ({
					id: p.id(idName),
					deleted: b.succeded !== false && b.succeeded !== false,
				}),
			},
			{
				value: 'get',
				name: 'Get',
				action: `Get a ${lower}`,
				description: `Get one ${lower} of the sub-account`,
				endpoints: [
					`GET /locations/{locationId}/${segment}/{${segment === 'tags' ? 'tagId' : 'id'}}`,
				],
				properties: [locator],
				request: (p) => ({ method: 'GET', path: `${base(p)}/${segment}/${p.id(idName)}` }),
				output: one,
			},
			{
				value: 'getMany',
				name: 'Get Many',
				action: `Get many ${config.plural}`,
				description: `List the ${config.plural} of the sub-account`,
				endpoints: [`GET /locations/{locationId}/${segment}`],
				request: (p) => ({ method: 'GET', path: `${base(p)}/${segment}` }),
				output: (b) => (b[many] as IDataObject[]) ?? [],
			},
			{
				value: 'update',
				name: 'Update',
				action: `Update a ${lower}`,
				description: config.withValue
					? `Change the name or value of a ${lower}`
					: `Rename a ${lower}`,
				endpoints: [
					`PUT /locations/{locationId}/${segment}/{${segment === 'tags' ? 'tagId' : 'id'}}`,
				],
				properties: config.withValue
					? [locator, nameProperty, valueProperty]
					: [locator, nameProperty],
				request: (p) => ({
					method: 'PUT',
					path: `${base(p)}/${segment}/${p.id(idName)}`,
					body: body(p),
				}),
				output: one,
			},
		],
	};
}
