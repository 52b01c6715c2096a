import { notFound } from '../errors';
import { reply, type FakeContext, type FakeHandler } from '../server';
import { newId, type LocationState } from '../store';

/** Businesses (companies) of a sub-account. GHL's create and update answer under `buiseness` (sic, per the spec). */

const FIELDS = [
	'name',
	'phone',
	'email',
	'website',
	'address',
	'city',
	'state',
	'postalCode',
	'country',
	'description',
];

export const businesses = (l: LocationState) => l.collection<Record<string, unknown>>('businesses');

export function addBusiness(location: LocationState, fields: Record<string, unknown>) {
	const at = new Date().toISOString();
	const business: Record<string, unknown> = {
		id: newId(),
		locationId: location.id,
		createdAt: at,
		updatedAt: at,
	};
	for (const key of FIELDS) if (fields[key] !== undefined) business[key] = fields[key];
	businesses(location).set(String(business.id), business);
	return business;
}

function businessOf(ctx: FakeContext) {
	const location = ctx.location();
	const business = businesses(location).get(ctx.req.params.businessId);
	if (!business) throw notFound('Business');
	return { location, business };
}

export const handlers: Record<string, FakeHandler> = {
	'create-business': (ctx) =>
		reply(201, { success: true, buiseness: addBusiness(ctx.location(), ctx.req.body) }),
	'get-business': (ctx) => ({ business: businessOf(ctx).business }),
	'get-businesses-by-location': (ctx) => {
		const all = [...businesses(ctx.location()).values()];
		const skip = Number(ctx.req.query.skip ?? 0);
		const limit = Math.min(Number(ctx.req.query.limit ?? 100), 100);
		return { businesses: all.slice(skip, skip + limit) };
	},
	'update-business': (ctx) => {
		const { business } = businessOf(ctx);
		for (const key of FIELDS)
			if (ctx.req.body[key] !== undefined) business[key] = ctx.req.body[key];
		business.updatedAt = new Date().toISOString();
		return { success: true, buiseness: business };
	},
	'delete-Business': (ctx) => {
		const { location, business } = businessOf(ctx);
		businesses(location).delete(String(business.id));
		return { success: true };
	},
};

export function seed(location: LocationState): void {
	if (businesses(location).size) return;
	addBusiness(location, {
		name: 'Happy Paws Shelter',
		email: 'hello@happypaws.example',
		city: 'Oakland',
		state: 'CA',
		country: 'US',
	});
	addBusiness(location, {
		name: 'Bayview Vet Clinic',
		phone: '+14155550190',
		website: 'bayviewvet.example',
	});
}
