import { FakeHttpError } from '../errors';
import { answer, missing, nowIso, paged } from '../conform';
import type { FakeHandler } from '../server';
import { newId, type LocationState } from '../store';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Rec = Record<string, any>;

export const emailTemplates = (l: LocationState) => l.collection<Rec>('emailTemplates');
export const emailCampaigns = (l: LocationState) => l.collection<Rec>('emailCampaigns');

export const handlers: Record<string, FakeHandler> = {
	'create-template': (ctx) => {
		const location = ctx.location();
		const id = newId();
		emailTemplates(location).set(id, {
			id,
			name: ctx.req.body.title ?? ctx.req.body.name,
			templateType: ctx.req.body.type,
			isPlainText: false,
			dateAdded: nowIso(),
			lastUpdated: nowIso(),
			version: '2',
		});
		return answer(ctx, { redirect: id, traceId: newId() });
	},
	// The spec documents one template; GHL answers with `builders` (repaired: ../spec/repairs.ts).
	'fetch-template': (ctx) => {
		const all = [...emailTemplates(ctx.location()).values()].filter(
			(t) =>
				!ctx.req.query.search ||
				String(t.name).toLowerCase().includes(String(ctx.req.query.search).toLowerCase()),
		);
		const page = paged(ctx, all).map(({ html: _html, ...t }) => t);
		return answer(ctx, { builders: page, total: all.length });
	},
	'update-template': (ctx) => {
		const template = emailTemplates(ctx.location()).get(ctx.req.body.templateId);
		if (!template) missing('Template');
		if (!String(ctx.req.body.html ?? '').trim())
			throw new FakeHttpError(400, 'html must not be empty');
		Object.assign(template, {
			html: ctx.req.body.html,
			updatedBy: ctx.req.body.updatedBy,
			lastUpdated: nowIso(),
			previewUrl: `https://preview.example.com/${template.id}`,
		});
		return answer(ctx, {
			ok: 'true',
			traceId: newId(),
			previewUrl: template.previewUrl,
			templateDownloadUrl: `https://storage.example.com/${template.id}.html`,
		});
	},
	'delete-template': (ctx) => {
		if (!emailTemplates(ctx.location()).delete(ctx.req.params.templateId)) missing('Template');
		return answer(ctx, { ok: 'true', traceId: newId() });
	},
	'fetch-campaigns': (ctx) => {
		const all = [...emailCampaigns(ctx.location()).values()].filter(
			(c) => !ctx.req.query.status || c.status === ctx.req.query.status,
		);
		return answer(ctx, {
			schedules: paged(ctx, all),
			total: [String(all.length)],
			traceId: newId(),
		});
	},
};
