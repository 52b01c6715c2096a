import { FakeHttpError } from '../errors';
import type { FakeGhl, FakeHandler } from '../server';
import type { LocationState } from '../store';

export interface FakeSnapshot {
	id: string;
	name: string;
	type: 'own' | 'imported';
}

/** An agency's snapshots, kept per agency (company). */
export function snapshotsOf(fake: FakeGhl, companyId: string): Map<string, FakeSnapshot> {
	const key = `snapshots:${companyId}`;
	let snapshots = fake.store.global.get(key) as Map<string, FakeSnapshot> | undefined;
	if (!snapshots) fake.store.global.set(key, (snapshots = new Map()));
	return snapshots;
}

/** Two snapshots for the agency of every seeded sub-account. */
export function seed(location: LocationState, fake: FakeGhl): void {
	const snapshots = snapshotsOf(fake, location.companyId);
	snapshots.set('snap_dental_starter', {
		id: 'snap_dental_starter',
		name: 'Dental Starter',
		type: 'own',
	});
	snapshots.set('snap_med_spa', {
		id: 'snap_med_spa',
		name: 'Med Spa (imported)',
		type: 'imported',
	});
}

export const handlers: Record<string, FakeHandler> = {
	'get-custom-snapshots': (ctx) => {
		if (ctx.req.query.companyId !== ctx.token!.companyId) {
			throw new FakeHttpError(403, 'The companyId does not match the agency of the token');
		}
		return { snapshots: [...snapshotsOf(ctx.fake, String(ctx.req.query.companyId)).values()] };
	},
};
