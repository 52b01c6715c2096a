import type { IDataObject } from 'n8n-workflow';

import { ghlRequest } from '../../shared/transport';
import { chronological, idOf } from '../cursor';
import { dedupe, timeOf, type EventState, type PollEvent, type PollRun } from './types';

const PAGE_SIZE = 100;

/**
 * Every task of the sub-account, through POST /locations/{locationId}/tasks/search. The spec gives that search
 * no sort and no date filter, and no largest page size: pages are read until one comes back empty, so a
 * server-side cap below PAGE_SIZE cannot end the scan early.
 */
async function allTasks(run: PollRun): Promise<IDataObject[]> {
	const tasks: IDataObject[] = [];
	for (;;) {
		const { body } = await ghlRequest.call(
			run.ctx,
			{
				method: 'POST',
				path: `/locations/${encodeURIComponent(run.locationId)}/tasks/search`,
				body: { limit: PAGE_SIZE, skip: tasks.length },
				locationId: run.locationId,
			},
			0,
			run.account,
		);
		const page = (body.tasks as IDataObject[] | undefined) ?? [];
		if (!page.length) return dedupe(tasks);
		tasks.push(...page);
	}
}

/** GHL's task events carry dateAdded; without it, the order GHL listed them in stands. */
const addedAt = (task: IDataObject) => timeOf(task.dateAdded);

interface TaskState {
	/** Ids of the tasks the last scan found. */
	seen: string[];
	/**
	 * Ids found by the scan before and missing from the last one, kept for one more poll: with skip paging a
	 * deletion can shift a task past a page boundary for one scan, and it must not come back as new.
	 */
	missing: string[];
}

function byAddedTime(tasks: IDataObject[]): IDataObject[] {
	const listed = new Map(tasks.map((t, i) => [idOf(t), i]));
	const sorted = chronological(tasks, addedAt);
	// chronological puts undated tasks first by id; keep GHL's own order among them instead.
	return [
		...sorted
			.filter((t) => !Number.isFinite(addedAt(t)))
			.sort((a, b) => listed.get(idOf(a))! - listed.get(idOf(b))!),
		...sorted.filter((t) => Number.isFinite(addedAt(t))),
	];
}

/**
 * New tasks are the ones a scan finds that the previous scan did not. The state holds the ids of the tasks in
 * the sub-account (≈ 25 bytes each), which is what a scan reads anyway.
 */
export const taskCreated: PollEvent = {
	value: 'TaskCreate',
	name: 'New Task',
	description: 'A task was added to a contact of the sub-account',
	endpoints: ['POST /locations/{locationId}/tasks/search'],

	async newest(run, count) {
		return byAddedTime(await allTasks(run))
			.reverse()
			.slice(0, count);
	},

	async start(run, existing) {
		const tasks = await allTasks(run);
		const state: TaskState = { seen: tasks.map(idOf), missing: [] };
		return {
			state: state as unknown as EventState,
			existing: byAddedTime(tasks).reverse().slice(0, existing),
		};
	},

	async poll(run, state) {
		const previous = state as unknown as TaskState;
		const known = new Set([...previous.seen, ...previous.missing]);
		const tasks = await allTasks(run);
		const current = new Set(tasks.map(idOf));
		const next: TaskState = {
			seen: [...current],
			missing: previous.seen.filter((id) => !current.has(id)),
		};
		return {
			records: byAddedTime(tasks.filter((t) => !known.has(idOf(t)))),
			state: next as unknown as EventState,
		};
	},
};
