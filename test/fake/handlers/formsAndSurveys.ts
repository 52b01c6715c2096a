import type { FakeContext, FakeHandler } from '../server';
import { newId, type LocationState } from '../store';

/**
 * Forms and surveys with their submissions. Submissions are listed newest first and filtered by day as GHL does:
 * `startAt` / `endAt` are dates (YYYY-MM-DD), by default the same day last month to today.
 */

export interface FakeSubmission {
	id: string;
	contactId: string;
	createdAt: string;
	formId?: string;
	surveyId?: string;
	name: string;
	email: string;
	others: Record<string, unknown>;
}

type Kind = 'form' | 'survey';

export const forms = (l: LocationState, kind: Kind) =>
	l.collection<{ id: string; name: string; locationId: string }>(`${kind}s`);
export const submissions = (l: LocationState, kind: Kind) =>
	l.collection<FakeSubmission>(`${kind}Submissions`);

export function addForm(location: LocationState, kind: Kind, name: string, id = newId()) {
	const form = { id, name, locationId: location.id };
	forms(location, kind).set(id, form);
	return form;
}

/** A submission as GHL records it: the answers keyed by field, under `others`. */
export function addSubmission(
	location: LocationState,
	kind: Kind,
	formId: string,
	answers: {
		name: string;
		email: string;
		phone?: string;
		contactId?: string;
		createdAt?: string;
		[field: string]: unknown;
	},
): FakeSubmission {
	const { name, email, contactId, createdAt, ...rest } = answers;
	const submission: FakeSubmission = {
		id: newId(),
		contactId: contactId ?? newId(),
		createdAt: createdAt ?? new Date().toISOString(),
		[`${kind}Id`]: formId,
		name,
		email,
		others: {
			full_name: name,
			email,
			...rest,
			fieldsOriSequance: ['full_name', 'email', ...Object.keys(rest)],
		},
	} as FakeSubmission;
	submissions(location, kind).set(submission.id, submission);
	return submission;
}

const day = (d: Date) => d.toISOString().slice(0, 10);

function listSubmissions(ctx: FakeContext, kind: Kind) {
	const location = ctx.location();
	const q = ctx.req.query;
	const today = new Date();
	const monthAgo = new Date(today);
	monthAgo.setUTCMonth(monthAgo.getUTCMonth() - 1);
	const startAt = String(q.startAt ?? day(monthAgo));
	const endAt = String(q.endAt ?? day(today));
	const search = String(q.q ?? '').toLowerCase();
	const wanted = q[`${kind}Id`];
	const matching = [...submissions(location, kind).values()]
		.filter((s) => !wanted || (s as any)[`${kind}Id`] === wanted)
		.filter((s) => s.createdAt.slice(0, 10) >= startAt && s.createdAt.slice(0, 10) <= endAt)
		.filter(
			(s) =>
				!search ||
				[s.contactId, s.name, s.email, String(s.others.phone ?? '')].some((v) =>
					v.toLowerCase().includes(search),
				),
		)
		.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
	const limit = Math.min(Number(q.limit ?? 20), 100);
	const page = Number(q.page ?? 1);
	const slice = matching.slice((page - 1) * limit, page * limit);
	const meta: Record<string, number> = { total: matching.length, currentPage: page };
	if (page * limit < matching.length) meta.nextPage = page + 1;
	if (page > 1) meta.prevPage = page - 1;
	return { submissions: slice, meta };
}

function listForms(ctx: FakeContext, kind: Kind, maxLimit: number) {
	const all = [...forms(ctx.location(), kind).values()];
	const skip = Number(ctx.req.query.skip ?? 0);
	const limit = Math.min(Number(ctx.req.query.limit ?? 10), maxLimit);
	return { [`${kind}s`]: all.slice(skip, skip + limit), total: all.length };
}

export const handlers: Record<string, FakeHandler> = {
	'get-forms': (ctx) => listForms(ctx, 'form', 50),
	'get-forms-submissions': (ctx) => listSubmissions(ctx, 'form'),
	'get-surveys': (ctx) => listForms(ctx, 'survey', 50),
	'get-surveys-submissions': (ctx) => listSubmissions(ctx, 'survey'),
};

/** A booking-request form and a satisfaction survey, each with a few submissions from the last days. */
export function seed(location: LocationState): void {
	if (forms(location, 'form').size) return;
	const booking = addForm(location, 'form', 'Book a Visit', 'form_booking');
	addForm(location, 'form', 'Newsletter Signup', 'form_newsletter');
	const survey = addForm(location, 'survey', 'Patient Satisfaction', 'survey_satisfaction');
	const daysAgo = (n: number) => new Date(Date.now() - n * 24 * 60 * 60 * 1000).toISOString();
	addSubmission(location, 'form', booking.id, {
		name: 'Mia Chen',
		email: 'mia@example.com',
		phone: '+14155550111',
		pet_name: 'Rex',
		createdAt: daysAgo(3),
	});
	addSubmission(location, 'form', booking.id, {
		name: 'Noah Patel',
		email: 'noah@example.com',
		phone: '+14155550112',
		pet_name: 'Luna',
		createdAt: daysAgo(1),
	});
	addSubmission(location, 'survey', survey.id, {
		name: 'Ada Lovelace',
		email: 'ada@example.com',
		rating: '5',
		createdAt: daysAgo(2),
	});
}
