import { GoHighLevelForms } from '../../nodes/GoHighLevelForms/GoHighLevelForms.node';
import { addSubmission, seed as seedForms } from '../fake/handlers/formsAndSurveys';
import { links } from '../fake/handlers/links';
import { seed as seedLinks } from '../fake/handlers/links';
import { useGhl } from '../harness/ghl';
import { editorContext, locator } from '../customObjects/context';

const DAY = 24 * 60 * 60 * 1000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY).toISOString();

describe('GoHighLevel Forms, Surveys & Links', () => {
	const ghl = useGhl();
	const node = new GoHighLevelForms();
	const location = () => ghl.fake.store.location('loc_main')!;
	const run = (parameters: Record<string, unknown>) =>
		ghl.harness.runNode({
			type: 'goHighLevelForms',
			parameters: { authentication: 'privateIntegrationToken', ...parameters },
			credentialId: ghl.pit,
		});

	beforeAll(() => {
		seedForms(location());
		seedLinks(location());
		for (let i = 0; i < 130; i++) {
			addSubmission(location(), 'form', 'form_newsletter', {
				name: `Reader ${i}`,
				email: `reader${i}@example.com`,
				createdAt: daysAgo(5 + (i % 20)),
			});
		}
		addSubmission(location(), 'form', 'form_booking', {
			name: 'Old Timer',
			email: 'old@example.com',
			createdAt: daysAgo(90),
		});
	});

	test('forms: get many pages with skip; the picker lists them', async () => {
		const { items } = await run({ resource: 'form', operation: 'getMany', returnAll: true });
		expect(ghl.fake.requests[0]).toMatchObject({
			method: 'GET',
			path: '/forms/',
			query: { locationId: 'loc_main', skip: '0', limit: '50' },
			headers: { version: '2021-07-28' },
		});
		expect(items.map((i) => i.json.name)).toEqual(['Book a Visit', 'Newsletter Signup']);
		const { results } = await node.methods.listSearch.searchForms.call(
			editorContext(ghl.fake),
			'book',
		);
		expect(results).toEqual([{ name: 'Book a Visit', value: 'form_booking' }]);
	});

	test('form submissions: Return All pages through every submission of the default range (GHL: the last month)', async () => {
		const { items } = await run({ resource: 'form', operation: 'getSubmissions', returnAll: true });
		const requests = ghl.fake.requestsTo('GET', '/forms/submissions');
		expect(requests.map((r) => [r.query.page, r.query.limit])).toEqual([
			['1', '100'],
			['2', '100'],
		]);
		expect(items).toHaveLength(132);
		expect(items.map((i) => i.json.email)).not.toContain('old@example.com');
	});

	test('form submissions: form, search and date filters go to GHL as its query parameters', async () => {
		const { items } = await run({
			resource: 'form',
			operation: 'getSubmissions',
			limit: 10,
			filters: {
				formId: locator('form_booking', 'list'),
				q: 'old',
				startAt: daysAgo(120),
				endAt: daysAgo(60),
			},
		});
		expect(ghl.fake.requests[0].query).toEqual({
			locationId: 'loc_main',
			formId: 'form_booking',
			q: 'old',
			startAt: daysAgo(120).slice(0, 10),
			endAt: daysAgo(60).slice(0, 10),
			page: '1',
			limit: '10',
		});
		expect(items.map((i) => i.json.name)).toEqual(['Old Timer']);
	});

	test('an invalid date fails before any request, naming the filter', async () => {
		const { error } = await run({
			resource: 'form',
			operation: 'getSubmissions',
			limit: 5,
			filters: { startAt: 'yesterday-ish' },
		});
		expect(error?.message).toBe('"Submitted After" is not a valid date: "yesterday-ish"');
		expect(ghl.fake.requests).toHaveLength(0);
	});

	test('surveys: get many and submissions by survey', async () => {
		const surveys = await run({ resource: 'survey', operation: 'getMany', limit: 5 });
		expect(ghl.fake.requests[0]).toMatchObject({
			path: '/surveys/',
			query: { locationId: 'loc_main', skip: '0', limit: '5' },
		});
		expect(surveys.items.map((i) => i.json.id)).toEqual(['survey_satisfaction']);
		ghl.fake.resetLog();
		const submissions = await run({
			resource: 'survey',
			operation: 'getSubmissions',
			returnAll: true,
			filters: { surveyId: locator('survey_satisfaction') },
		});
		expect(ghl.fake.requests[0].query).toMatchObject({ surveyId: 'survey_satisfaction' });
		expect(submissions.items).toEqual([
			expect.objectContaining({
				json: expect.objectContaining({
					surveyId: 'survey_satisfaction',
					email: 'ada@example.com',
				}),
			}),
		]);
	});

	test('trigger links: create, get, update (keeping the URL), search and delete', async () => {
		const created = await run({
			resource: 'triggerLink',
			operation: 'create',
			name: 'Winter promo',
			redirectTo: 'https://mainstreetdental.example/winter',
		});
		expect(ghl.fake.requests[0]).toMatchObject({
			method: 'POST',
			path: '/links/',
			body: {
				locationId: 'loc_main',
				name: 'Winter promo',
				redirectTo: 'https://mainstreetdental.example/winter',
			},
		});
		const id = created.items[0].json.id as string;
		expect(created.items[0].json.fieldKey).toBe(`{{trigger_link.${id}}}`);

		ghl.fake.resetLog();
		const got = await run({ resource: 'triggerLink', operation: 'get', linkId: locator(id) });
		expect(ghl.fake.requests[0]).toMatchObject({
			path: `/links/id/${id}`,
			query: { locationId: 'loc_main' },
		});
		expect(got.items[0].json.name).toBe('Winter promo');

		ghl.fake.resetLog();
		const updated = await run({
			resource: 'triggerLink',
			operation: 'update',
			linkId: locator(id),
			fields: { name: 'Winter promo 2027' },
		});
		expect(ghl.fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			`GET /links/id/${id}`,
			`PUT /links/${id}`,
		]);
		expect(ghl.fake.requests[1].body).toEqual({
			name: 'Winter promo 2027',
			redirectTo: 'https://mainstreetdental.example/winter',
		});
		expect(updated.items[0].json).toMatchObject({ id, name: 'Winter promo 2027' });

		ghl.fake.resetLog();
		const all = await run({ resource: 'triggerLink', operation: 'getMany', returnAll: true });
		expect(ghl.fake.requests[0]).toMatchObject({
			path: '/links/',
			query: { locationId: 'loc_main' },
		});
		expect(all.items).toHaveLength(2);
		ghl.fake.resetLog();
		const searched = await run({
			resource: 'triggerLink',
			operation: 'getMany',
			query: 'winter',
			limit: 10,
		});
		expect(ghl.fake.requests[0]).toMatchObject({
			path: '/links/search',
			headers: { version: '2021-04-15' },
			query: { locationId: 'loc_main', query: 'winter', skip: '0', limit: '10' },
		});
		expect(searched.items.map((i) => i.json.id)).toEqual([id]);

		ghl.fake.resetLog();
		const deleted = await run({
			resource: 'triggerLink',
			operation: 'delete',
			linkId: locator(id),
		});
		expect(ghl.fake.requests[0]).toMatchObject({ method: 'DELETE', path: `/links/${id}` });
		expect(deleted.items[0].json).toEqual({ succeded: true });
		expect(links(location()).has(id)).toBe(false);
	});

	test('a redirect that is not a URL fails before any request', async () => {
		const { error } = await run({
			resource: 'triggerLink',
			operation: 'create',
			name: 'Bad',
			redirectTo: 'mainstreetdental',
		});
		expect(error?.message).toBe('"Redirect To" is not a valid URL: "mainstreetdental"');
		expect(ghl.fake.requests).toHaveLength(0);
	});
});
