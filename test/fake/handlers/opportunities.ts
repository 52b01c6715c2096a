import { FakeHttpError, notFound, unprocessable } from '../errors';
import { reply, type FakeContext, type FakeHandler } from '../server';
import { newId, type LocationState } from '../store';

export interface FakeOpportunity {
	id: string;
	locationId: string;
	name: string;
	pipelineId: string;
	pipelineStageId: string;
	status: string;
	contactId: string;
	monetaryValue?: number;
	assignedTo?: string;
	source?: string;
	followers: string[];
	customFields: Array<{ id: string; fieldValue: unknown }>;
	lostReasonId?: string;
	createdAt: string;
	updatedAt: string;
	lastStageChangeAt?: string;
	lastStatusChangeAt?: string;
}

const opportunities = (location: LocationState) =>
	location.collection<FakeOpportunity>('opportunities');
const pipelines = (location: LocationState) =>
	location.collection<{
		id: string;
		name: string;
		stages: Array<{ id: string; name: string; position: number }>;
		locationId: string;
	}>('pipelines');

let clock = Date.parse('2026-02-01T00:00:00Z');
const nextTimestamp = () => new Date((clock += 1000)).toISOString();

export function addPipeline(location: LocationState, name: string, stageNames: string[]) {
	const id = `pl_${name.toLowerCase().replace(/\W+/g, '_')}`;
	const pipeline = {
		id,
		name,
		locationId: location.id,
		stages: stageNames.map((stage, position) => ({
			id: `${id}_st${position}`,
			name: stage,
			position,
		})),
	};
	pipelines(location).set(id, pipeline);
	return pipeline;
}

export function createOpportunity(
	location: LocationState,
	body: Partial<FakeOpportunity> & { pipelineId: string; contactId: string; name: string },
): FakeOpportunity {
	const pipeline = pipelines(location).get(body.pipelineId);
	if (!pipeline) throw new FakeHttpError(400, 'Pipeline not found');
	const now = nextTimestamp();
	const opportunity: FakeOpportunity = {
		id: newId(),
		locationId: location.id,
		status: 'open',
		pipelineStageId: pipeline.stages[0].id,
		followers: [],
		customFields: [],
		createdAt: now,
		updatedAt: now,
		lastStageChangeAt: now,
		...body,
	} as FakeOpportunity;
	opportunities(location).set(opportunity.id, opportunity);
	return opportunity;
}

/** Two pipelines and a few deals on the seeded contacts. */
export function seed(location: LocationState): void {
	const sales = addPipeline(location, 'Sales', [
		'New Lead',
		'Contacted',
		'Proposal',
		'Negotiation',
		'Won',
	]);
	addPipeline(location, 'Onboarding', ['Kickoff', 'Setup', 'Live']);
	const reasons = location.collection('lostReasons');
	for (const name of ['Price too high', 'Went with a competitor', 'No response']) {
		const id = `lr_${name.toLowerCase().replace(/\W+/g, '_')}`;
		reasons.set(id, { id, name, locationId: location.id });
	}
	const contacts = [
		...location.collection<{ id: string; contactName?: string }>('contacts').values(),
	];
	contacts.slice(0, 3).forEach((contact, i) =>
		createOpportunity(location, {
			name: `${contact.contactName ?? 'Contact'}: treatment plan`,
			pipelineId: sales.id,
			pipelineStageId: sales.stages[i].id,
			contactId: contact.id,
			monetaryValue: 1500 * (i + 1),
			source: 'sandbox',
		}),
	);
}

function opportunityOf(ctx: FakeContext): {
	opportunity: FakeOpportunity;
	location: LocationState;
} {
	for (const location of ctx.fake.store.locations.values()) {
		const opportunity = opportunities(location).get(ctx.req.params.id);
		if (!opportunity) continue;
		if (ctx.token?.kind === 'location' && ctx.token.locationId !== location.id) break;
		return { opportunity, location };
	}
	throw notFound('Opportunity');
}

function checkStage(
	location: LocationState,
	pipelineId: string,
	stageId: string | undefined,
): void {
	const pipeline = pipelines(location).get(pipelineId);
	if (!pipeline) throw new FakeHttpError(400, `Pipeline ${pipelineId} not found`);
	if (stageId && !pipeline.stages.some((s) => s.id === stageId)) {
		throw new FakeHttpError(400, `Stage ${stageId} does not belong to pipeline ${pipelineId}`);
	}
}

function applyUpdate(
	location: LocationState,
	opportunity: FakeOpportunity,
	body: Record<string, any>,
): void {
	const pipelineId = body.pipelineId ?? opportunity.pipelineId;
	if (body.pipelineId || body.pipelineStageId)
		checkStage(location, pipelineId, body.pipelineStageId);
	if (body.pipelineStageId && body.pipelineStageId !== opportunity.pipelineStageId)
		opportunity.lastStageChangeAt = nextTimestamp();
	for (const key of [
		'name',
		'pipelineId',
		'pipelineStageId',
		'status',
		'monetaryValue',
		'assignedTo',
		'source',
		'lostReasonId',
	]) {
		if (body[key] !== undefined) (opportunity as any)[key] = body[key];
	}
	if (Array.isArray(body.customFields)) {
		for (const field of body.customFields) {
			const existing = opportunity.customFields.find((f) => f.id === field.id);
			if (existing) existing.fieldValue = field.field_value;
			else opportunity.customFields.push({ id: field.id, fieldValue: field.field_value });
		}
	}
	opportunity.updatedAt = nextTimestamp();
}

function usDateToTime(value: string, endOfDay: boolean): number {
	const [month, day, year] = value.split('-').map(Number);
	if (!month || !day || !year) throw unprocessable('date must be mm-dd-yyyy');
	return Date.UTC(year, month - 1, day, endOfDay ? 23 : 0, endOfDay ? 59 : 0, endOfDay ? 59 : 0);
}

export const handlers: Record<string, FakeHandler> = {
	'get-pipelines': (ctx) => ({ pipelines: [...pipelines(ctx.location()).values()] }),

	'get-lost-reason': (ctx) => {
		const all = [...ctx.location().collection('lostReasons').values()];
		const skip = Number(ctx.req.query.skip ?? 0);
		const limit = Number(ctx.req.query.limit ?? 20);
		return { lostReasons: all.slice(skip, skip + limit), total: all.length };
	},

	'create-opportunity': (ctx) => {
		const location = ctx.location();
		const body = ctx.req.body;
		checkStage(location, body.pipelineId, body.pipelineStageId);
		const { locationId: _ignored, ...fields } = body;
		const opportunity = createOpportunity(location, fields);
		if (Array.isArray(body.customFields)) {
			opportunity.customFields = body.customFields.map((f: any) => ({
				id: f.id,
				fieldValue: f.field_value,
			}));
		}
		return reply(201, { opportunity });
	},

	'Upsert-opportunity': (ctx) => {
		const location = ctx.location();
		const body = ctx.req.body;
		checkStage(location, body.pipelineId, body.pipelineStageId);
		const existing = body.id
			? opportunities(location).get(body.id)
			: [...opportunities(location).values()].find(
					(o) => o.contactId === body.contactId && o.pipelineId === body.pipelineId,
				);
		if (existing) {
			applyUpdate(location, existing, body);
			return { opportunity: existing, new: false }; // the spec declares 200, created or not
		}
		if (!body.contactId || !body.name)
			throw unprocessable('contactId and name are required to create an opportunity');
		const opportunity = createOpportunity(location, {
			name: body.name,
			pipelineId: body.pipelineId,
			contactId: body.contactId,
			...(body.pipelineStageId ? { pipelineStageId: body.pipelineStageId } : {}),
			...(body.status ? { status: body.status } : {}),
			...(body.assignedTo ? { assignedTo: body.assignedTo } : {}),
		});
		return { opportunity, new: true };
	},

	'get-opportunity': (ctx) => ({ opportunity: opportunityOf(ctx).opportunity }),

	'update-opportunity': (ctx) => {
		const { opportunity, location } = opportunityOf(ctx);
		applyUpdate(location, opportunity, ctx.req.body ?? {});
		return { opportunity };
	},

	'update-opportunity-status': (ctx) => {
		const { opportunity } = opportunityOf(ctx);
		const { status, lostReasonId } = ctx.req.body;
		opportunity.status = status;
		opportunity.lostReasonId = status === 'lost' ? lostReasonId : undefined;
		opportunity.lastStatusChangeAt = opportunity.updatedAt = nextTimestamp();
		return { succeded: true };
	},

	'delete-opportunity': (ctx) => {
		const { opportunity, location } = opportunityOf(ctx);
		opportunities(location).delete(opportunity.id);
		return { succeded: true };
	},

	'add-followers-opportunity': (ctx) => {
		const { opportunity } = opportunityOf(ctx);
		const added = ctx.req.body.followers.filter((f: string) => !opportunity.followers.includes(f));
		opportunity.followers.push(...added);
		return reply(201, { followers: opportunity.followers, followersAdded: added });
	},

	'remove-followers-opportunity': (ctx) => {
		const { opportunity } = opportunityOf(ctx);
		const removed = opportunity.followers.filter((f) => ctx.req.body.followers.includes(f));
		opportunity.followers = opportunity.followers.filter((f) => !removed.includes(f));
		return { followers: opportunity.followers, followersRemoved: removed };
	},

	'search-opportunity': (ctx) => {
		const q = ctx.req.query as Record<string, string>;
		const location = ctx.fake.store.location(q.location_id);
		if (!location || (ctx.token?.kind === 'location' && ctx.token.locationId !== q.location_id)) {
			throw new FakeHttpError(403, 'The token does not have access to this location');
		}
		const limit = Number(q.limit ?? 20);
		if (limit > 100) throw unprocessable('limit must not be greater than 100');
		let list = [...opportunities(location).values()];
		const equal: Array<[string, keyof FakeOpportunity]> = [
			['pipeline_id', 'pipelineId'],
			['pipeline_stage_id', 'pipelineStageId'],
			['assigned_to', 'assignedTo'],
			['contact_id', 'contactId'],
			['id', 'id'],
		];
		for (const [param, field] of equal)
			if (q[param]) list = list.filter((o) => o[field] === q[param]);
		if (q.status && q.status !== 'all') list = list.filter((o) => o.status === q.status);
		if (q.q) list = list.filter((o) => o.name.toLowerCase().includes(q.q.toLowerCase()));
		if (q.date) list = list.filter((o) => Date.parse(o.createdAt) >= usDateToTime(q.date, false));
		if (q.endDate)
			list = list.filter((o) => Date.parse(o.createdAt) <= usDateToTime(q.endDate, true));
		const ascending = q.order === 'added_asc';
		list.sort(
			(a, b) =>
				(a.createdAt === b.createdAt
					? a.id < b.id
						? -1
						: 1
					: a.createdAt < b.createdAt
						? -1
						: 1) * (ascending ? 1 : -1),
		);
		const total = list.length;
		let start = 0;
		if (q.startAfterId) {
			start = list.findIndex((o) => o.id === q.startAfterId) + 1;
			if (start === 0) throw unprocessable('startAfterId does not match this search');
		}
		const page = list.slice(start, start + limit);
		const last = page[page.length - 1];
		const more = start + limit < total;
		return {
			opportunities: page.map((o) => ({ ...o, contact: { id: o.contactId } })),
			meta: {
				total,
				currentPage: Math.floor(start / limit) + 1,
				...(more && last
					? {
							startAfterId: last.id,
							startAfter: Date.parse(last.createdAt),
							nextPage: Math.floor(start / limit) + 2,
						}
					: {}),
			},
			aggregations: {},
		};
	},
};
