import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchResult,
	INodePropertyOptions,
} from 'n8n-workflow';

import { matchesFilter, pickerLocation } from '../shared/methods/location';
import { ghlRequest } from '../shared/transport';

export interface PipelineStage {
	id: string;
	name: string;
	position?: number;
}

export interface Pipeline {
	id: string;
	name: string;
	stages: PipelineStage[];
}

async function pipelines(ctx: ILoadOptionsFunctions): Promise<Pipeline[]> {
	const { account, locationId } = await pickerLocation(ctx);
	const { body } = await ghlRequest.call(
		ctx,
		{ method: 'GET', path: '/opportunities/pipelines', qs: { locationId }, locationId },
		0,
		account,
	);
	return ((body.pipelines as IDataObject[]) ?? []) as unknown as Pipeline[];
}

export async function searchPipelines(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	return {
		results: (await pipelines(this))
			.filter((p) => matchesFilter(filter, p.name))
			.map((p) => ({ name: p.name, value: p.id })),
	};
}

/** Stages of the pipeline chosen in the node (the list follows the Pipeline field). */
export async function getStages(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	let pipelineId: unknown;
	try {
		pipelineId = this.getCurrentNodeParameter('pipelineId', { extractValue: true });
	} catch {
		pipelineId = undefined;
	}
	const all = await pipelines(this);
	const chosen = all.filter((p) => !pipelineId || p.id === pipelineId);
	return chosen.flatMap((p) =>
		p.stages.map((s) => ({ name: pipelineId ? s.name : `${p.name}: ${s.name}`, value: s.id })),
	);
}

export async function getLostReasons(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const { account, locationId } = await pickerLocation(this);
	const { body } = await ghlRequest.call(
		this,
		{
			method: 'GET',
			path: '/opportunities/lost-reason',
			qs: { locationId, limit: 100 },
			locationId,
		},
		0,
		account,
	);
	return ((body.lostReasons as IDataObject[]) ?? []).map((r) => ({
		name: String(r.name),
		value: String(r.id),
	}));
}
