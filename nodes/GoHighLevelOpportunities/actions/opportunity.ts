import type { IDataObject } from 'n8n-workflow';

import { userProperty } from '../../shared/descriptions';
import type { OperationApi } from '../../shared/operations/api';
import { compact, type Params } from '../../shared/operations/params';
import type { OperationDefinition, ResourceDefinition } from '../../shared/operations/types';
import { updateCustomFieldsOperation } from '../../shared/customFields/locationFields';
import {
	contactId,
	fetchPipelines,
	opportunityBody,
	opportunityFieldsProperty,
	opportunityId,
	pipelineLocator,
	searchPagination,
	simplifyOpportunities,
	simplifyProperty,
	stageProperty,
	STATUSES,
} from './fields';
import { getPipelineSummary } from './getPipelineSummary';

const path = (p: Params) => `/opportunities/${p.id('opportunityId')}`;

/** Runs one request and simplifies the opportunity in `key` of the answer when asked. */
async function one(
	p: Params,
	api: OperationApi,
	request: Parameters<OperationApi['request']>[0],
	key = 'opportunity',
) {
	const body = await api.request(request);
	const [record] = await simplifyOpportunities(p, api, [(body[key] as IDataObject) ?? body]);
	return record;
}

/**
 * The ID of a pipeline's stage given by name (what an agent, a no-code user or a database row has), matched without
 * regard to case or surrounding spaces; an unknown name fails listing the valid ones.
 */
async function stageIdByName(
	p: Params,
	api: OperationApi,
	pipelineId: string,
	name: string,
): Promise<string> {
	const wanted = name.trim().toLowerCase();
	const pipeline =
		(await fetchPipelines(api, p.locationId())).find((x) => x.id === pipelineId) ??
		p.fail(`Pipeline "${pipelineId}" not found in this sub-account`);
	const stage =
		pipeline.stages.find((s) => s.name.trim().toLowerCase() === wanted) ??
		p.fail(
			`No stage named "${name}" in pipeline "${pipeline.name}"`,
			`Valid stage names: ${pipeline.stages.map((s) => s.name).join(', ')}`,
		);
	return stage.id;
}

const create: OperationDefinition = {
	value: 'create',
	name: 'Create',
	action: 'Create an opportunity',
	description: 'Create an opportunity in a pipeline stage for a contact',
	endpoints: ['POST /opportunities/'],
	properties: [
		pipelineLocator(),
		{ ...stageProperty, required: true },
		contactId,
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'Acme: website redesign',
		},
		opportunityFieldsProperty('Additional Fields'),
		simplifyProperty,
	],
	run: async (p, api) => {
		const locationId = p.locationId();
		const body = {
			status: 'open',
			...opportunityBody(p, p.collection('fields')),
			name: p.string('name'),
			pipelineId: p.id('pipelineId'),
			pipelineStageId: p.string('pipelineStageId'),
			contactId: p.id('contactId'),
			locationId,
		};
		return await one(p, api, { method: 'POST', path: '/opportunities/', body, locationId });
	},
};

const upsert: OperationDefinition = {
	value: 'upsert',
	name: 'Create or Update',
	action: 'Create or update an opportunity',
	description: 'Create a new record, or update the current one if it already exists (upsert)',
	endpoints: ['POST /opportunities/upsert', 'PUT /opportunities/{id}'],
	properties: [
		pipelineLocator(),
		contactId,
		{ displayName: 'Name', name: 'name', type: 'string', default: '', required: true },
		{ ...stageProperty, displayName: 'Stage Name or ID' },
		opportunityFieldsProperty('Additional Fields'),
	],
	run: async (p, api) => {
		const locationId = p.locationId();
		const { monetaryValue, customFields, source, ...fields } = opportunityBody(
			p,
			p.collection('fields'),
		);
		const body = await api.request({
			method: 'POST',
			path: '/opportunities/upsert',
			body: compact({
				...fields,
				name: p.string('name'),
				pipelineId: p.id('pipelineId'),
				pipelineStageId: p.optionalString('pipelineStageId'),
				contactId: p.id('contactId'),
				locationId,
				// The spec requires the followers fields on upsert; an empty "add" leaves followers as they are.
				followers: [],
				isRemoveAllFollowers: false,
				followersActionType: 'add',
			}),
			locationId,
		});
		let opportunity = body.opportunity as IDataObject;
		// The upsert schema types monetaryValue as an object and takes no custom fields or source, so those
		// are set with a regular update, whose schema takes them as GHL stores them.
		const extra = compact({ monetaryValue, customFields, source } as IDataObject);
		if (Object.keys(extra).length) {
			const updated = await api.request({
				method: 'PUT',
				path: `/opportunities/${opportunity.id}`,
				body: extra,
			});
			opportunity = updated.opportunity as IDataObject;
		}
		return { ...opportunity, isNew: body.new };
	},
};

const get: OperationDefinition = {
	value: 'get',
	name: 'Get',
	action: 'Get an opportunity',
	description: 'Get an opportunity by ID',
	endpoints: ['GET /opportunities/{id}'],
	properties: [opportunityId, simplifyProperty],
	run: async (p, api) => await one(p, api, { method: 'GET', path: path(p) }),
};

const getMany: OperationDefinition = {
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many opportunities',
	description: 'Search opportunities by pipeline, stage, status, assignee, contact, dates or text',
	endpoints: ['GET /opportunities/search'],
	properties: [
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				userProperty('assigned_to', 'Assigned User Name or ID'),
				{ displayName: 'Contact ID', name: 'contact_id', type: 'string', default: '' },
				{ displayName: 'Created After', name: 'date', type: 'dateTime', default: '' },
				{ displayName: 'Created Before', name: 'endDate', type: 'dateTime', default: '' },
				{ displayName: 'Pipeline ID', name: 'pipeline_id', type: 'string', default: '' },
				{
					displayName: 'Query',
					name: 'q',
					type: 'string',
					default: '',
					description: 'Matches the opportunity or contact name',
				},
				{ displayName: 'Stage ID', name: 'pipeline_stage_id', type: 'string', default: '' },
				{
					displayName: 'Status',
					name: 'status',
					type: 'options',
					options: [...STATUSES, { name: 'All', value: 'all' }],
					default: 'all',
				},
			],
		},
		{
			displayName: 'Order',
			name: 'order',
			type: 'options',
			options: [
				{ name: 'Newest First', value: 'added_desc' },
				{ name: 'Oldest First', value: 'added_asc' },
			],
			default: 'added_desc',
		},
		simplifyProperty,
	],
	list: searchPagination,
	run: async (p, api) => {
		const locationId = p.locationId();
		const qs: IDataObject = { location_id: locationId, order: p.raw('order', 'added_desc') };
		for (const [key, value] of Object.entries(compact(p.collection('filters')))) {
			// GHL takes dates here as mm-dd-yyyy.
			qs[key] =
				key === 'date' || key === 'endDate'
					? usDate(p.isoDate(value, key === 'date' ? 'Created After' : 'Created Before'))
					: value;
		}
		const limit = p.boolean('returnAll') ? undefined : p.number('limit', 50);
		const records = await api.all(
			{ method: 'GET', path: '/opportunities/search', qs, locationId },
			searchPagination,
			limit,
		);
		return await simplifyOpportunities(p, api, records);
	},
};

function usDate(iso: string): string {
	const [year, month, day] = iso.slice(0, 10).split('-');
	return `${month}-${day}-${year}`;
}

const update: OperationDefinition = {
	value: 'update',
	name: 'Update',
	action: 'Update an opportunity',
	description:
		'Change name, value, stage (by ID or name), status, assignee, source or custom fields',
	endpoints: ['PUT /opportunities/{id}', 'GET /opportunities/pipelines', 'GET /opportunities/{id}'],
	properties: [
		opportunityId,
		{
			...opportunityFieldsProperty('Update Fields'),
			options: [
				...(opportunityFieldsProperty('Update Fields').options ?? []),
				{ displayName: 'Pipeline ID', name: 'pipelineId', type: 'string', default: '' },
				{ displayName: 'Stage ID', name: 'pipelineStageId', type: 'string', default: '' },
				{
					displayName: 'Stage Name',
					name: 'stageName',
					type: 'string',
					default: '',
					placeholder: 'Proposal',
					description:
						"Stage by name, in the pipeline given by Pipeline ID or else the opportunity's own; matched without regard to case or surrounding spaces. Takes the place of Stage ID.",
				},
			],
		},
		simplifyProperty,
	],
	run: async (p, api) => {
		const { stageName, ...body } = opportunityBody(p, p.collection('fields'));
		if (stageName !== undefined) {
			// The stage is looked up in the pipeline the deal ends up in: the one given, or the one it is in now.
			const pipelineId =
				(body.pipelineId as string | undefined) ??
				((await api.request({ method: 'GET', path: path(p) })).opportunity as IDataObject)
					.pipelineId;
			body.pipelineStageId = await stageIdByName(p, api, String(pipelineId), String(stageName));
		}
		if (!Object.keys(body).length)
			p.fail('Nothing to update', 'Add at least one field under "Update Fields".');
		return await one(p, api, { method: 'PUT', path: path(p), body });
	},
};

const updateStatus: OperationDefinition = {
	value: 'updateStatus',
	name: 'Update Status',
	action: 'Update the status of an opportunity',
	description: 'Mark an opportunity open, won, lost (with a reason) or abandoned',
	endpoints: ['PUT /opportunities/{id}/status'],
	properties: [
		opportunityId,
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			options: STATUSES,
			default: 'won',
			required: true,
		},
		{
			displayName: 'Lost Reason Name or ID',
			name: 'lostReasonId',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getLostReasons' },
			default: '',
			displayOptions: { show: { status: ['lost'] } },
			description:
				'Why the deal was lost. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
	],
	request: (p) => {
		const status = p.string('status');
		if (!STATUSES.some((s) => s.value === status)) {
			p.fail(`"Status" must be one of ${STATUSES.map((s) => s.value).join(', ')}: "${status}"`);
		}
		const lostReasonId = status === 'lost' ? p.optionalString('lostReasonId') : undefined;
		return { method: 'PUT', path: `${path(p)}/status`, body: compact({ status, lostReasonId }) };
	},
	output: (body, p) => ({
		id: p.id('opportunityId'),
		status: p.string('status'),
		succeeded: body.succeded !== false,
	}),
};

/**
 * Moves a deal to a stage picked from the list or given by name (what an agent or a no-code user has): the name
 * is matched case-insensitively among the chosen pipeline's stages, and an unknown name lists the valid ones.
 */
const moveToStage: OperationDefinition = {
	value: 'moveToStage',
	name: 'Move to Stage',
	action: 'Move an opportunity to a stage',
	description: 'Move an opportunity to a stage, picked from the list or given by name',
	endpoints: ['GET /opportunities/pipelines', 'PUT /opportunities/{id}'],
	properties: [
		opportunityId,
		pipelineLocator(),
		{
			displayName: 'Stage By',
			name: 'stageBy',
			type: 'options',
			options: [
				{
					name: 'Name',
					value: 'name',
					description: 'Give the stage name, e.g. from a previous node',
				},
				{ name: 'List', value: 'list', description: "Pick the stage from the pipeline's stages" },
			],
			default: 'list',
		},
		{ ...stageProperty, displayOptions: { show: { stageBy: ['list'] } } },
		{
			displayName: 'Stage Name',
			name: 'stageName',
			type: 'string',
			default: '',
			placeholder: 'Proposal',
			description: 'Matched without regard to case or surrounding spaces',
			displayOptions: { show: { stageBy: ['name'] } },
		},
		simplifyProperty,
	],
	run: async (p, api) => {
		const pipelineId = p.id('pipelineId');
		let pipelineStageId: string;
		if (p.raw<string>('stageBy', 'list') === 'name') {
			pipelineStageId = await stageIdByName(p, api, pipelineId, p.string('stageName'));
		} else {
			pipelineStageId = p.string('pipelineStageId');
		}
		return await one(p, api, {
			method: 'PUT',
			path: path(p),
			body: { pipelineId, pipelineStageId },
		});
	},
};

const remove: OperationDefinition = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete an opportunity',
	description: 'Delete an opportunity',
	endpoints: ['DELETE /opportunities/{id}'],
	properties: [opportunityId],
	request: (p) => ({ method: 'DELETE', path: path(p) }),
	output: (body, p) => ({ id: p.id('opportunityId'), deleted: body.succeded !== false }),
};

function followers(value: 'addFollowers' | 'removeFollowers'): OperationDefinition {
	const adding = value === 'addFollowers';
	return {
		value,
		name: adding ? 'Add Followers' : 'Remove Followers',
		action: adding ? 'Add followers to an opportunity' : 'Remove followers from an opportunity',
		description: adding
			? 'Add users as followers of an opportunity'
			: 'Remove users from the followers of an opportunity',
		endpoints: [`${adding ? 'POST' : 'DELETE'} /opportunities/{id}/followers`],
		properties: [
			opportunityId,
			userProperty('followers', 'Follower Names or IDs', {
				type: 'multiOptions',
				default: [],
				required: true,
			}),
		],
		request: (p) => {
			const raw = p.raw<unknown>('followers', []);
			const list = (Array.isArray(raw) ? raw : String(raw).split(','))
				.map((v) => String(v).trim())
				.filter(Boolean);
			if (!list.length) p.fail('"Follower Names or IDs" needs at least one user');
			return {
				method: adding ? 'POST' : 'DELETE',
				path: `${path(p)}/followers`,
				body: { followers: list },
			};
		},
		output: (body, p) => ({
			id: p.id('opportunityId'),
			followers: body.followers,
			...(adding
				? { followersAdded: body.followersAdded }
				: { followersRemoved: body.followersRemoved }),
		}),
	};
}

export const opportunityResource: ResourceDefinition = {
	value: 'opportunity',
	name: 'Opportunity',
	defaultOperation: moveToStage.value,
	operations: [
		followers('addFollowers'),
		create,
		upsert,
		remove,
		get,
		getMany,
		getPipelineSummary,
		moveToStage,
		followers('removeFollowers'),
		update,
		updateCustomFieldsOperation('opportunity', opportunityId),
		updateStatus,
	],
};
