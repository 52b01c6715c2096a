import type { IDataObject } from 'n8n-workflow';

import { blogPosts, seed as seedBlogs } from '../fake/handlers/blogs';
import { emailTemplates } from '../fake/handlers/emails';
import { redirects, seed as seedFunnels } from '../fake/handlers/funnels';
import { useGhl } from '../harness/ghl';

const rl = (value: string) => ({ __rl: true, mode: 'id', value });

describe('GoHighLevel Marketing: blogs, funnels, redirects, email templates', () => {
	const ghl = useGhl();
	const location = () => ghl.fake.store.location('loc_main')!;
	const run = (parameters: IDataObject, items: object[] = [{}]) =>
		ghl.harness.runNode({ type: 'goHighLevelMarketing', parameters, credentialId: ghl.pit }, items);
	beforeAll(() => {
		seedBlogs(location());
		seedFunnels(location());
	});

	test('blog post: create fills every field GHL requires, slug from the title; a taken slug is reported; update keeps the rest', async () => {
		blogPosts(location()).clear();
		const created = await run({
			resource: 'blogPost',
			operation: 'create',
			blogId: rl('blog_smiles'),
			title: 'Five Tips for Whiter Teeth!',
			rawHTML: '<p>Brush.</p>',
			status: 'PUBLISHED',
			options: { author: 'author_olivia', categories: ['bcat_care'], tags: 'whitening, tips' },
		});
		expect(created.error).toBeUndefined();
		const body = ghl.fake.requests[0].body;
		expect(body).toMatchObject({
			title: 'Five Tips for Whiter Teeth!',
			locationId: 'loc_main',
			blogId: 'blog_smiles',
			rawHTML: '<p>Brush.</p>',
			status: 'PUBLISHED',
			description: '',
			imageUrl: '',
			imageAltText: '',
			author: 'author_olivia',
			categories: ['bcat_care'],
			tags: ['whitening', 'tips'],
			urlSlug: 'five-tips-for-whiter-teeth',
		});
		expect(Date.parse(body.publishedAt)).toBeGreaterThan(Date.now() - 60_000);
		const id = String(created.items[0].json._id);

		const slug = await run({
			resource: 'blogPost',
			operation: 'checkSlug',
			urlSlug: 'five-tips-for-whiter-teeth',
		});
		expect(slug.items[0].json).toEqual({ urlSlug: 'five-tips-for-whiter-teeth', exists: true });
		const again = await run({
			resource: 'blogPost',
			operation: 'create',
			blogId: rl('blog_smiles'),
			title: 'Five tips for whiter teeth',
			rawHTML: '<p>x</p>',
			status: 'DRAFT',
		});
		expect(again.error?.message).toContain('URL slug five-tips-for-whiter-teeth already exists');

		ghl.expectNoViolations(); // resetLog() forgets them
		ghl.fake.resetLog();
		const updated = await run({
			resource: 'blogPost',
			operation: 'update',
			blogId: rl('blog_smiles'),
			postId: id,
			updateFields: { title: 'Six Tips for Whiter Teeth' },
		});
		expect(updated.error).toBeUndefined();
		expect(ghl.fake.requestsTo('PUT', `/blogs/posts/${id}`)[0].body).toMatchObject({
			title: 'Six Tips for Whiter Teeth',
			urlSlug: 'five-tips-for-whiter-teeth',
			author: 'author_olivia',
			rawHTML: '<p>Brush.</p>',
			blogId: 'blog_smiles',
		});
		const listed = await run({
			resource: 'blogPost',
			operation: 'getMany',
			blogId: rl('blog_smiles'),
			returnAll: true,
			filters: { status: 'PUBLISHED' },
		});
		expect(listed.items.map((i) => i.json.title)).toEqual(['Six Tips for Whiter Teeth']);
		const authors = await run({ resource: 'blog', operation: 'getAuthors', returnAll: true });
		expect(authors.items.map((i) => i.json.name)).toEqual(['Dr. Olivia Owner']);
	});

	test('funnels and their pages; redirects: create, list, repoint, delete', async () => {
		redirects(location()).clear();
		const funnels = await run({
			resource: 'funnel',
			operation: 'getMany',
			returnAll: true,
			filters: { type: 'funnel' },
		});
		expect(funnels.items.map((i) => i.json.name)).toEqual(['Whitening offer']);
		const pages = await run({
			resource: 'funnel',
			operation: 'getPages',
			funnelId: rl('fun_whitening'),
			returnAll: true,
		});
		expect(pages.items.map((i) => i.json.name)).toEqual(['Opt-in', 'Thank you']);
		const count = await run({
			resource: 'funnel',
			operation: 'countPages',
			funnelId: rl('fun_whitening'),
		});
		expect(count.items[0].json).toEqual({ funnelId: 'fun_whitening', count: 2 });

		const badPath = await run({
			resource: 'redirect',
			operation: 'create',
			domain: 'mainstreetdental.example',
			path: 'old',
			target: 'https://x.example',
			action: 'url',
		});
		expect(badPath.error?.message).toBe('"Path" must start with a slash: "old"');
		ghl.expectNoViolations(); // resetLog() forgets them
		ghl.fake.resetLog();
		const created = await run({
			resource: 'redirect',
			operation: 'create',
			domain: 'https://mainstreetdental.example/',
			path: '/Old-Offer',
			target: 'https://mainstreetdental.example/whitening',
			action: 'url',
		});
		expect(ghl.fake.requests[0].body).toEqual({
			locationId: 'loc_main',
			domain: 'mainstreetdental.example',
			path: '/Old-Offer',
			target: 'https://mainstreetdental.example/whitening',
			action: 'url',
		});
		const id = String(created.items[0].json.id);
		const listed = await run({ resource: 'redirect', operation: 'getMany', returnAll: true });
		expect(listed.items.map((i) => i.json.pathLowercase)).toEqual(['/old-offer']);
		const repointed = await run({
			resource: 'redirect',
			operation: 'update',
			redirectId: rl(id),
			target: 'fun_whitening',
			action: 'funnel',
		});
		expect(repointed.items[0].json).toMatchObject({
			id,
			target: 'fun_whitening',
			action: 'funnel',
		});
		await run({ resource: 'redirect', operation: 'delete', redirectId: rl(id) });
		expect(ghl.fake.requestsTo('DELETE', `/funnels/lookup/redirect/${id}`)[0].query).toEqual({
			locationId: 'loc_main',
		});
		expect(redirects(location()).size).toBe(0);
	});

	test('email template: create with HTML is two requests; list, replace the HTML, delete', async () => {
		emailTemplates(location()).clear();
		const created = await run({
			resource: 'emailTemplate',
			operation: 'create',
			title: 'Thank you',
			html: '<h1>Thanks!</h1>',
			userId: 'user_owner',
			previewText: 'We appreciate you',
		});
		expect(created.error).toBeUndefined();
		const [create, content] = ghl.fake.requests;
		expect(create).toMatchObject({
			method: 'POST',
			path: '/emails/builder',
			body: {
				locationId: 'loc_main',
				title: 'Thank you',
				name: 'Thank you',
				type: 'html',
				importProvider: 'mailchimp',
			},
		});
		const id = String(created.items[0].json.id);
		expect(content).toMatchObject({
			method: 'POST',
			path: '/emails/builder/data',
			body: {
				locationId: 'loc_main',
				templateId: id,
				updatedBy: 'user_owner',
				html: '<h1>Thanks!</h1>',
				editorType: 'html',
				previewText: 'We appreciate you',
				dnd: { elements: [], attrs: {}, templateSettings: {} },
			},
		});
		expect(created.items[0].json).toEqual({
			id,
			name: 'Thank you',
			previewUrl: `https://preview.example.com/${id}`,
		});

		const listed = await run({ resource: 'emailTemplate', operation: 'getMany', returnAll: true });
		expect(listed.items.map((i) => i.json.name)).toEqual(['Thank you']);
		await run({
			resource: 'emailTemplate',
			operation: 'update',
			templateId: rl(id),
			html: '<h1>Thank you!</h1>',
			userId: 'user_sales',
		});
		expect(emailTemplates(location()).get(id)).toMatchObject({
			html: '<h1>Thank you!</h1>',
			updatedBy: 'user_sales',
		});
		const deleted = await run({
			resource: 'emailTemplate',
			operation: 'delete',
			templateId: rl(id),
		});
		expect(deleted.items[0].json).toEqual({ id, deleted: true });
		expect(ghl.fake.requestsTo('DELETE', `/emails/builder/loc_main/${id}`)).toHaveLength(1);
	});
});
