import type { IDataObject } from 'n8n-workflow';

import type { Pipeline } from '../methods';

/**
 * The figures a sales pipeline is judged by, from its opportunities as GET /opportunities/search returns them.
 *
 * What GHL's opportunity record allows (spec: SearchOpportunitiesResponseSchema): `status`, `monetaryValue`,
 * `pipelineStageId`, `createdAt`, `lastStatusChangeAt`, `lastStageChangeAt`, `lostReasonId`. So:
 * - per stage: the open deals in it now, their value, and how long they have been in it (now − lastStageChangeAt);
 * - won / lost / abandoned in a period: deals whose status is that now and whose last status change is in the period;
 * - opened in a period: deals created in it; sales cycle: creation to win.
 * Not derivable: time deals spent in stages they have left, and conversion between stages — GHL keeps no stage
 * history in the API (only the last change), so that needs the OpportunityStageUpdate events recorded as they come.
 */

export interface Period {
	start: number;
	end: number;
}

export interface Deal {
	id?: string;
	status?: string;
	monetaryValue?: number | string | null;
	pipelineStageId?: string;
	createdAt?: string;
	lastStatusChangeAt?: string | null;
	lastStageChangeAt?: string | null;
	lostReasonId?: string | null;
}

const DAY_MS = 24 * 3600 * 1000;

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;
const average = (sum: number, count: number, digits = 2) =>
	count ? round(sum / count, digits) : null;
const valueOf = (deal: Deal) =>
	Number.isFinite(Number(deal.monetaryValue)) ? Number(deal.monetaryValue) : 0;
const time = (value: string | null | undefined) => (value ? Date.parse(value) : NaN);

/** When the deal got its current status: the last status change, else its creation (created with that status). */
const statusSince = (deal: Deal) =>
	Number.isFinite(time(deal.lastStatusChangeAt))
		? time(deal.lastStatusChangeAt)
		: time(deal.createdAt);
/** When the deal entered its current stage: the last stage change, else its creation (it never moved). */
const stageSince = (deal: Deal) =>
	Number.isFinite(time(deal.lastStageChangeAt))
		? time(deal.lastStageChangeAt)
		: time(deal.createdAt);
const within = (t: number, period: Period) => t >= period.start && t <= period.end;

class Tally {
	openDeals = 0;
	openValue = 0;
	daysInStage = 0;
	daysInStageCount = 0;
	openedInPeriod = 0;
	wonInPeriod = 0;
	wonValueInPeriod = 0;
	lostInPeriod = 0;
	lostValueInPeriod = 0;
	abandonedInPeriod = 0;
	daysToWin = 0;
	daysToWinCount = 0;

	add(deal: Deal, period: Period, now: number): void {
		const value = valueOf(deal);
		if (within(time(deal.createdAt), period)) this.openedInPeriod++;
		if (deal.status === 'open') {
			this.openDeals++;
			this.openValue += value;
			const since = stageSince(deal);
			if (Number.isFinite(since)) {
				this.daysInStage += (now - since) / DAY_MS;
				this.daysInStageCount++;
			}
			return;
		}
		if (!within(statusSince(deal), period)) return;
		if (deal.status === 'won') {
			this.wonInPeriod++;
			this.wonValueInPeriod += value;
			const created = time(deal.createdAt);
			if (Number.isFinite(created)) {
				this.daysToWin += (statusSince(deal) - created) / DAY_MS;
				this.daysToWinCount++;
			}
		} else if (deal.status === 'lost') {
			this.lostInPeriod++;
			this.lostValueInPeriod += value;
		} else if (deal.status === 'abandoned') {
			this.abandonedInPeriod++;
		}
	}

	figures(): IDataObject {
		return {
			openDeals: this.openDeals,
			openValue: round(this.openValue),
			averageOpenValue: average(this.openValue, this.openDeals),
			averageDaysInStage: average(this.daysInStage, this.daysInStageCount),
			openedInPeriod: this.openedInPeriod,
			wonInPeriod: this.wonInPeriod,
			wonValueInPeriod: round(this.wonValueInPeriod),
			lostInPeriod: this.lostInPeriod,
		};
	}
}

/** Lost deals of the period by reason, most frequent first; names come from GET /opportunities/lost-reason. */
function lostReasons(
	deals: Deal[],
	period: Period,
	reasonNames: Map<string, string>,
): IDataObject[] {
	const byReason = new Map<string, { count: number; value: number }>();
	for (const deal of deals) {
		if (deal.status !== 'lost' || !within(statusSince(deal), period)) continue;
		const key = deal.lostReasonId ?? '';
		const entry = byReason.get(key) ?? { count: 0, value: 0 };
		entry.count++;
		entry.value += valueOf(deal);
		byReason.set(key, entry);
	}
	return [...byReason.entries()]
		.map(([id, { count, value }]) => ({
			id: id || null,
			name: id ? (reasonNames.get(id) ?? null) : '(no reason given)',
			count,
			value: round(value),
		}))
		.sort((a, b) => b.count - a.count || String(a.name).localeCompare(String(b.name)));
}

/** One record per stage of the pipeline (in board order), then one for the whole pipeline. */
export function summarisePipeline(
	pipeline: Pipeline,
	deals: Deal[],
	period: Period,
	now: number,
	reasonNames: Map<string, string>,
): IDataObject[] {
	const stages = [...pipeline.stages].sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
	const tallies = new Map<string, Tally>(stages.map((s) => [s.id, new Tally()]));
	const total = new Tally();
	for (const deal of deals) {
		const stageId = deal.pipelineStageId ?? '';
		// A deal in a stage the pipeline no longer lists still counts, under its own stage ID.
		if (!tallies.has(stageId)) tallies.set(stageId, new Tally());
		tallies.get(stageId)!.add(deal, period, now);
		total.add(deal, period, now);
	}
	const periodFields = {
		periodStart: new Date(period.start).toISOString(),
		periodEnd: new Date(period.end).toISOString(),
	};
	const stageItems = [...tallies.entries()].map(([stageId, tally]) => {
		const stage = stages.find((s) => s.id === stageId);
		return {
			type: 'stage',
			pipelineId: pipeline.id,
			pipelineName: pipeline.name,
			stageId: stageId || null,
			stageName: stage?.name ?? null,
			position: stage?.position ?? null,
			...tally.figures(),
			...periodFields,
		};
	});
	const closed = total.wonInPeriod + total.lostInPeriod;
	const totals = {
		type: 'totals',
		pipelineId: pipeline.id,
		pipelineName: pipeline.name,
		stageId: null,
		stageName: null,
		position: null,
		...total.figures(),
		lostValueInPeriod: round(total.lostValueInPeriod),
		abandonedInPeriod: total.abandonedInPeriod,
		winRate: closed ? round(total.wonInPeriod / closed, 4) : null,
		averageDaysToWin: average(total.daysToWin, total.daysToWinCount),
		lostReasons: lostReasons(deals, period, reasonNames),
		dealsRead: deals.length,
		asOf: new Date(now).toISOString(),
		...periodFields,
	};
	return [...stageItems, totals];
}

/** Lost reason IDs the period's lost deals carry: the reasons list is fetched only when there is one. */
export function lostReasonIdsInPeriod(deals: Deal[], period: Period): Set<string> {
	return new Set(
		deals
			.filter((d) => d.status === 'lost' && d.lostReasonId && within(statusSince(d), period))
			.map((d) => d.lostReasonId as string),
	);
}
