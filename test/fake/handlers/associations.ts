import { badRequest, notFound } from '../errors';
import { reply, type FakeContext, type FakeHandler } from '../server';
import { newId, type LocationState } from '../store';
import { records, schemas } from './customObjects';

/**
 * Association types between objects and relations between two records. The spec documents one association as
 * the answer of every endpoint, lists included; GHL answers lists as `{ associations | relations, total }`, and so
 * does the fake (a spec defect reported with issue 17; the fake's spec is repaired in ../spec/repairs.ts).
 */

export interface FakeAssociation {
	id: string;
	key: string;
	firstObjectKey: string;
	firstObjectLabel: string;
	secondObjectKey: string;
	secondObjectLabel: string;
	associationType: 'USER_DEFINED' | 'SYSTEM_DEFINED';
	locationId: string;
}

export interface FakeRelation {
	id: string;
	associationId: string;
	firstObjectKey: string;
	firstRecordId: string;
	secondObjectKey: string;
	secondRecordId: string;
	locationId: string;
}

export const associations = (l: LocationState) => l.collection<FakeAssociation>('associations');
export const relations = (l: LocationState) => l.collection<FakeRelation>('relations');

export function addAssociation(
	location: LocationState,
	a: Omit<FakeAssociation, 'id' | 'locationId' | 'associationType'> & {
		id?: string;
		associationType?: FakeAssociation['associationType'];
	},
): FakeAssociation {
	const association: FakeAssociation = {
		id: newId(),
		associationType: 'USER_DEFINED',
		locationId: location.id,
		...a,
	};
	associations(location).set(association.id, association);
	return association;
}

function associationOf(ctx: FakeContext): {
	location: LocationState;
	association: FakeAssociation;
} {
	const location = ctx.location();
	const association = associations(location).get(ctx.req.params.associationId);
	if (!association) throw notFound('Association');
	return { location, association };
}

/** Whether a record of `objectKey` with this id exists: contacts live in the contacts area, others are object records. */
function recordExists(location: LocationState, objectKey: string, id: string): boolean {
	if (objectKey === 'contact') return location.collection('contacts').has(id);
	if (objectKey === 'opportunity') return location.collection('opportunities').has(id);
	const record = records(location).get(id);
	return Boolean(record && record.objectKey === objectKey);
}

const page = <T>(list: T[], query: FakeContext['req']['query']) => {
	const skip = Number(query.skip ?? 0);
	const limit = Math.min(Number(query.limit ?? 100), 100);
	return list.slice(skip, skip + limit);
};

/** POST /associations/: the contacts API's bulk tag update has the same operationId, so contacts.ts routes it here. */
export function createAssociationHandler(ctx: FakeContext) {
	const location = ctx.location();
	const body = ctx.req.body;
	for (const key of [body.firstObjectKey, body.secondObjectKey]) {
		if (!schemas(location).has(String(key)))
			throw badRequest(`${String(key)} is not an object of this location`);
	}
	if ([...associations(location).values()].some((a) => a.key === body.key))
		throw badRequest(`An association with key ${body.key} already exists`);
	const association = addAssociation(location, {
		key: body.key,
		firstObjectKey: body.firstObjectKey,
		firstObjectLabel: body.firstObjectLabel,
		secondObjectKey: body.secondObjectKey,
		secondObjectLabel: body.secondObjectLabel,
	});
	return reply(201, association);
}

export const handlers: Record<string, FakeHandler> = {
	'find-associations': (ctx) => {
		const all = [...associations(ctx.location()).values()];
		return { associations: page(all, ctx.req.query), total: all.length, traceId: newId() };
	},
	'get-association-by-ID': (ctx) => associationOf(ctx).association,
	'get-association-key-by-key-name': (ctx) => {
		const found = [...associations(ctx.location()).values()].find(
			(a) => a.key === ctx.req.params.key_name,
		);
		if (!found) throw notFound('Association');
		return found;
	},
	'get-association-by-object-keys': (ctx) => {
		const key = ctx.req.params.objectKey;
		const found = [...associations(ctx.location()).values()].filter(
			(a) => a.firstObjectKey === key || a.secondObjectKey === key,
		);
		return { associations: found, total: found.length, traceId: newId() };
	},
	'update-association': (ctx) => {
		const { association } = associationOf(ctx);
		association.firstObjectLabel = ctx.req.body.firstObjectLabel;
		association.secondObjectLabel = ctx.req.body.secondObjectLabel;
		return association;
	},
	'delete-association': (ctx) => {
		const { location, association } = associationOf(ctx);
		if (association.associationType === 'SYSTEM_DEFINED')
			throw badRequest('System defined associations cannot be deleted');
		associations(location).delete(association.id);
		for (const relation of [...relations(location).values()]) {
			if (relation.associationId === association.id) relations(location).delete(relation.id);
		}
		return { deleted: true, id: association.id, message: 'Association deleted successfully' };
	},

	'create-relation': (ctx) => {
		const location = ctx.location();
		const body = ctx.req.body;
		const association = associations(location).get(body.associationId);
		if (!association) throw notFound('Association');
		if (!recordExists(location, association.firstObjectKey, body.firstRecordId)) {
			throw badRequest(
				`firstRecordId ${body.firstRecordId} is not a ${association.firstObjectKey} record`,
			);
		}
		if (!recordExists(location, association.secondObjectKey, body.secondRecordId)) {
			throw badRequest(
				`secondRecordId ${body.secondRecordId} is not a ${association.secondObjectKey} record`,
			);
		}
		const relation: FakeRelation = {
			id: newId(),
			associationId: association.id,
			firstObjectKey: association.firstObjectKey,
			firstRecordId: body.firstRecordId,
			secondObjectKey: association.secondObjectKey,
			secondRecordId: body.secondRecordId,
			locationId: location.id,
		};
		relations(location).set(relation.id, relation);
		return reply(201, relation);
	},
	'get-relations-by-record-id': (ctx) => {
		const location = ctx.location();
		const id = ctx.req.params.recordId;
		const wanted = ctx.req.query.associationIds;
		const only = wanted === undefined ? undefined : ([] as string[]).concat(wanted);
		const found = [...relations(location).values()]
			.filter((r) => r.firstRecordId === id || r.secondRecordId === id)
			.filter((r) => !only || only.includes(r.associationId));
		return { relations: page(found, ctx.req.query), total: found.length, traceId: newId() };
	},
	'delete-relation': (ctx) => {
		const location = ctx.location();
		const relation = relations(location).get(ctx.req.params.relationId);
		if (!relation) throw notFound('Relation');
		relations(location).delete(relation.id);
		return relation;
	},
};

/** GHL's standard contact ↔ contact association, and a pet ↔ owner one for the seeded Pet object. */
export function seed(location: LocationState): void {
	if ([...associations(location).values()].length) return;
	// Fixed ids, so the examples can name them.
	addAssociation(location, {
		id: 'assoc_contact_contact',
		key: 'contact_contact',
		firstObjectKey: 'contact',
		firstObjectLabel: 'Contact',
		secondObjectKey: 'contact',
		secondObjectLabel: 'Contact',
		associationType: 'SYSTEM_DEFINED',
	});
	addAssociation(location, {
		id: 'assoc_pet_owner',
		key: 'pet_owner',
		firstObjectKey: 'custom_objects.pet',
		firstObjectLabel: 'Pet',
		secondObjectKey: 'contact',
		secondObjectLabel: 'Owner',
	});
}
