import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchResult,
	INodePropertyOptions,
} from 'n8n-workflow';

import { matchesFilter, pickerLocation } from '../../shared/methods/location';
import { ghlRequest } from '../../shared/transport';

/** Pickers of the Custom Objects node: objects, records, association types, object fields and folders. */

async function get(
	ctx: ILoadOptionsFunctions,
	path: string,
	qs: IDataObject = {},
): Promise<IDataObject> {
	const { account, locationId } = await pickerLocation(ctx);
	const { body } = await ghlRequest.call(
		ctx,
		{ method: 'GET', path, qs: { locationId, ...qs }, locationId },
		0,
		account,
	);
	return body;
}

/** The object chosen in the node (`objectKey`), needed by every picker that lists inside one object. */
export function currentObjectKey(ctx: ILoadOptionsFunctions, name = 'objectKey'): string {
	let value: unknown;
	try {
		value = ctx.getCurrentNodeParameter(name, { extractValue: true });
	} catch {
		value = undefined;
	}
	const key = typeof value === 'string' ? value.trim() : '';
	if (!key) throw new Error('Choose the object first');
	return key;
}

export async function searchObjects(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const body = await get(this, '/objects/');
	const objects = (body.objects as IDataObject[]) ?? [];
	return {
		results: objects
			.map((o) => ({
				name: String((o.labels as IDataObject)?.plural ?? o.key),
				key: String(o.key),
			}))
			.filter((o) => matchesFilter(filter, o.name, o.key))
			.map((o) => ({ name: `${o.name} (${o.key})`, value: o.key })),
	};
}

export async function searchRecords(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const objectKey = currentObjectKey(this);
	const { account, locationId } = await pickerLocation(this);
	const searchAfter = paginationToken ? (JSON.parse(paginationToken) as unknown[]) : [];
	const { body } = await ghlRequest.call(
		this,
		{
			method: 'POST',
			path: `/objects/${encodeURIComponent(objectKey)}/records/search`,
			body: { locationId, page: 1, pageLimit: 50, query: filter ?? '', searchAfter },
			locationId,
		},
		0,
		account,
	);
	const records = (body.records as IDataObject[]) ?? [];
	const last = records[records.length - 1];
	return {
		results: records.map((r) => {
			const properties = (r.properties ?? {}) as IDataObject;
			const shown = Object.values(properties).find((v) => typeof v === 'string' && v.trim());
			return {
				name: shown ? `${String(shown)} (${String(r.id)})` : String(r.id),
				value: String(r.id),
			};
		}),
		paginationToken:
			records.length === 50 && last?.searchAfter ? JSON.stringify(last.searchAfter) : undefined,
	};
}

export async function searchAssociations(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const skip = paginationToken ? Number(paginationToken) : 0;
	const body = await get(this, '/associations/', { skip, limit: 100 });
	const associations = (body.associations as IDataObject[]) ?? [];
	return {
		results: associations
			.map((a) => ({
				name: `${String(a.firstObjectLabel)} ↔ ${String(a.secondObjectLabel)} (${String(a.firstObjectKey)} ↔ ${String(a.secondObjectKey)})`,
				value: String(a.id),
				key: String(a.key ?? ''),
			}))
			.filter((a) => matchesFilter(filter, a.name, a.key))
			.map(({ name, value }) => ({ name, value })),
		paginationToken: associations.length === 100 ? String(skip + 100) : undefined,
	};
}

async function fieldsAndFolders(ctx: ILoadOptionsFunctions): Promise<IDataObject> {
	return await get(ctx, `/custom-fields/object-key/${encodeURIComponent(currentObjectKey(ctx))}`);
}

export async function searchObjectFields(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const fields = ((await fieldsAndFolders(this)).fields as IDataObject[]) ?? [];
	return {
		results: fields
			.filter((f) => matchesFilter(filter, String(f.name ?? ''), String(f.fieldKey ?? '')))
			.map((f) => ({ name: `${String(f.name)} (${String(f.dataType)})`, value: String(f.id) })),
	};
}

export async function searchObjectFolders(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const folders = ((await fieldsAndFolders(this)).folders as IDataObject[]) ?? [];
	return {
		results: folders
			.filter((f) => matchesFilter(filter, String(f.name ?? '')))
			.map((f) => ({ name: String(f.name), value: String(f.id) })),
	};
}

/** Field keys of the chosen object, for "Searchable Properties". */
export async function getObjectFieldKeys(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	const fields = ((await fieldsAndFolders(this)).fields as IDataObject[]) ?? [];
	return fields
		.map((f) => ({
			name: String(f.name ?? f.fieldKey),
			value: String(f.fieldKey),
			description: String(f.dataType ?? ''),
		}))
		.sort((a, b) => a.name.localeCompare(b.name));
}
