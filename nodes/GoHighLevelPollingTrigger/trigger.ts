import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { accountOf } from '../shared/transport/account';
import { DEFAULT_LOOK_AHEAD_DAYS } from './description';
import { pollEvents } from './events';
import type { EventSettings, PollEvent, PollRun } from './events/types';

function locatorValue(ctx: IPollFunctions, name: string): string | undefined {
	const value = ctx.getNodeParameter(name, '', { extractValue: true });
	return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

async function pollRun(ctx: IPollFunctions, event: PollEvent): Promise<PollRun> {
	const account = await accountOf(ctx);
	const locationId = locatorValue(ctx, 'locationId') ?? account.locationId;
	if (!locationId) {
		throw new NodeOperationError(
			ctx.getNode(),
			'"Sub-Account" is required with an agency credential',
			{
				description: 'Choose the sub-account (location) to watch.',
			},
		);
	}
	const appointments = event.value === 'AppointmentCreate';
	const opportunities = event.value.startsWith('Opportunity');
	const settings: EventSettings = {
		calendarId: appointments ? locatorValue(ctx, 'calendarId') : undefined,
		pipelineId: opportunities ? locatorValue(ctx, 'pipelineId') : undefined,
		status: opportunities ? String(ctx.getNodeParameter('status', 'all')) : 'all',
		lookAheadDays: appointments
			? Number(ctx.getNodeParameter('lookAheadDays', DEFAULT_LOOK_AHEAD_DAYS))
			: 0,
	};
	return { ctx, account, locationId, settings, now: Date.now() };
}

/**
 * What the saved state was made for. Another event, sub-account or filter makes it meaningless, so the next poll
 * starts over as a first poll.
 */
function stateKey(run: PollRun, event: PollEvent): string {
	const { calendarId, pipelineId, status } = run.settings;
	return JSON.stringify([event.value, run.locationId, calendarId ?? '', pipelineId ?? '', status]);
}

function items(event: PollEvent, records: IDataObject[]): INodeExecutionData[][] | null {
	if (!records.length) return null;
	return [records.map((record) => ({ json: { ...record, event: event.value } }))];
}

/**
 * One poll. The node's static data holds `key` (what the state is for) and `state` (the event's cursor); both
 * are written only after every request of the poll succeeded, so a failed poll is simply repeated.
 */
export async function pollTrigger(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
	const value = this.getNodeParameter('event') as string;
	const event = pollEvents.find((e) => e.value === value);
	if (!event) throw new NodeOperationError(this.getNode(), `Unknown event "${value}"`);
	const run = await pollRun(this, event);

	// "Fetch Test Event": the newest record, and the saved state stays as it was.
	if (this.getMode() === 'manual') return items(event, await event.newest(run, 1));

	const staticData = this.getWorkflowStaticData('node');
	const key = stateKey(run, event);
	if (staticData.key !== key || !staticData.state) {
		const emitExisting = this.getNodeParameter('emitExisting', false) as boolean;
		const limit = emitExisting
			? Math.max(1, Number(this.getNodeParameter('existingLimit', 50)))
			: 0;
		const { state, existing } = await event.start(run, limit);
		staticData.key = key;
		staticData.state = state;
		// n8n saves a polling node's static data only when a poll emits. So the first poll always emits, with no
		// item when there is nothing to output: n8n then saves where the node starts, and a restart before the
		// first record arrives loses nothing created after activation. (One execution without items is recorded.)
		return items(event, [...existing].reverse()) ?? [[]];
	}

	const { records, state } = await event.poll(run, staticData.state as IDataObject);
	staticData.state = state;
	return items(event, records);
}
