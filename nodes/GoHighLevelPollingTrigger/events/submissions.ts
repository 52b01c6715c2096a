import type { IDataObject } from 'n8n-workflow';

import { ghlRequestAllItems, type Pagination } from '../../shared/transport/pagination';
import {
	DAY_MS,
	newestFirst,
	timeCursorEvent,
	timeOf,
	type PollEvent,
	type PollRun,
	type TimeCursorSource,
} from './types';

const pagination: Pagination = {
	style: 'page',
	records: 'submissions',
	maxPageSize: 100,
	sizeParam: 'limit',
	total: 'meta.total',
};

const day = (time: number) => new Date(time).toISOString().slice(0, 10);

/** How far back "Fetch Test Event" and "Emit Existing" look: GHL's own default range is one month. */
const NEWEST_WINDOW_DAYS = 365;

/**
 * GET /forms/submissions and /surveys/submissions filter by day only (`startAt`, `endAt`: YYYY-MM-DD, default the
 * last month). A poll asks from the day before the cursor (the time zone GHL cuts days in is not documented) to
 * tomorrow; the cursor drops what it already emitted.
 */
function submissionsOf(kind: 'form' | 'survey'): TimeCursorSource {
	const list = async (run: PollRun, startAt: string, limit?: number) =>
		await ghlRequestAllItems.call(
			run.ctx,
			{
				method: 'GET',
				path: `/${kind}s/submissions`,
				qs: { locationId: run.locationId, startAt, endAt: day(run.now + DAY_MS) },
				locationId: run.locationId,
			},
			pagination,
			limit,
			0,
			run.account,
		);
	const time = (submission: IDataObject) => timeOf(submission.createdAt);
	return {
		time,
		since: async (run, after) => await list(run, day((after ?? run.now - 31 * DAY_MS) - DAY_MS)),
		// GHL lists submissions newest first, so the first page holds the newest.
		newest: async (run, count) =>
			newestFirst(await list(run, day(run.now - NEWEST_WINDOW_DAYS * DAY_MS), count), time),
	};
}

export const formSubmitted: PollEvent = timeCursorEvent(
	{
		value: 'FormSubmission',
		name: 'New Form Submission',
		description: 'A form of the sub-account was submitted',
		endpoints: ['GET /forms/submissions'],
	},
	submissionsOf('form'),
);

export const surveySubmitted: PollEvent = timeCursorEvent(
	{
		value: 'SurveySubmission',
		name: 'New Survey Submission',
		description: 'A survey of the sub-account was submitted',
		endpoints: ['GET /surveys/submissions'],
	},
	submissionsOf('survey'),
);
