import { FakeHttpError, notFound } from '../errors';
import { reply, type FakeContext, type FakeHandler, type FakeGhl } from '../server';
import { newId, type LocationState, type TokenInfo } from '../store';
import { snapshotsOf } from './snapshots';

/** Sub-accounts (locations) of an agency and their per-sub-account settings: tags, custom values, timezones, templates. */

const PROFILE_FIELDS = [
	'name',
	'phone',
	'address',
	'city',
	'state',
	'country',
	'postalCode',
	'website',
	'timezone',
	'prospectInfo',
	'settings',
	'social',
];

/** Snapshots loaded into a sub-account, in order, so tests can see what create/update asked for. */
export const snapshotLoads = (location: LocationState) =>
	location.collection<{ id: string; override: boolean; at: string }>('snapshotLoads');

/** The agency an agency-level request acts in: the token's; a companyId naming another agency is refused. */
function agencyOf(ctx: FakeContext, companyId: unknown): string {
	const token = ctx.token!;
	if (companyId !== undefined && companyId !== token.companyId) {
		throw new FakeHttpError(403, 'The companyId does not match the agency of the token');
	}
	return token.companyId!;
}

function agencyLocation(ctx: FakeContext): LocationState {
	const location = ctx.fake.store.location(ctx.req.params.locationId);
	if (!location || location.companyId !== ctx.token!.companyId) throw notFound('Location');
	return location;
}

function loadSnapshot(
	fake: FakeGhl,
	location: LocationState,
	snapshotId: string,
	override: boolean,
): void {
	if (!snapshotsOf(fake, location.companyId).has(snapshotId))
		throw new FakeHttpError(400, `Snapshot ${snapshotId} not found`);
	snapshotLoads(location).set(snapshotId, {
		id: snapshotId,
		override,
		at: new Date().toISOString(),
	});
}

function applyProfile(location: LocationState, body: Record<string, unknown>): void {
	for (const key of PROFILE_FIELDS) if (body[key] !== undefined) location.profile[key] = body[key];
}

/** Locations a token may list: an agency's own, or a sub-account token's one. */
function visibleLocations(fake: FakeGhl, token: TokenInfo): LocationState[] {
	return [...fake.store.locations.values()].filter((l) =>
		token.kind === 'agency' ? l.companyId === token.companyId : l.id === token.locationId,
	);
}

/** Name + value records kept per sub-account (tags, custom values). */
function namedRecords(
	collection: string,
	single: string,
	many: string,
	extra: (name: string) => Record<string, unknown>,
) {
	const records = (location: LocationState) => location.collection<Record<string, any>>(collection);
	const recordOf = (ctx: FakeContext, idParam: string) => {
		const location = ctx.location();
		const record = records(location).get(ctx.req.params[idParam]);
		if (!record) throw notFound(single === 'tag' ? 'Tag' : 'Custom value');
		return { location, record };
	};
	const fields = (body: Record<string, any>) =>
		single === 'tag'
			? { name: String(body.name) }
			: { name: String(body.name), value: String(body.value) };
	return {
		records,
		add(location: LocationState, body: Record<string, any>) {
			const duplicate = [...records(location).values()].some(
				(r) => r.name.toLowerCase() === String(body.name).toLowerCase(),
			);
			if (duplicate)
				throw new FakeHttpError(
					400,
					`${single === 'tag' ? 'Tag' : 'Custom value'} with this name already exists`,
				);
			const record = {
				id: newId(),
				locationId: location.id,
				...fields(body),
				...extra(String(body.name)),
			};
			records(location).set(record.id, record);
			return record;
		},
		list: (ctx: FakeContext) => ({ [many]: [...records(ctx.location()).values()] }),
		get: (ctx: FakeContext, idParam: string) => ({ [single]: recordOf(ctx, idParam).record }),
		update: (ctx: FakeContext, idParam: string) => {
			const { record } = recordOf(ctx, idParam);
			Object.assign(record, fields(ctx.req.body), extra(String(ctx.req.body.name)));
			return { [single]: record };
		},
		remove: (ctx: FakeContext, idParam: string) => {
			const { location, record } = recordOf(ctx, idParam);
			records(location).delete(record.id);
			return { succeded: true };
		},
	};
}

const snake = (name: string) => name.toLowerCase().replace(/\W+/g, '_').replace(/^_|_$/g, '');
export const tags = namedRecords('tags', 'tag', 'tags', () => ({}));
export const customValues = namedRecords('customValues', 'customValue', 'customValues', (name) => ({
	fieldKey: `{{ custom_values.${snake(name)} }}`,
}));

export const templates = (location: LocationState) =>
	location.collection<Record<string, any>>('templates');

/** The time zones GET /locations/{id}/timezones lists (the spec gives no response schema; GHL answers `timeZones`). */
export const TIMEZONES = [
	'America/Chicago',
	'America/Denver',
	'America/Los_Angeles',
	'America/New_York',
	'Europe/London',
	'UTC',
];

/** Tags the seeded contacts carry, two custom values and an SMS and an email template. */
export function seed(location: LocationState): void {
	for (const name of ['vip', 'newsletter', 'lead', 'referral']) {
		if (![...tags.records(location).values()].some((t) => t.name === name))
			tags.add(location, { name });
	}
	for (const [name, value] of [
		['Office Phone', '+14155550100'],
		['Booking Link', 'https://book.example.com'],
	]) {
		if (![...customValues.records(location).values()].some((v) => v.name === name))
			customValues.add(location, { name, value });
	}
	for (const [id, name, type] of [
		['tpl_sms_reminder', 'Appointment Reminder', 'sms'],
		['tpl_email_welcome', 'Welcome Email', 'email'],
	]) {
		templates(location).set(id, {
			id,
			name,
			type,
			template:
				type === 'sms'
					? { body: 'See you soon!', attachments: [] }
					: { subject: 'Welcome', html: '<p>Welcome</p>' },
			dateAdded: '2026-01-01T00:00:00.000Z',
			locationId: location.id,
			deleted: false,
		});
	}
}

export const handlers: Record<string, FakeHandler> = {
	'search-locations': (ctx) => {
		const q = ctx.req.query as Record<string, string | undefined>;
		if (ctx.token!.kind === 'agency') agencyOf(ctx, q.companyId);
		let locations = visibleLocations(ctx.fake, ctx.token!).map((l) => ({ ...l.profile }));
		if (q.email)
			locations = locations.filter(
				(l) => String(l.email ?? '').toLowerCase() === q.email!.toLowerCase(),
			);
		locations.sort(
			(a, b) => String(a.name).localeCompare(String(b.name)) * (q.order === 'desc' ? -1 : 1),
		);
		const skip = Number(q.skip ?? 0);
		return { locations: locations.slice(skip, skip + Number(q.limit ?? 10)) };
	},
	'get-location': (ctx) => ({ location: { ...ctx.location().profile } }),
	'create-location': (ctx) => {
		const body = ctx.req.body;
		const companyId = agencyOf(ctx, body.companyId);
		const id = newId();
		const location = ctx.fake.store.addLocation(id, companyId);
		applyProfile(location, body);
		if (body.snapshotId) {
			try {
				loadSnapshot(ctx.fake, location, String(body.snapshotId), false);
			} catch (error) {
				ctx.fake.store.locations.delete(id);
				throw error;
			}
		}
		return reply(200, { ...location.profile });
	},
	'put-location': (ctx) => {
		const body = ctx.req.body;
		agencyOf(ctx, body.companyId);
		const location = agencyLocation(ctx);
		if (body.snapshot)
			loadSnapshot(ctx.fake, location, String(body.snapshot.id), Boolean(body.snapshot.override));
		applyProfile(location, body);
		return { ...location.profile };
	},
	'delete-location': (ctx) => {
		const location = agencyLocation(ctx);
		ctx.fake.store.locations.delete(location.id);
		ctx.fake.store.global.set(`deletedLocation:${location.id}`, {
			deleteTwilioAccount: ctx.req.query.deleteTwilioAccount,
		});
		return { success: true, message: `Deleted location with id: ${location.id}` };
	},

	'get-location-tags': (ctx) => tags.list(ctx),
	'create-tag': (ctx) => ({ tag: tags.add(ctx.location(), ctx.req.body) }),
	'get-tag-by-id': (ctx) => tags.get(ctx, 'tagId'),
	'update-tag': (ctx) => tags.update(ctx, 'tagId'),
	'delete-tag': (ctx) => tags.remove(ctx, 'tagId'),

	'get-custom-values': (ctx) => customValues.list(ctx),
	'create-custom-value': (ctx) => ({ customValue: customValues.add(ctx.location(), ctx.req.body) }),
	'get-custom-value': (ctx) => customValues.get(ctx, 'id'),
	'update-custom-value': (ctx) => customValues.update(ctx, 'id'),
	'delete-custom-value': (ctx) => customValues.remove(ctx, 'id'),

	'get-timezones': (ctx) => {
		ctx.location();
		return { timeZones: TIMEZONES };
	},

	'GET-all-or-email-sms-templates': (ctx) => {
		const location = ctx.location();
		const q = ctx.req.query as Record<string, string | undefined>;
		// originId says whose templates: the sub-account's own are what the fake keeps.
		const list = [...templates(location).values()].filter(
			(t) =>
				q.originId === location.id &&
				(!q.type || t.type === q.type) &&
				(q.deleted === 'true' || !t.deleted),
		);
		const skip = Number(q.skip ?? 0);
		return { templates: list.slice(skip, skip + Number(q.limit ?? 25)), totalCount: list.length };
	},
	'DELETE-an-email-sms-template': (ctx) => {
		const template = templates(ctx.location()).get(ctx.req.params.id);
		if (!template || template.deleted) throw notFound('Template');
		template.deleted = true;
		return reply(200, undefined);
	},
};
