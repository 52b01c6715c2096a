import type { IDataObject, INodeProperties } from 'n8n-workflow';

import {
	contactLocator,
	customFieldsBody,
	customFieldsProperty,
	recordLocator,
	userProperty,
} from '../../shared/descriptions';
import type { OperationApi } from '../../shared/operations/api';
import { compact, type Params } from '../../shared/operations/params';
import type { Pagination } from '../../shared/transport/pagination';
import type { Pipeline } from '../methods';

/** GET /opportunities/search: startAfter cursors, at most 100 per page (the spec's `limit`). */
export const searchPagination: Pagination = {
	style: 'startAfter',
	records: 'opportunities',
	maxPageSize: 100,
	sizeParam: 'limit',
	total: 'meta.total',
};

export const STATUSES = [
	{ name: 'Open', value: 'open' },
	{ name: 'Won', value: 'won' },
	{ name: 'Lost', value: 'lost' },
	{ name: 'Abandoned', value: 'abandoned' },
];

export const opportunityId: INodeProperties = {
	displayName: 'Opportunity ID',
	name: 'opportunityId',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'yWQobCRIhRguQtD2llvk',
};

export function pipelineLocator(required = true): INodeProperties {
	return recordLocator('pipelineId', 'Pipeline', 'searchPipelines', {
		required,
		placeholder: 'VDm7RPYC2GLUvdpKmBfC',
	});
}

export const stageProperty: INodeProperties = {
	displayName: 'Stage Name or ID',
	name: 'pipelineStageId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getStages', loadOptionsDependsOn: ['pipelineId.value'] },
	default: '',
	description:
		'Stage of the chosen pipeline. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

export const contactId = contactLocator();

export const simplifyProperty: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: false,
	description:
		'Whether to return only the fields people use, with pipeline and stage names resolved',
};

/** Fields create, create-or-update and update share. */
export function opportunityFieldsProperty(displayName: string, withStatus = true): INodeProperties {
	return {
		displayName,
		name: 'fields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			userProperty('assignedTo', 'Assigned User Name or ID'),
			customFieldsProperty('getOpportunityCustomFields'),
			{
				displayName: 'Monetary Value',
				name: 'monetaryValue',
				type: 'number',
				typeOptions: { minValue: 0, numberPrecision: 2 },
				default: 0,
			},
			{ displayName: 'Name', name: 'name', type: 'string', default: '' },
			{ displayName: 'Source', name: 'source', type: 'string', default: '' },
			...(withStatus
				? [
						{
							displayName: 'Status',
							name: 'status',
							type: 'options' as const,
							options: STATUSES,
							default: 'open',
						},
					]
				: []),
		],
	};
}

export function opportunityBody(p: Params, fields: IDataObject): IDataObject {
	const body = compact({ ...fields });
	delete body.customFields;
	if (body.monetaryValue !== undefined) body.monetaryValue = Number(body.monetaryValue);
	const customFields = customFieldsBody(fields.customFields);
	if (customFields) body.customFields = customFields;
	return body;
}

export async function fetchPipelines(api: OperationApi, locationId: string): Promise<Pipeline[]> {
	const body = await api.request({
		method: 'GET',
		path: '/opportunities/pipelines',
		qs: { locationId },
		locationId,
	});
	return ((body.pipelines as IDataObject[]) ?? []) as unknown as Pipeline[];
}

/** The fields people use, with pipeline and stage names; the pipelines list is fetched once per call. */
export async function simplifyOpportunities(
	p: Params,
	api: OperationApi,
	records: IDataObject[],
): Promise<IDataObject[]> {
	if (!p.boolean('simplify')) return records;
	const pipelines = await fetchPipelines(api, p.locationId());
	return records.map((o) => {
		const pipeline = pipelines.find((x) => x.id === o.pipelineId);
		const stage = pipeline?.stages.find((s) => s.id === o.pipelineStageId);
		return {
			id: o.id,
			name: o.name,
			monetaryValue: o.monetaryValue,
			status: o.status,
			pipelineId: o.pipelineId,
			pipelineName: pipeline?.name ?? null,
			pipelineStageId: o.pipelineStageId,
			stageName: stage?.name ?? null,
			contactId: o.contactId ?? (o.contact as IDataObject | undefined)?.id ?? null,
			assignedTo: o.assignedTo ?? null,
			source: o.source ?? null,
			createdAt: o.createdAt,
			updatedAt: o.updatedAt,
			lastStageChangeAt: o.lastStageChangeAt ?? null,
		};
	});
}
