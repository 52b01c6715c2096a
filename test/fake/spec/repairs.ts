/**
 * In-memory repairs of defects in the official spec files, so that every operation can be validated instead of
 * crashing the validator or being skipped. Each repair is the narrowest change that keeps what the spec states,
 * and each one is recorded (GhlSpec.workarounds()) so a reader sees exactly where the fake departs from the files.
 * The files on disk are never changed.
 */

/* eslint-disable @typescript-eslint/no-explicit-any */
type Json = any;

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];
const JSON_SCHEMA_TYPES = new Set([
	'string',
	'number',
	'integer',
	'boolean',
	'array',
	'object',
	'null',
]);

export const COMMON_SCHEMAS_REF = '../common/common-schemas.json#';

/**
 * Makes one app spec self-contained and valid enough for openapi-backend/ajv. `api` names the file in notes.
 * Returns what was repaired, one line per defect.
 */
export function repairSpec(api: string, definition: Json, common: Json): string[] {
	const notes: string[] = [];
	inlineCommonSchemas(definition, common);
	for (const [path, item] of Object.entries<Json>(definition.paths ?? {})) {
		for (const method of HTTP_METHODS) {
			const operation = item?.[method];
			if (!operation) continue;
			const where = `${api} ${method.toUpperCase()} ${path}`;
			if (!operation.operationId) {
				operation.operationId = `${method}-${path}`;
				notes.push(`${where}: no operationId; named "${operation.operationId}"`);
			}
			declareTemplatedPathParams(path, item, operation, where, notes);
		}
	}
	repairSchemaKeywords(definition, api, notes);
	repairResponseSchemas(definition, api, notes);
	repairCommerceLists(definition, api, notes);
	repairCrmAnswers(definition, api, notes);
	replaceDanglingRefs(definition, definition, '#', api, notes);
	return notes;
}

/**
 * The apps reference GHL's shared error DTOs as `../common/common-schemas.json#/components/schemas/X`. A document
 * handed to the library in memory has no location to resolve that relative file from, so the shared schemas are
 * copied into the app's components and the refs point there. (Not a defect; not recorded.)
 */
function inlineCommonSchemas(definition: Json, common: Json): void {
	rewriteRefs(definition, (ref) =>
		ref.startsWith(COMMON_SCHEMAS_REF) ? `#${ref.slice(COMMON_SCHEMAS_REF.length)}` : ref,
	);
	definition.components ??= {};
	definition.components.schemas = {
		...common.components.schemas,
		...(definition.components.schemas ?? {}),
	};
}

function rewriteRefs(node: Json, rewrite: (ref: string) => string): void {
	if (Array.isArray(node)) {
		for (const child of node) rewriteRefs(child, rewrite);
	} else if (node && typeof node === 'object') {
		if (typeof node.$ref === 'string') node.$ref = rewrite(node.$ref);
		for (const child of Object.values(node)) rewriteRefs(child, rewrite);
	}
}

/**
 * Some paths use a `{param}` that none of their operation's parameters declares (e.g.
 * POST /contacts/bulk/tags/update/{type}, GET /conversations/messages/{id}). A server still routes them; the
 * parameter is declared as the required string every other GHL path id is.
 */
function declareTemplatedPathParams(
	path: string,
	item: Json,
	operation: Json,
	where: string,
	notes: string[],
): void {
	const declared = [...(item.parameters ?? []), ...(operation.parameters ?? [])];
	for (const [, name] of path.matchAll(/\{([^}]+)\}/g)) {
		if (declared.some((p: Json) => p?.in === 'path' && p?.name === name)) continue;
		operation.parameters = [
			...(operation.parameters ?? []),
			{ name, in: 'path', required: true, schema: { type: 'string' } },
		];
		notes.push(`${where}: path parameter "${name}" not declared; declared as a required string`);
	}
}

/**
 * Schema keywords that make ajv refuse to compile an operation's validator:
 * - `type` outside JSON Schema's types (`"type": "any"` on GET /conversations/search startAfterDate): removed,
 *   which is what "any" means;
 * - `examples` that is not an array (an OpenAPI Example Object map put inside a schema, voice-ai actions and
 *   conversations' subscription change): removed, it is an annotation only;
 * - `enum` with the same value twice (the store's US state list): duplicates dropped, same set of values.
 * And one kind of self-contradiction that would make the fake reject what GHL accepts: a schema whose own
 * `example` is not of its `type`. NestJS' generator writes TypeScript enums and unions as `"type": "object"`, so
 * e.g. CreateContactDto.dateOfBirth is `{ "type": "object", "example": "1990-09-25" }` and
 * UpsertOpportunityDto.monetaryValue `{ "type": "object", "example": 220 }`. Such a type is widened to
 * `[type, type of the example]`: both readings of the spec pass, anything else is still rejected.
 */
function repairSchemaKeywords(definition: Json, api: string, notes: string[]): void {
	forEachSchema(definition, (schema, pointer) => {
		if (typeof schema.type === 'string' && !JSON_SCHEMA_TYPES.has(schema.type)) {
			notes.push(
				`${api} ${pointer}: "type": "${schema.type}" is not a JSON Schema type; removed (any value)`,
			);
			delete schema.type;
		}
		if (
			typeof schema.type === 'string' &&
			'example' in schema &&
			!isOfType(schema.example, schema.type)
		) {
			const exampleType = jsonTypeOf(schema.example);
			notes.push(
				`${api} ${pointer}: "type": "${schema.type}" but the example is a ${exampleType}; type widened to both`,
			);
			schema.type = [schema.type, exampleType];
		}
		repairArrayItems(schema, pointer, api, notes);
		if (
			Array.isArray(schema.oneOf) &&
			schema.oneOf.length > 1 &&
			schema.oneOf.every((alt: Json) => isOpenObject(definition, alt))
		) {
			notes.push(
				`${api} ${pointer}: "oneOf" of objects that require no field, so any object matches all of them; read as "anyOf"`,
			);
			schema.anyOf = schema.oneOf;
			delete schema.oneOf;
		}
		if ('examples' in schema && !Array.isArray(schema.examples)) {
			notes.push(`${api} ${pointer}: "examples" is not an array; removed (annotation only)`);
			delete schema.examples;
		}
		if (Array.isArray(schema.enum)) {
			const unique = [...new Map(schema.enum.map((v: unknown) => [JSON.stringify(v), v])).values()];
			if (unique.length !== schema.enum.length) {
				notes.push(
					`${api} ${pointer}: "enum" lists ${schema.enum.length - unique.length} value(s) twice; duplicates dropped`,
				);
				schema.enum = unique;
			}
		}
	});
}

/**
 * Two defects of list schemas, both from NestJS' generator:
 * - an untyped list (`type: Array`, `[Object]`) comes out as a list of lists, `items: { type: "array" }` with no
 *   items of its own (pipelines' stages, location tasks): the elements get the type of the list's example, else any value;
 * - `items` of one type while the list's own example holds another (UpdateTagsResponseDTO.responses: strings,
 *   example objects `{ contactId, type, message }`): an element may be of the declared type or of the example's
 *   shape (fields present in every example element required), like the scalar `example` repair above.
 */
function repairArrayItems(schema: Json, pointer: string, api: string, notes: string[]): void {
	const items = schema.items;
	if (!items || typeof items !== 'object' || Array.isArray(items) || items.$ref) return;
	const examples =
		Array.isArray(schema.example) && schema.example.length
			? (schema.example as unknown[])
			: undefined;
	if (items.type === 'array' && items.items === undefined) {
		schema.items = examples ? schemaOfValues(examples) : {};
		notes.push(
			`${api} ${pointer}/items: a list of lists with no element type (an untyped list); ${examples ? 'elements typed from the example' : 'elements any value'}`,
		);
		return;
	}
	if (
		typeof items.type === 'string' &&
		!items.properties &&
		examples?.some((v) => !isOfType(v, items.type))
	) {
		schema.items = { anyOf: [items, schemaOfValues(examples)] };
		notes.push(
			`${api} ${pointer}/items: "type": "${items.type}" but the example's elements are not; elements may be either`,
		);
	}
}

/** The narrowest schema the sample values share: object fields merged (required when in every sample), lists' elements likewise. */
function schemaOfValues(values: unknown[]): Json {
	const types = [...new Set(values.map(jsonTypeOf))];
	if (types.length === 1 && types[0] === 'object') {
		const objects = values as Array<Record<string, unknown>>;
		const keys = [...new Set(objects.flatMap((o) => Object.keys(o)))];
		return {
			type: 'object',
			properties: Object.fromEntries(
				keys.map((k) => [k, schemaOfValues(objects.filter((o) => k in o).map((o) => o[k]))]),
			),
			required: keys.filter((k) => objects.every((o) => k in o)),
		};
	}
	if (types.length === 1 && types[0] === 'array') {
		const elements = (values as unknown[][]).flat();
		return elements.length ? { type: 'array', items: schemaOfValues(elements) } : { type: 'array' };
	}
	return { type: types.length === 1 ? types[0] : types };
}

/** An object schema (directly or through a $ref) that requires no field and allows any other: every object matches it. */
function isOpenObject(definition: Json, alternative: Json): boolean {
	const schema =
		typeof alternative?.$ref === 'string'
			? resolvePointer(definition, alternative.$ref)
			: alternative;
	return (
		Boolean(schema) &&
		schema.type === 'object' &&
		!schema.required?.length &&
		schema.additionalProperties !== false &&
		!schema.oneOf &&
		!schema.anyOf &&
		!schema.allOf
	);
}

/**
 * Answers' schemas that contradict GHL's own documentation: docs/oauth/Overview.md says a `traceId` "is returned with
 * every response"; where a success schema is a map (`additionalProperties: <schema>`, e.g. free slots keyed by day),
 * that string would be refused, so it is declared.
 */
function repairResponseSchemas(definition: Json, api: string, notes: string[]): void {
	for (const [path, item] of Object.entries<Json>(definition.paths ?? {})) {
		for (const method of HTTP_METHODS) {
			for (const [status, response] of Object.entries<Json>(item?.[method]?.responses ?? {})) {
				const schema = response?.content?.['application/json']?.schema;
				if (!/^2/.test(status) || !schema || schema.$ref) continue;
				const map = schema.additionalProperties;
				if (
					schema.type !== 'object' ||
					!map ||
					typeof map !== 'object' ||
					schema.properties?.traceId
				)
					continue;
				schema.properties = { ...(schema.properties ?? {}), traceId: { type: 'string' } };
				notes.push(
					`${api} ${method.toUpperCase()} ${path} ${status}: a map of answers that would refuse the traceId GHL returns with every response; traceId declared`,
				);
			}
		}
	}
}

function jsonTypeOf(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'array';
	return typeof value === 'number' || typeof value === 'bigint' ? 'number' : typeof value;
}

function isOfType(value: unknown, type: string): boolean {
	if (value === null) return true; // a null example says nothing about the type
	if (type === 'integer') return Number.isInteger(value);
	return jsonTypeOf(value) === type;
}

/** Calls `visit` for every schema object of the document (refs not followed: each schema is visited where it is written). */
function forEachSchema(definition: Json, visit: (schema: Json, pointer: string) => void): void {
	const walk = (schema: Json, pointer: string): void => {
		if (!schema || typeof schema !== 'object' || Array.isArray(schema)) return;
		visit(schema, pointer);
		for (const key of ['properties', 'patternProperties']) {
			for (const [name, child] of Object.entries<Json>(schema[key] ?? {}))
				walk(child, `${pointer}/${key}/${escapePointer(name)}`);
		}
		for (const key of ['items', 'additionalProperties', 'not', 'if', 'then', 'else'])
			walk(schema[key], `${pointer}/${key}`);
		for (const key of ['allOf', 'anyOf', 'oneOf', 'prefixItems']) {
			if (Array.isArray(schema[key]))
				schema[key].forEach((child: Json, i: number) => walk(child, `${pointer}/${key}/${i}`));
		}
		if (Array.isArray(schema.items))
			schema.items.forEach((child: Json, i: number) => walk(child, `${pointer}/items/${i}`));
	};
	const walkContent = (content: Json, pointer: string): void => {
		for (const [mediaType, media] of Object.entries<Json>(content ?? {}))
			walk(media?.schema, `${pointer}/content/${escapePointer(mediaType)}/schema`);
	};
	const walkParameters = (parameters: Json, pointer: string): void => {
		(Array.isArray(parameters) ? parameters : []).forEach((p: Json, i: number) => {
			walk(p?.schema, `${pointer}/parameters/${i}/schema`);
			walkContent(p?.content, `${pointer}/parameters/${i}`);
		});
	};
	const components = definition.components ?? {};
	for (const [name, schema] of Object.entries<Json>(components.schemas ?? {}))
		walk(schema, `#/components/schemas/${escapePointer(name)}`);
	for (const [name, p] of Object.entries<Json>(components.parameters ?? {}))
		walk(p?.schema, `#/components/parameters/${escapePointer(name)}/schema`);
	for (const [name, body] of Object.entries<Json>(components.requestBodies ?? {}))
		walkContent(body?.content, `#/components/requestBodies/${escapePointer(name)}`);
	for (const [name, response] of Object.entries<Json>(components.responses ?? {}))
		walkContent(response?.content, `#/components/responses/${escapePointer(name)}`);
	for (const [path, item] of Object.entries<Json>(definition.paths ?? {})) {
		const itemPointer = `#/paths/${escapePointer(path)}`;
		walkParameters(item?.parameters, itemPointer);
		for (const method of HTTP_METHODS) {
			const operation = item?.[method];
			if (!operation) continue;
			const pointer = `${itemPointer}/${method}`;
			walkParameters(operation.parameters, pointer);
			walkContent(operation.requestBody?.content, `${pointer}/requestBody`);
			for (const [status, response] of Object.entries<Json>(operation.responses ?? {}))
				walkContent(response?.content, `${pointer}/responses/${status}`);
		}
	}
}

/** A `$ref` to nothing would make the dereferencer throw for the whole file; it is replaced by "any value". */
function replaceDanglingRefs(
	root: Json,
	node: Json,
	pointer: string,
	api: string,
	notes: string[],
): void {
	if (Array.isArray(node)) {
		node.forEach((child, i) => replaceDanglingRefs(root, child, `${pointer}/${i}`, api, notes));
		return;
	}
	if (!node || typeof node !== 'object') return;
	if (typeof node.$ref === 'string' && resolvePointer(root, node.$ref) === undefined) {
		notes.push(`${api} ${pointer}: $ref "${node.$ref}" resolves to nothing; treated as any value`);
		delete node.$ref;
	}
	for (const [key, child] of Object.entries<Json>(node))
		replaceDanglingRefs(root, child, `${pointer}/${escapePointer(key)}`, api, notes);
}

function resolvePointer(root: Json, ref: string): Json {
	if (!ref.startsWith('#')) return undefined;
	let node = root;
	for (const raw of ref.slice(1).split('/').slice(1)) {
		const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
		if (!node || typeof node !== 'object' || !(key in node)) return undefined;
		node = node[key];
	}
	return node;
}

function escapePointer(key: string): string {
	return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/* ---- Commerce and marketing answers (invoices, payments, medias, funnels): lists the spec types as something else ---- */

const TEXT = { type: 'string' };
/** A funnel as FunnelListResponseDTO.funnels' example shows one (its fields and their types). */
const FUNNEL = {
	type: 'object',
	properties: {
		_id: TEXT,
		name: TEXT,
		type: TEXT,
		locationId: TEXT,
		url: TEXT,
		deleted: { type: 'boolean' },
		steps: { type: 'array', items: { type: 'object' } },
	},
};

/**
 * Lists of records typed `items: { type: "string" }` where neither the generic repair above (no example list) nor the
 * spec's other words leave a doubt that the elements are objects. Each: api, schema, property, element schema, reason.
 */
const COMMERCE_LIST_ELEMENTS: Array<{
	api: string;
	schema: string;
	property: string;
	items: Json;
	reason: string;
}> = [
	{
		api: 'invoices',
		schema: 'ListEstimatesResponseDTO',
		property: 'estimates',
		items: { $ref: '#/components/schemas/EstimateResponseDto' },
		reason:
			'"List of estimates" typed as strings; elements are the estimates every other estimate operation answers (EstimateResponseDto)',
	},
	{
		api: 'medias',
		schema: 'GetFilesResponseDTO',
		property: 'files',
		items: {
			type: 'object',
			properties: { altId: TEXT, altType: TEXT, name: TEXT, parentId: TEXT, url: TEXT, path: TEXT },
			required: ['altId', 'altType', 'name'],
		},
		reason:
			'"Array of File Objects" typed as strings, its example one file object; elements are objects of that shape (only what files and folders, both listed here, share is required)',
	},
	{
		api: 'funnels',
		schema: 'FunnelListResponseDTO',
		property: 'funnels',
		items: { ...FUNNEL, required: ['_id', 'name', 'type', 'locationId'] },
		reason:
			'"List of funnels returned" typed as one object, its example one funnel; elements are funnels of that shape (what identifies a funnel required)',
	},
	{
		api: 'payments',
		schema: 'GetOrderResponseSchema',
		property: 'items',
		items: {
			type: 'object',
			properties: {
				_id: TEXT,
				name: TEXT,
				qty: { type: 'number' },
				price: { type: 'object' },
				product: { type: 'object' },
			},
			required: ['_id', 'name', 'price', 'product'],
		},
		reason:
			'"Item details of the order" typed as strings, its example (written as text) one object { _id, name, price, product }; elements are such objects',
	},
];

function repairCommerceLists(definition: Json, api: string, notes: string[]): void {
	for (const fix of COMMERCE_LIST_ELEMENTS) {
		if (fix.api !== api) continue;
		const property = definition.components?.schemas?.[fix.schema]?.properties?.[fix.property];
		if (
			!property ||
			(property.items ? property.items.type !== 'string' : property.type !== 'object')
		)
			continue; // fixed upstream
		// The scalar-example repair may have widened `type` to [array, object] from the lone example: a list it is.
		property.type = 'array';
		property.items = fix.items;
		notes.push(
			`${api} #/components/schemas/${fix.schema}/properties/${fix.property}/items: ${fix.reason}`,
		);
	}
	for (const fix of COMMERCE_LIST_ANSWERS) {
		if (fix.api !== api) continue;
		const media =
			definition.paths?.[fix.path]?.[fix.method]?.responses?.[fix.status]?.content?.[
				'application/json'
			];
		if (!media?.schema?.$ref || media.schema.$ref !== fix.element) continue; // fixed upstream
		media.schema = fix.wrap
			? {
					type: 'object',
					properties: { [fix.wrap]: { type: 'array', items: { $ref: fix.element } } },
					required: [fix.wrap],
				}
			: { type: 'array', items: { $ref: fix.element } };
		notes.push(`${api} ${fix.method.toUpperCase()} ${fix.path} ${fix.status}: ${fix.reason}`);
	}
}

/** Answers documented as one record that are lists of them: the list itself, or under the field `wrap`. */
const COMMERCE_LIST_ANSWERS: Array<{
	api: string;
	method: string;
	path: string;
	status: string;
	element: string;
	wrap?: string;
	reason: string;
}> = [
	{
		api: 'emails',
		method: 'get',
		path: '/emails/builder',
		status: '200',
		element: '#/components/schemas/FetchBuilderSuccesfulResponseDto',
		wrap: 'builders',
		reason:
			'the template list (limit, offset, search) documented as one template; answered as { builders: [templates], total }',
	},
	{
		api: 'funnels',
		method: 'get',
		path: '/funnels/page',
		status: '200',
		element: '#/components/schemas/FunnelPageResponseDTO',
		reason:
			'"List of funnel pages returned" documented as one page (FunnelPageResponseDTO); the answer is a list of them',
	},
];

/* ---- CRM answers (associations, objects, custom fields, contacts, opportunities, forms, surveys) ---- */

/**
 * `nullable` on a schema without `type` (forms' and surveys' EventDataSchema.contactSessionIds: `nullable` beside an
 * `allOf` $ref) makes ajv refuse to compile the operation. OpenAPI 3.0 reads it as "this schema, or null", written so.
 */
function repairUntypedNullables(definition: Json, api: string, notes: string[]): void {
	forEachSchema(definition, (schema, pointer) => {
		if (!('nullable' in schema) || 'type' in schema) return;
		const nullable = schema.nullable === true;
		delete schema.nullable;
		if (nullable) {
			const rest = { ...schema };
			for (const key of Object.keys(schema)) if (key !== 'description') delete schema[key];
			schema.anyOf = [rest, { type: 'null' }];
		}
		notes.push(
			`${api} ${pointer}: "nullable" without "type" (ajv refuses it); written as ${nullable ? 'anyOf [the schema, null]' : 'the schema'}`,
		);
	});
}

const ASSOCIATION = { $ref: '#/components/schemas/GetPostSuccessfulResponseDto' };
/** A relation: the record pair createRelationReqDto sends, with its id. */
const RELATION = {
	type: 'object',
	properties: {
		id: TEXT,
		associationId: TEXT,
		firstRecordId: TEXT,
		secondRecordId: TEXT,
		locationId: TEXT,
	},
	required: ['id', 'associationId', 'firstRecordId', 'secondRecordId', 'locationId'],
};
const listOf = (name: string, items: Json) => ({
	type: 'object',
	properties: { [name]: { type: 'array', items }, total: { type: 'number' } },
	required: [name, 'total'],
});

/** Answers whose documented schema is plainly another operation's. Each: api, method, path, status, schema, reason. */
const CRM_ANSWERS: Array<{
	api: string;
	method: string;
	path: string;
	status: string;
	schema: Json;
	reason: string;
}> = [
	{
		api: 'associations',
		method: 'get',
		path: '/associations/',
		status: '200',
		schema: listOf('associations', ASSOCIATION),
		reason:
			'a paged list (skip, limit) documented as one association; answered as { associations: [...], total }',
	},
	{
		api: 'associations',
		method: 'get',
		path: '/associations/objectKey/{objectKey}',
		status: '200',
		schema: listOf('associations', ASSOCIATION),
		reason:
			'every association of an object documented as one association; answered as { associations: [...], total }',
	},
	{
		api: 'associations',
		method: 'get',
		path: '/associations/relations/{recordId}',
		status: '200',
		schema: listOf('relations', RELATION),
		reason:
			"a record's relations (paged, skip/limit) documented as one association; answered as { relations: [...], total }",
	},
	{
		api: 'associations',
		method: 'post',
		path: '/associations/relations',
		status: '201',
		schema: RELATION,
		reason:
			'the created relation documented as an association (no key, labels or type of its own); answered as the relation',
	},
	{
		api: 'associations',
		method: 'delete',
		path: '/associations/relations/{relationId}',
		status: '200',
		schema: RELATION,
		reason: 'the deleted relation documented as an association; answered as the relation',
	},
];

/** Field-level contradictions inside one file. Each: api, schema, property, what to do, reason. */
const CRM_FIELDS: Array<{
	api: string;
	schema: string;
	property: string;
	repair: (property: Json) => boolean;
	reason: string;
}> = [
	{
		api: 'contacts',
		schema: 'CustomFieldSchema',
		property: 'value',
		repair: (p) => {
			if (p.type !== 'string') return false;
			delete p.type;
			p.anyOf = [TEXT, { type: 'number' }, { type: 'array', items: TEXT }];
			return true;
		},
		reason:
			'typed as text, yet the same file sets numeric and monetary fields as numbers (NumericField, MonetoryField) and checkbox and multi-select ones as lists (CheckboxField, MultiSelectField); text, a number or a list of text',
	},
	{
		api: 'opportunities',
		schema: 'CustomFieldResponseSchema',
		property: 'fieldValue',
		repair: (p) => {
			if (!Array.isArray(p.oneOf)) return false;
			p.anyOf = p.oneOf;
			delete p.oneOf;
			return true;
		},
		reason:
			'"oneOf" a list of strings or a list of objects: an empty list (a cleared field) matches both, so exactly one never holds; read as "anyOf"',
	},
	...['objects', 'custom-fields'].map((api) => ({
		api,
		schema: 'ICustomField',
		property: 'dataType',
		repair: (p: Json) => {
			if (!Array.isArray(p.enum) || p.enum.includes('EMAIL')) return false;
			p.enum.push('EMAIL');
			return true;
		},
		reason:
			"the answer's types leave out EMAIL, which CreateCustomFieldsDTO (custom-fields.json) creates; EMAIL added",
	})),
];

function repairCrmAnswers(definition: Json, api: string, notes: string[]): void {
	repairUntypedNullables(definition, api, notes);
	for (const fix of CRM_ANSWERS) {
		if (fix.api !== api) continue;
		const media =
			definition.paths?.[fix.path]?.[fix.method]?.responses?.[fix.status]?.content?.[
				'application/json'
			];
		if (media?.schema?.$ref !== ASSOCIATION.$ref) continue; // fixed upstream: nothing to repair
		// A copy each: the dereferencer leaves a $ref object it meets twice unresolved.
		media.schema = JSON.parse(JSON.stringify(fix.schema));
		notes.push(`${api} ${fix.method.toUpperCase()} ${fix.path} ${fix.status}: ${fix.reason}`);
	}
	for (const fix of CRM_FIELDS) {
		if (fix.api !== api) continue;
		const property = definition.components?.schemas?.[fix.schema]?.properties?.[fix.property];
		if (!property || !fix.repair(property)) continue; // fixed upstream: nothing to repair
		notes.push(
			`${api} #/components/schemas/${fix.schema}/properties/${fix.property}: ${fix.reason}`,
		);
	}
}
