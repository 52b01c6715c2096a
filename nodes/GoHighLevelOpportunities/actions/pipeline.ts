import type { IDataObject } from 'n8n-workflow';

import type { OperationDefinition, ResourceDefinition } from '../../shared/operations/types';

const getPipelines: OperationDefinition = {
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many pipelines',
	description: 'List the pipelines with their stages',
	endpoints: ['GET /opportunities/pipelines'],
	properties: [
		{
			displayName: 'Output',
			name: 'output',
			type: 'options',
			options: [
				{ name: 'One Item per Pipeline', value: 'pipelines' },
				{
					name: 'One Item per Stage',
					value: 'stages',
					description: "Each stage carries its pipeline's ID and name",
				},
			],
			default: 'pipelines',
		},
	],
	request: (p) => ({
		method: 'GET',
		path: '/opportunities/pipelines',
		qs: { locationId: p.locationId() },
		locationId: p.locationId(),
	}),
	output: (body, p) => {
		const pipelines = (body.pipelines as IDataObject[]) ?? [];
		if (p.raw<string>('output', 'pipelines') !== 'stages') {
			// Every stage carries its pipeline, so a stage item split out downstream still says where it belongs.
			return pipelines.map((pl) => ({
				...pl,
				stages: ((pl.stages as IDataObject[]) ?? []).map((s) => ({
					...s,
					pipelineId: pl.id,
					pipelineName: pl.name,
				})),
			}));
		}
		return pipelines.flatMap((pl) =>
			((pl.stages as IDataObject[]) ?? []).map((s) => ({
				...s,
				pipelineId: pl.id,
				pipelineName: pl.name,
			})),
		);
	},
};

export const pipelineResource: ResourceDefinition = {
	value: 'pipeline',
	name: 'Pipeline',
	operations: [getPipelines],
};

const getLostReasons: OperationDefinition = {
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many lost reasons',
	description: 'List the reasons a deal can be marked lost with',
	endpoints: ['GET /opportunities/lost-reason'],
	list: {
		style: 'skip',
		records: 'lostReasons',
		maxPageSize: 100,
		sizeParam: 'limit',
		total: 'total',
	},
	request: (p) => ({
		method: 'GET',
		path: '/opportunities/lost-reason',
		qs: { locationId: p.locationId() },
		locationId: p.locationId(),
	}),
};

export const lostReasonResource: ResourceDefinition = {
	value: 'lostReason',
	name: 'Lost Reason',
	operations: [getLostReasons],
};
