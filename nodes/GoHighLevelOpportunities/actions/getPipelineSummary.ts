import type { IDataObject } from 'n8n-workflow';

import type { Params } from '../../shared/operations/params';
import type { OperationDefinition } from '../../shared/operations/types';
import type { Pagination } from '../../shared/transport/pagination';
import { fetchPipelines, pipelineLocator, searchPagination } from './fields';
import { lostReasonIdsInPeriod, summarisePipeline, type Period } from './pipelineMetrics';

const DAY_MS = 24 * 3600 * 1000;
const ROLLING_DAYS: Record<string, number> = { last7Days: 7, last30Days: 30, last90Days: 90 };
const lostReasonPagination: Pagination = {
	style: 'skip',
	records: 'lostReasons',
	maxPageSize: 100,
	sizeParam: 'limit',
	total: 'total',
};

function periodOf(p: Params, now: number): Period {
	const period = p.raw<string>('period', 'last7Days');
	if (ROLLING_DAYS[period]) return { start: now - ROLLING_DAYS[period] * DAY_MS, end: now };
	if (period !== 'custom')
		p.fail(
			`"Period" must be one of ${[...Object.keys(ROLLING_DAYS), 'custom'].join(', ')}: "${period}"`,
		);
	const start = p.epochMillis(p.raw('periodStart'), 'Period Start');
	const end = p.epochMillis(p.raw('periodEnd'), 'Period End');
	if (end <= start) p.fail('"Period End" must be after "Period Start"');
	return { start, end };
}

/**
 * Pipeline metrics GHL does not return in one call, from every deal of the pipeline with the fewest requests: the
 * pipeline's stages (1 request), its deals at GHL's largest page, all statuses (ceil(deals / 100) requests), and
 * the lost reasons' names only when a deal lost in the period has one (1 request).
 */
export const getPipelineSummary: OperationDefinition = {
	value: 'getPipelineSummary',
	name: 'Get Pipeline Summary',
	action: 'Get a pipeline summary',
	description:
		'Per stage the open deals, their value and days in stage; deals opened, won and lost in a period, win rate and lost reasons',
	endpoints: [
		'GET /opportunities/pipelines',
		'GET /opportunities/search',
		'GET /opportunities/lost-reason',
	],
	properties: [
		pipelineLocator(),
		{
			displayName: 'Period',
			name: 'period',
			type: 'options',
			options: [
				{ name: 'Last 7 Days', value: 'last7Days' },
				{ name: 'Last 30 Days', value: 'last30Days' },
				{ name: 'Last 90 Days', value: 'last90Days' },
				{ name: 'Custom', value: 'custom' },
			],
			default: 'last7Days',
			description:
				'For deals opened, won and lost, win rate and lost reasons. Stage figures are the open deals as they are now.',
		},
		{
			displayName: 'Period Start',
			name: 'periodStart',
			type: 'dateTime',
			default: '',
			required: true,
			displayOptions: { show: { period: ['custom'] } },
		},
		{
			displayName: 'Period End',
			name: 'periodEnd',
			type: 'dateTime',
			default: '',
			required: true,
			displayOptions: { show: { period: ['custom'] } },
		},
		{
			displayName:
				"One item per stage, then a totals item. Days in stage count from the deal's last stage change: GHL keeps no stage history, so time spent in earlier stages is not known.",
			name: 'summaryNotice',
			type: 'notice',
			default: '',
		},
	],
	run: async (p, api) => {
		const now = Date.now();
		const period = periodOf(p, now);
		const pipelineId = p.id('pipelineId');
		const locationId = p.locationId();
		const pipeline =
			(await fetchPipelines(api, locationId)).find((x) => x.id === pipelineId) ??
			p.fail(
				`Pipeline "${pipelineId}" not found in this sub-account`,
				'Pick the pipeline from the list.',
			);
		const deals = await api.all(
			{
				method: 'GET',
				path: '/opportunities/search',
				qs: { location_id: locationId, pipeline_id: pipelineId, status: 'all' },
				locationId,
			},
			searchPagination,
		);
		const reasonNames = new Map<string, string>();
		if (lostReasonIdsInPeriod(deals, period).size) {
			const reasons = await api.all(
				{ method: 'GET', path: '/opportunities/lost-reason', qs: { locationId }, locationId },
				lostReasonPagination,
			);
			for (const reason of reasons as IDataObject[])
				reasonNames.set(String(reason.id), String(reason.name));
		}
		return summarisePipeline(pipeline, deals, period, now, reasonNames);
	},
};
