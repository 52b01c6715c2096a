import type { IDataObject } from 'n8n-workflow';

import { contactLocator, recordLocator } from '../../shared/descriptions';
import { limited, listProperties } from '../../shared/operations/describe';
import type { Params } from '../../shared/operations/params';
import type { OperationDefinition, ResourceDefinition } from '../../shared/operations/types';

const STATUSES = [
	{ name: 'All', value: 'all' },
	{ name: 'Draft', value: 'draft' },
	{ name: 'Published', value: 'published' },
];

const campaignLocator = recordLocator('campaignId', 'Campaign', 'searchCampaigns', {
	placeholder: 'Y2I9XM7aO1hncuSOlc9L',
	description: 'The campaign, picked from the sub-account (its status is shown) or given by ID',
});

const contactId = contactLocator();

// GET /campaigns/ answers with every campaign at once (no paging parameters), so Limit is applied here.

const getMany: OperationDefinition = {
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many campaigns',
	description: 'List the campaigns of the sub-account, optionally only those with a status',
	endpoints: ['GET /campaigns/'],
	properties: [
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			options: STATUSES,
			default: 'all',
			description: 'Only campaigns with this status',
		},
		...listProperties(),
	],
	request: (p) => {
		const locationId = p.locationId();
		const status = p.optionalString('status');
		return {
			method: 'GET',
			path: '/campaigns/',
			qs: { locationId, ...(status && status !== 'all' ? { status } : {}) },
			locationId,
		};
	},
	output: (body, p) => {
		const records = (body.campaigns as IDataObject[]) ?? [];
		return limited(p, records);
	},
};

export const campaignResource: ResourceDefinition = {
	value: 'campaign',
	name: 'Campaign',
	operations: [getMany],
};

const campaignPath = (p: Params) => `/contacts/${p.id('contactId')}/campaigns/${campaignIdOf(p)}`;

function campaignIdOf(p: Params): string {
	const id = p.id('campaignId');
	// DELETE /contacts/{id}/campaigns/removeAll is another endpoint: that "ID" would remove the contact from every campaign.
	if (id === 'removeAll')
		p.fail(
			'"Campaign" is not a valid ID: "removeAll"',
			'To remove the contact from every campaign, use "Remove From All Campaigns".',
		);
	return id;
}

const add: OperationDefinition = {
	value: 'add',
	name: 'Add',
	action: 'Add a contact to a campaign',
	description: 'Add a contact to a campaign',
	endpoints: ['POST /contacts/{contactId}/campaigns/{campaignId}'],
	properties: [contactId, campaignLocator],
	// The spec requires a JSON body with no fields.
	request: (p) => ({ method: 'POST', path: campaignPath(p), body: {} }),
	output: (body, p) => ({
		contactId: p.id('contactId'),
		campaignId: p.id('campaignId'),
		added: body.succeded !== false,
	}),
};

const remove: OperationDefinition = {
	value: 'remove',
	name: 'Remove',
	action: 'Remove a contact from a campaign',
	description: 'Remove a contact from one campaign',
	endpoints: ['DELETE /contacts/{contactId}/campaigns/{campaignId}'],
	properties: [contactId, campaignLocator],
	request: (p) => ({ method: 'DELETE', path: campaignPath(p) }),
	output: (body, p) => ({
		contactId: p.id('contactId'),
		campaignId: p.id('campaignId'),
		removed: body.succeded !== false,
	}),
};

const removeFromAll: OperationDefinition = {
	value: 'removeFromAll',
	name: 'Remove From All Campaigns',
	action: 'Remove a contact from all campaigns',
	description: 'Remove a contact from every campaign it is in',
	endpoints: ['DELETE /contacts/{contactId}/campaigns/removeAll'],
	properties: [contactId],
	request: (p) => ({
		method: 'DELETE',
		path: `/contacts/${p.id('contactId')}/campaigns/removeAll`,
	}),
	output: (body, p) => ({ contactId: p.id('contactId'), removedFromAll: body.succeded !== false }),
};

export const contactCampaignResource: ResourceDefinition = {
	value: 'contactCampaign',
	name: 'Contact in Campaign',
	defaultOperation: add.value,
	operations: [add, remove, removeFromAll],
};
