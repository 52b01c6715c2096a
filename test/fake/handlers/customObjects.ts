import { badRequest, FakeHttpError, notFound, unprocessable } from '../errors';
import { reply, type FakeContext, type FakeHandler } from '../server';
import { newId, type LocationState } from '../store';

/**
 * Custom objects: schemas (GET/POST /objects/, GET/PUT /objects/{key}), their fields and folders (custom fields
 * API v2, /custom-fields/...) and their records (/objects/{key}/records...). Records are checked against the
 * object's fields as GHL does: unknown properties, numbers that are not numbers and options the field lacks are
 * refused.
 */

export interface FakeObjectSchema {
	id: string;
	standard: boolean;
	key: string;
	labels: { singular: string; plural: string };
	description?: string;
	locationId: string;
	primaryDisplayProperty: string;
	dateAdded: string;
	dateUpdated: string;
}

export interface FakeObjectField {
	id: string;
	locationId: string;
	name: string;
	description?: string;
	placeholder?: string;
	showInForms: boolean;
	options?: Array<{ key: string; label: string }>;
	objectKey: string;
	dataType: string;
	parentId: string;
	fieldKey: string;
	dateAdded: string;
	dateUpdated: string;
}

export interface FakeFolder {
	id: string;
	objectKey: string;
	locationId: string;
	name: string;
	dateAdded: string;
	dateUpdated: string;
}

export interface FakeRecord {
	id: string;
	objectKey: string;
	locationId: string;
	owner: string[];
	followers: string[];
	properties: Record<string, unknown>;
	createdAt: string;
	updatedAt: string;
	/** Insertion order: GHL's search sorts by creation time, ties by this. */
	seq: number;
}

let clock = Date.parse('2026-01-05T09:00:00.000Z');
let seq = 0;
const now = () => new Date((clock += 1000)).toISOString();

export const schemas = (l: LocationState) => l.collection<FakeObjectSchema>('objectSchemas');
export const objectFields = (l: LocationState) => l.collection<FakeObjectField>('objectFields');
export const folders = (l: LocationState) => l.collection<FakeFolder>('objectFolders');
export const records = (l: LocationState) => l.collection<FakeRecord>('objectRecords');

export function addSchema(
	location: LocationState,
	key: string,
	singular: string,
	plural: string,
	primary: string,
	standard = false,
): FakeObjectSchema {
	const at = now();
	const schema: FakeObjectSchema = {
		id: newId(),
		standard,
		key,
		labels: { singular, plural },
		locationId: location.id,
		primaryDisplayProperty: `${key}.${primary}`,
		dateAdded: at,
		dateUpdated: at,
	};
	schemas(location).set(key, schema);
	return schema;
}

export function addFolder(location: LocationState, objectKey: string, name: string): FakeFolder {
	const at = now();
	const folder = {
		id: newId(),
		objectKey,
		locationId: location.id,
		name,
		dateAdded: at,
		dateUpdated: at,
	};
	folders(location).set(folder.id, folder);
	return folder;
}

export function addField(
	location: LocationState,
	objectKey: string,
	parentId: string,
	key: string,
	name: string,
	dataType: string,
	options?: string[],
): FakeObjectField {
	const at = now();
	const field: FakeObjectField = {
		id: newId(),
		locationId: location.id,
		name,
		showInForms: true,
		objectKey,
		dataType,
		parentId,
		fieldKey: `${objectKey}.${key}`,
		dateAdded: at,
		dateUpdated: at,
		...(options
			? {
					options: options.map((label) => ({
						key: label.toLowerCase().replace(/[^a-z0-9]+/g, '_'),
						label,
					})),
				}
			: {}),
	};
	objectFields(location).set(field.id, field);
	return field;
}

const fieldsOf = (location: LocationState, objectKey: string) =>
	[...objectFields(location).values()].filter((f) => f.objectKey === objectKey);

function schemaOf(location: LocationState, key: string): FakeObjectSchema {
	const schema = schemas(location).get(key);
	if (!schema) throw notFound(`Object schema ${key}`);
	return schema;
}

/** GHL's checks of a record's properties against the object's fields. */
function checkedProperties(
	location: LocationState,
	objectKey: string,
	properties: unknown,
): Record<string, unknown> {
	if (!properties || typeof properties !== 'object' || Array.isArray(properties))
		throw badRequest('properties must be an object');
	const fields = new Map(
		fieldsOf(location, objectKey).map((f) => [f.fieldKey.split('.').pop()!, f]),
	);
	const errors: string[] = [];
	for (const [key, value] of Object.entries(properties as Record<string, unknown>)) {
		const field = fields.get(key);
		if (!field) {
			errors.push(`${key} is not a property of ${objectKey}`);
			continue;
		}
		const empty = value === '' || value === null || (Array.isArray(value) && value.length === 0);
		if (empty) continue;
		const optionKeys = (field.options ?? []).map((o) => o.key);
		switch (field.dataType) {
			case 'NUMERICAL':
			case 'MONETORY':
				if (typeof value !== 'number') errors.push(`${key} must be a number`);
				break;
			case 'CHECKBOX':
			case 'MULTIPLE_OPTIONS':
				if (!Array.isArray(value)) errors.push(`${key} must be an array`);
				else
					for (const v of value)
						if (!optionKeys.includes(String(v)))
							errors.push(`${key}: ${String(v)} is not an option`);
				break;
			case 'SINGLE_OPTIONS':
			case 'RADIO':
				if (!optionKeys.includes(String(value)))
					errors.push(`${key}: ${String(value)} is not an option`);
				break;
			case 'DATE':
				if (!/^\d{4}-\d{2}-\d{2}/.test(String(value))) errors.push(`${key} must be a date`);
				break;
			case 'FILE_UPLOAD':
				errors.push(`${key} is a file upload field and cannot be set`);
				break;
			default:
				if (typeof value !== 'string') errors.push(`${key} must be a string`);
		}
	}
	if (errors.length) throw unprocessable(errors);
	return properties as Record<string, unknown>;
}

function recordOf(ctx: FakeContext): { location: LocationState; record: FakeRecord } {
	const location = ctx.location();
	const record = records(location).get(ctx.req.params.id);
	if (!record || record.objectKey !== ctx.req.params.schemaKey) throw notFound('Record');
	return { location, record };
}

/** IRecordSchema: what get, create and update answer under `record`. */
const recordView = (r: FakeRecord) => ({
	id: r.id,
	owner: r.owner,
	followers: r.followers,
	properties: r.properties,
	dateAdded: r.createdAt,
	dateUpdated: r.updatedAt,
});

/** RecordResponseDTO: what search answers. */
function searchView(location: LocationState, r: FakeRecord) {
	const schema = schemas(location).get(r.objectKey);
	const by = { channel: 'API', createdAt: r.createdAt, source: 'PUBLIC_API', sourceId: 'fake' };
	return {
		id: r.id,
		owner: r.owner,
		followers: r.followers,
		properties: r.properties,
		createdAt: r.createdAt,
		updatedAt: r.updatedAt,
		locationId: r.locationId,
		objectId: schema?.id ?? '',
		objectKey: r.objectKey,
		createdBy: by,
		lastUpdatedBy: { ...by, createdAt: r.updatedAt },
		searchAfter: [Date.parse(r.createdAt), r.seq],
	};
}

export function createRecord(
	location: LocationState,
	objectKey: string,
	properties: Record<string, unknown>,
	owner: string[] = [],
): FakeRecord {
	schemaOf(location, objectKey);
	const at = now();
	const record: FakeRecord = {
		id: newId(),
		objectKey,
		locationId: location.id,
		owner,
		followers: [],
		properties: checkedProperties(location, objectKey, properties),
		createdAt: at,
		updatedAt: at,
		seq: ++seq,
	};
	records(location).set(record.id, record);
	return record;
}

/** A folder as GET /custom-fields/object-key lists it: GHL keeps folders as field documents, so the spec types them so. */
const folderView = (f: FakeFolder) => ({
	id: f.id,
	name: f.name,
	objectKey: f.objectKey,
	locationId: f.locationId,
	showInForms: false,
	dataType: 'TEXT',
	parentId: '',
	fieldKey: `${f.objectKey}.${f.name.toLowerCase().replace(/[^a-z0-9]+/g, '_')}`,
	dateAdded: f.dateAdded,
	dateUpdated: f.dateUpdated,
});

function fieldOf(ctx: FakeContext): { location: LocationState; field: FakeObjectField } {
	const location = ctx.location();
	const field = objectFields(location).get(ctx.req.params.id);
	if (!field) throw notFound('Custom field');
	return { location, field };
}

const FIELD_EDITABLE = [
	'name',
	'description',
	'placeholder',
	'showInForms',
	'options',
	'acceptedFormats',
	'maxFileLimit',
] as const;

/** Handlers for the v2 custom fields whose operationIds the locations API also uses (see customFields.ts). */
export const customFieldsV2 = {
	update: (ctx: FakeContext) => {
		const { field } = fieldOf(ctx);
		for (const key of FIELD_EDITABLE)
			if (ctx.req.body[key] !== undefined) (field as any)[key] = ctx.req.body[key];
		field.dateUpdated = now();
		return { field };
	},
	create: (ctx: FakeContext) => {
		const location = ctx.location();
		const body = ctx.req.body;
		schemaOf(location, body.objectKey);
		const folder = folders(location).get(body.parentId);
		if (!folder || folder.objectKey !== body.objectKey)
			throw badRequest(`parentId ${body.parentId} is not a folder of ${body.objectKey}`);
		if (!String(body.fieldKey).startsWith(`${body.objectKey}.`))
			throw badRequest('fieldKey must start with the object key');
		if (fieldsOf(location, body.objectKey).some((f) => f.fieldKey === body.fieldKey))
			throw badRequest(`${body.fieldKey} already exists`);
		const field = addField(
			location,
			body.objectKey,
			folder.id,
			String(body.fieldKey).split('.').pop()!,
			body.name ?? body.fieldKey,
			body.dataType,
		);
		for (const key of FIELD_EDITABLE) if (body[key] !== undefined) (field as any)[key] = body[key];
		return reply(201, { field });
	},
	remove: (ctx: FakeContext) => {
		const { location, field } = fieldOf(ctx);
		objectFields(location).delete(field.id);
		return { succeded: true, id: field.id, key: field.fieldKey };
	},
};

export const handlers: Record<string, FakeHandler> = {
	'get-object-by-location-id': (ctx) => ({ objects: [...schemas(ctx.location()).values()] }),
	'get-object-schema-by-key': (ctx) => {
		const location = ctx.location();
		const object = schemaOf(location, ctx.req.params.key);
		const withFields = String(ctx.req.query.fetchProperties ?? '') === 'true';
		return {
			object,
			cache: false,
			...(withFields ? { fields: fieldsOf(location, object.key) } : {}),
		};
	},
	'create-custom-object-schema': (ctx) => {
		const location = ctx.location();
		const body = ctx.req.body;
		if (!/^custom_objects\.[a-z0-9_]+$/.test(body.key))
			throw badRequest('key must look like custom_objects.<name>');
		if (schemas(location).has(body.key))
			throw badRequest(`An object with key ${body.key} already exists`);
		const primary = body.primaryDisplayPropertyDetails;
		if (!String(primary.key).startsWith(`${body.key}.`))
			throw badRequest('primaryDisplayPropertyDetails.key must start with the object key');
		const schema = addSchema(
			location,
			body.key,
			body.labels.singular,
			body.labels.plural,
			String(primary.key).split('.').pop()!,
		);
		if (body.description) schema.description = body.description;
		const folder = addFolder(location, body.key, 'General');
		addField(
			location,
			body.key,
			folder.id,
			String(primary.key).split('.').pop()!,
			primary.name,
			primary.dataType,
		);
		return reply(201, { object: schema });
	},
	'update-custom-object': (ctx) => {
		const location = ctx.location();
		const schema = schemaOf(location, ctx.req.params.key);
		const body = ctx.req.body;
		const known = new Set(fieldsOf(location, schema.key).map((f) => f.fieldKey));
		const unknown = (body.searchableProperties as string[]).filter((k) => !known.has(k));
		if (unknown.length)
			throw unprocessable(unknown.map((k) => `${k} is not a property of ${schema.key}`));
		if (body.labels) schema.labels = { ...schema.labels, ...body.labels };
		if (body.description !== undefined) schema.description = body.description;
		(schema as any).searchableProperties = body.searchableProperties;
		schema.dateUpdated = now();
		const { searchableProperties: _omit, ...object } = schema as any;
		return { object };
	},

	'create-object-record': (ctx) => {
		const location = ctx.location();
		const record = createRecord(
			location,
			ctx.req.params.schemaKey,
			ctx.req.body.properties ?? {},
			ctx.req.body.owner ?? [],
		);
		if (Array.isArray(ctx.req.body.followers)) record.followers = ctx.req.body.followers;
		return reply(201, { record: recordView(record) });
	},
	'get-record-by-id': (ctx) => ({ record: recordView(recordOf(ctx).record) }),
	'update-object-record': (ctx) => {
		const { location, record } = recordOf(ctx);
		const body = ctx.req.body ?? {};
		const changes = checkedProperties(location, record.objectKey, body.properties ?? {});
		for (const [key, value] of Object.entries(changes)) {
			const empty = value === '' || value === null || (Array.isArray(value) && value.length === 0);
			if (empty) delete record.properties[key];
			else record.properties[key] = value;
		}
		if (Array.isArray(body.owner)) record.owner = body.owner;
		if (Array.isArray(body.followers)) record.followers = body.followers;
		record.updatedAt = now();
		return { record: recordView(record) };
	},
	'delete-object-record': (ctx) => {
		const { location, record } = recordOf(ctx);
		records(location).delete(record.id);
		return { id: record.id, success: true };
	},
	'search-object-records': (ctx) => {
		const location = ctx.location();
		const objectKey = ctx.req.params.schemaKey;
		const schema = schemaOf(location, objectKey);
		const body = ctx.req.body;
		const query = String(body.query ?? '').toLowerCase();
		const searchable: string[] = (schema as any).searchableProperties ?? [
			schema.primaryDisplayProperty,
		];
		const keys = searchable.map((k) => k.split('.').pop()!);
		const matching = [...records(location).values()]
			.filter((r) => r.objectKey === objectKey)
			.filter(
				(r) =>
					!query ||
					keys.some((k) =>
						String(r.properties[k] ?? '')
							.toLowerCase()
							.includes(query),
					),
			)
			.sort((a, b) => a.seq - b.seq);
		const after =
			Array.isArray(body.searchAfter) && body.searchAfter.length ? Number(body.searchAfter[1]) : 0;
		const page = matching
			.filter((r) => r.seq > after)
			.slice(0, Math.min(Number(body.pageLimit), 100));
		return { records: page.map((r) => searchView(location, r)), total: matching.length };
	},

	'get-custom-fields-by-object-key': (ctx) => {
		const location = ctx.location();
		const objectKey = ctx.req.params.objectKey;
		schemaOf(location, objectKey);
		return {
			fields: fieldsOf(location, objectKey),
			folders: [...folders(location).values()]
				.filter((f) => f.objectKey === objectKey)
				.map(folderView),
		};
	},
	'get-custom-field-by-id': (ctx) => ({ field: fieldOf(ctx).field }),
	'create-custom-field-folder': (ctx) => {
		const location = ctx.location();
		schemaOf(location, ctx.req.body.objectKey);
		const {
			dateAdded: _a,
			dateUpdated: _u,
			...folder
		} = addFolder(location, ctx.req.body.objectKey, ctx.req.body.name);
		return reply(201, folder);
	},
	'update-custom-field-folder': (ctx) => {
		const location = ctx.location();
		const folder = folders(location).get(ctx.req.params.id);
		if (!folder) throw notFound('Folder');
		folder.name = ctx.req.body.name;
		folder.dateUpdated = now();
		const { dateAdded: _a, dateUpdated: _u, ...view } = folder;
		return view;
	},
	'delete-custom-field-folder': (ctx) => {
		const location = ctx.location();
		const folder = folders(location).get(ctx.req.params.id);
		if (!folder) throw notFound('Folder');
		if ([...objectFields(location).values()].some((f) => f.parentId === folder.id)) {
			throw new FakeHttpError(400, 'The folder still holds fields');
		}
		folders(location).delete(folder.id);
		return { succeded: true, id: folder.id, key: folderView(folder).fieldKey };
	},
};

/**
 * A clinic's "Pet" object with one field of every type GHL has, in a "General" folder, a few pets, and the standard
 * objects GHL lists beside it.
 */
export function seed(location: LocationState): void {
	if (schemas(location).has('custom_objects.pet')) return;
	addSchema(location, 'contact', 'Contact', 'Contacts', 'first_name', true);
	addSchema(location, 'business', 'Company', 'Companies', 'name', true);
	addSchema(location, 'custom_objects.pet', 'Pet', 'Pets', 'name');
	const key = 'custom_objects.pet';
	const general = addFolder(location, key, 'General');
	const fields: Array<[string, string, string, string[]?]> = [
		['name', 'Pet Name', 'TEXT'],
		['notes', 'Notes', 'LARGE_TEXT'],
		['weight_kg', 'Weight (kg)', 'NUMERICAL'],
		['adoption_fee', 'Adoption Fee', 'MONETORY'],
		['birthday', 'Birthday', 'DATE'],
		['vaccines', 'Vaccines', 'CHECKBOX', ['Rabies', 'Distemper', 'Parvovirus']],
		['traits', 'Traits', 'MULTIPLE_OPTIONS', ['Friendly', 'Shy', 'Playful']],
		['species', 'Species', 'SINGLE_OPTIONS', ['Dog', 'Cat', 'Bird']],
		['size', 'Size', 'RADIO', ['Small', 'Medium', 'Large']],
		['vet_phone', 'Vet Phone', 'PHONE'],
		['vet_email', 'Vet Email', 'EMAIL'],
		['photo', 'Photo', 'FILE_UPLOAD'],
	];
	for (const [fieldKey, name, dataType, options] of fields)
		addField(location, key, general.id, fieldKey, name, dataType, options);
	createRecord(location, key, { name: 'Buddy', species: 'dog', size: 'large', weight_kg: 31 });
	createRecord(location, key, { name: 'Misty', species: 'cat', size: 'small', traits: ['shy'] });
}
