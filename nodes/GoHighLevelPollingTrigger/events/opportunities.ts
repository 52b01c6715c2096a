import type { IDataObject } from 'n8n-workflow';

import { ghlRequestAllItems, type Pagination } from '../../shared/transport/pagination';
import { advance, chronological, idOf, isAfter, type TimeCursor } from '../cursor';
import {
	DAY_MS,
	dedupe,
	newestFirst,
	timeCursorEvent,
	timeOf,
	type EventState,
	type PollEvent,
	type PollRun,
} from './types';

const searchPagination: Pagination = {
	style: 'startAfter',
	records: 'opportunities',
	maxPageSize: 100,
	sizeParam: 'limit',
	total: 'meta.total',
};

/** GET /opportunities/search takes its start date as mm-dd-yyyy. */
function usDate(time: number): string {
	const d = new Date(time);
	const two = (n: number) => String(n).padStart(2, '0');
	return `${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}-${d.getUTCFullYear()}`;
}

/**
 * Opportunities of the sub-account (and pipeline/status chosen), oldest first; with `addedSince`, only those
 * from that day on. The spec gives `date` (a day, no time zone stated), so a day earlier is asked for and the
 * exact cut is made on `createdAt` by the caller.
 */
async function searchOpportunities(run: PollRun, addedSince?: number): Promise<IDataObject[]> {
	const { pipelineId, status } = run.settings;
	const qs: IDataObject = { location_id: run.locationId, order: 'added_asc', status };
	if (pipelineId) qs.pipeline_id = pipelineId;
	if (addedSince !== undefined) qs.date = usDate(addedSince - DAY_MS);
	const records = await ghlRequestAllItems.call(
		run.ctx,
		{ method: 'GET', path: '/opportunities/search', qs, locationId: run.locationId },
		searchPagination,
		undefined,
		0,
		run.account,
	);
	return dedupe(records);
}

const createdAt = (o: IDataObject) => timeOf(o.createdAt);

/**
 * The newest opportunities, found by widening the start date: the spec documents ascending order only
 * (`added_asc`), so the newest are the end of a list that starts recently enough.
 */
async function newestOpportunities(run: PollRun, count: number): Promise<IDataObject[]> {
	for (const days of [2, 31, 366, undefined]) {
		const list = await searchOpportunities(
			run,
			days === undefined ? undefined : run.now - days * DAY_MS,
		);
		if (list.length >= count || days === undefined)
			return newestFirst(list, createdAt).slice(0, count);
	}
	return [];
}

export const opportunityCreated: PollEvent = timeCursorEvent(
	{
		value: 'OpportunityCreate',
		name: 'New Opportunity',
		description: 'An opportunity was added',
		endpoints: ['GET /opportunities/search'],
	},
	{
		time: createdAt,
		since: async (run, time) => await searchOpportunities(run, time),
		newest: newestOpportunities,
	},
);

/**
 * How many opportunities the stage map remembers. Each entry is an id and a stage id (≈ 60 bytes of JSON), so
 * the map stays under ≈ 120 KB of workflow static data. Beyond it, the opportunities moved longest ago are
 * forgotten; when one of those moves again it is still reported (by its lastStageChangeAt), without
 * `previousStageId`.
 */
export const MAX_TRACKED_STAGES = 2000;

const stageChangedAt = (o: IDataObject) => timeOf(o.lastStageChangeAt);

/** A stage change after the opportunity was created (GHL stamps lastStageChangeAt at creation too). */
function movedAfterCreation(o: IDataObject): boolean {
	return stageChangedAt(o) > createdAt(o);
}

interface StageState {
	/** opportunity id → the stage it was in at the last poll (bounded: MAX_TRACKED_STAGES). */
	stages: Record<string, string>;
	/** The newest lastStageChangeAt seen, for opportunities the map does not hold. */
	cursor?: TimeCursor;
}

function stageState(opportunities: IDataObject[], cursor: TimeCursor | undefined): StageState {
	const kept = newestFirst(opportunities, (o) => stageChangedAt(o) || createdAt(o)).slice(
		0,
		MAX_TRACKED_STAGES,
	);
	const stages: Record<string, string> = {};
	for (const o of kept) stages[idOf(o)] = String(o.pipelineStageId ?? '');
	return { stages, cursor: advance(cursor, opportunities, stageChangedAt) };
}

/**
 * No GHL list filters opportunities by when they changed stage, so each poll reads every opportunity in scope
 * (choose a pipeline to keep it short) and compares its stage with the one remembered.
 */
export const opportunityStageChanged: PollEvent = {
	value: 'OpportunityStageUpdate',
	name: 'Opportunity Stage Changed',
	description:
		'An opportunity moved to another stage; the item carries previousStageId when it was known',
	endpoints: ['GET /opportunities/search'],

	async newest(run, count) {
		const all = await searchOpportunities(run);
		return newestFirst(all.filter(movedAfterCreation), stageChangedAt).slice(0, count);
	},

	async start(run, existing) {
		const all = await searchOpportunities(run);
		const moved = newestFirst(all.filter(movedAfterCreation), stageChangedAt).slice(0, existing);
		return { state: stageState(all, undefined) as unknown as EventState, existing: moved };
	},

	async poll(run, state) {
		const previous = state as unknown as StageState;
		const all = await searchOpportunities(run);
		const changed: IDataObject[] = [];
		for (const opportunity of all) {
			const id = idOf(opportunity);
			const stageId = String(opportunity.pipelineStageId ?? '');
			const known = previous.stages[id];
			if (known !== undefined) {
				if (known !== stageId) changed.push({ ...opportunity, previousStageId: known });
			} else if (
				movedAfterCreation(opportunity) &&
				isAfter(previous.cursor, stageChangedAt(opportunity), id)
			) {
				// Not in the map: created since the last poll and moved already, or forgotten (bounded map).
				changed.push({ ...opportunity });
			}
		}
		return {
			records: chronological(changed, stageChangedAt),
			state: stageState(all, previous.cursor) as unknown as EventState,
		};
	},
};
