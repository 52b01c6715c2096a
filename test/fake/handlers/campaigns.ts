import { FakeHttpError } from '../errors';
import type { FakeContext, FakeHandler } from '../server';
import type { LocationState } from '../store';
import { contactOf } from './contacts';

export interface FakeCampaign {
	id: string;
	name: string;
	status: string;
	locationId: string;
}

/** A contact's place in a campaign: what add/remove change, so tests can check enrolments. */
export interface FakeCampaignEnrolment {
	contactId: string;
	campaignId: string;
	addedAt: string;
}

export const campaigns = (location: LocationState) =>
	location.collection<FakeCampaign>('campaigns');
export const campaignEnrolments = (location: LocationState) =>
	location.collection<FakeCampaignEnrolment>('campaignEnrolments');

export function addCampaign(location: LocationState, name: string, status: string): FakeCampaign {
	const id = `cmp_${name.toLowerCase().replace(/\W+/g, '_')}`;
	const campaign = { id, name, status, locationId: location.id };
	campaigns(location).set(id, campaign);
	return campaign;
}

/** Three campaigns: two published, one draft. */
export function seed(location: LocationState): void {
	addCampaign(location, 'New Patient Welcome', 'published');
	addCampaign(location, 'Six Month Recall', 'published');
	addCampaign(location, 'Holiday Promo', 'draft');
}

function campaignOf(ctx: FakeContext, location: LocationState): FakeCampaign {
	const campaign = campaigns(location).get(ctx.req.params.campaignId);
	if (!campaign) throw new FakeHttpError(404, 'Campaign not found');
	return campaign;
}

const key = (contactId: string, campaignId: string) => `${contactId}:${campaignId}`;

export const handlers: Record<string, FakeHandler> = {
	'get-campaigns': (ctx) => {
		const location = ctx.location();
		const status = typeof ctx.req.query.status === 'string' ? ctx.req.query.status : undefined;
		return {
			campaigns: [...campaigns(location).values()].filter((c) => !status || c.status === status),
		};
	},
	'add-contact-to-campaign': (ctx) => {
		const { contact, location } = contactOf(ctx);
		const campaign = campaignOf(ctx, location);
		campaignEnrolments(location).set(key(contact.id, campaign.id), {
			contactId: contact.id,
			campaignId: campaign.id,
			addedAt: new Date().toISOString(),
		});
		return { succeded: true };
	},
	'remove-contact-from-campaign': (ctx) => {
		const { contact, location } = contactOf(ctx);
		const campaign = campaignOf(ctx, location);
		campaignEnrolments(location).delete(key(contact.id, campaign.id));
		return { succeded: true };
	},
	'remove-contact-from-every-campaign': (ctx) => {
		const { contact, location } = contactOf(ctx);
		for (const [k, enrolment] of campaignEnrolments(location)) {
			if (enrolment.contactId === contact.id) campaignEnrolments(location).delete(k);
		}
		return { succeded: true };
	},
};
