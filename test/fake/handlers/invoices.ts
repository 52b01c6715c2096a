import { FakeHttpError } from '../errors';
import { altLocation, answer, missing, nowIso, paged } from '../conform';
import type { FakeContext, FakeHandler } from '../server';
import { newId, type LocationState } from '../store';
import { listProducts } from './products';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Rec = Record<string, any>;

export const invoices = (l: LocationState) => l.collection<Rec>('invoices');
export const invoiceTemplates = (l: LocationState) => l.collection<Rec>('invoiceTemplates');
export const invoiceSchedules = (l: LocationState) => l.collection<Rec>('invoiceSchedules');
export const estimates = (l: LocationState) => l.collection<Rec>('estimates');
/** What send / text2pay delivered: tests and examples check who got what. */
export const sentInvoices = (l: LocationState) => l.collection<Rec>('sentInvoices');

/**
 * Line items as GHL stores them and answers them (the spec's examples of invoice, template, schedule and estimate
 * items): each gets its own `_id` and a `taxes` list, and carries its product and price (empty when the line sells
 * no product). Estimate lines also carry `description`, `taxInclusive` and the price `type`.
 */
function storedItems(items: Rec[] = [], estimate = false): Rec[] {
	return items.map((item) => ({
		_id: newId(),
		taxes: [],
		productId: '',
		priceId: '',
		...(estimate ? { description: '', taxInclusive: false, type: 'one_time' } : {}),
		...item,
	}));
}

const total = (items: Rec[] = []) =>
	items.reduce((sum, i) => sum + Number(i.amount ?? 0) * Number(i.qty ?? 1), 0);

function nextNumber(location: LocationState): number {
	return (
		[...invoices(location).values()].reduce(
			(max, i) => Math.max(max, Number(i.invoiceNumber) || 0),
			1000,
		) + 1
	);
}

export function createInvoice(location: LocationState, body: Rec, status = 'draft'): Rec {
	const items = storedItems(body.items ?? body.invoiceItems);
	const amount = total(items);
	const invoice: Rec = {
		_id: newId(),
		status,
		liveMode: body.liveMode ?? true,
		amountPaid: 0,
		altId: location.id,
		altType: 'location',
		name: body.name,
		title: body.title ?? 'INVOICE',
		businessDetails: body.businessDetails ?? {},
		invoiceNumber: Number(body.invoiceNumber) || nextNumber(location),
		currency: body.currency,
		contactDetails: body.contactDetails,
		issueDate: body.issueDate,
		dueDate: body.dueDate ?? body.issueDate,
		discount: body.discount,
		invoiceItems: items,
		total: amount,
		amountDue: amount,
		sentTo: body.sentTo,
		termsNotes: body.termsNotes,
		createdAt: nowIso(),
		updatedAt: nowIso(),
	};
	invoices(location).set(invoice._id, invoice);
	return invoice;
}

function invoiceOf(ctx: FakeContext): { location: LocationState; invoice: Rec } {
	const location = altLocation(ctx);
	const invoice = invoices(location).get(ctx.req.params.invoiceId);
	if (!invoice) missing('Invoice');
	return { location, invoice };
}

function byId(
	ctx: FakeContext,
	collection: (l: LocationState) => Map<string, Rec>,
	param: string,
	what: string,
) {
	const location = altLocation(ctx);
	const record = collection(location).get(ctx.req.params[param]);
	if (!record) missing(what);
	return { location, record };
}

const matches = (record: Rec, search?: unknown) =>
	!search ||
	JSON.stringify([record.name, record.invoiceNumber, record.contactDetails?.name])
		.toLowerCase()
		.includes(String(search).toLowerCase());

export const handlers: Record<string, FakeHandler> = {
	'create-invoice': (ctx) => answer(ctx, createInvoice(altLocation(ctx), ctx.req.body), 200),
	'get-invoice': (ctx) => {
		const { invoice } = invoiceOf(ctx);
		return answer(ctx, {
			...invoice,
			totalSummary: { subTotal: invoice.total, discount: 0, tax: 0 },
		});
	},
	'list-invoices': (ctx) => {
		// The spec gives GET /products/ the same operationId.
		if (ctx.operation.api === 'products') return listProducts(ctx);
		const q = ctx.req.query;
		const all = [...invoices(altLocation(ctx)).values()]
			.filter((i) => !q.status || i.status === q.status)
			.filter((i) => !q.contactId || i.contactDetails?.id === q.contactId)
			.filter((i) => matches(i, q.search))
			.sort(
				(a, b) =>
					(q.sortOrder === 'ascend' ? 1 : -1) *
					String(a.issueDate).localeCompare(String(b.issueDate)),
			);
		return answer(ctx, {
			invoices: paged(ctx, all).map((i) => ({
				...i,
				totalSummary: { subTotal: i.total, discount: 0, tax: 0 },
			})),
			total: all.length,
		});
	},
	'update-invoice': (ctx) => {
		const { invoice } = invoiceOf(ctx);
		if (invoice.status !== 'draft')
			throw new FakeHttpError(400, 'Only draft invoices can be updated');
		const body = ctx.req.body;
		Object.assign(invoice, {
			...body,
			invoiceItems: storedItems(body.invoiceItems),
			total: total(body.invoiceItems),
			amountDue: total(body.invoiceItems),
			updatedAt: nowIso(),
		});
		return answer(ctx, invoice);
	},
	'delete-invoice': (ctx) => {
		const { location, invoice } = invoiceOf(ctx);
		invoices(location).delete(invoice._id);
		return answer(ctx, invoice);
	},
	'void-invoice': (ctx) => {
		const { invoice } = invoiceOf(ctx);
		if (invoice.status === 'paid') throw new FakeHttpError(400, 'A paid invoice cannot be voided');
		Object.assign(invoice, { status: 'void', updatedAt: nowIso() });
		return answer(ctx, invoice, 200);
	},
	'send-invoice': (ctx) => {
		const { location, invoice } = invoiceOf(ctx);
		if (invoice.status === 'void') throw new FakeHttpError(400, 'A void invoice cannot be sent');
		const action = ctx.req.body.action;
		if (action !== 'send_manually' && action.includes('email') && !invoice.contactDetails?.email) {
			throw new FakeHttpError(400, 'The contact has no email address');
		}
		invoice.status = invoice.status === 'draft' ? 'sent' : invoice.status;
		sentInvoices(location).set(newId(), {
			invoiceId: invoice._id,
			action,
			userId: ctx.req.body.userId,
			to: invoice.contactDetails,
			at: nowIso(),
		});
		return answer(ctx, { invoice, smsData: {}, emailData: {} }, 200);
	},
	'record-invoice': (ctx) => {
		const { invoice } = invoiceOf(ctx);
		if (invoice.status === 'void') throw new FakeHttpError(400, 'A void invoice cannot be paid');
		const amount = ctx.req.body.amount ?? invoice.amountDue;
		if (amount > invoice.amountDue)
			throw new FakeHttpError(
				400,
				`Amount ${amount} is more than the amount due (${invoice.amountDue})`,
			);
		invoice.amountPaid += amount;
		invoice.amountDue = Math.round((invoice.total - invoice.amountPaid) * 100) / 100;
		invoice.status = invoice.amountDue <= 0 ? 'paid' : 'partially_paid';
		return answer(ctx, { success: true, invoice }, 200);
	},
	'text2pay-invoice': (ctx) => {
		const location = altLocation(ctx);
		const invoice = createInvoice(
			location,
			ctx.req.body,
			ctx.req.body.action === 'send' ? 'sent' : 'draft',
		);
		if (ctx.req.body.action === 'send')
			sentInvoices(location).set(newId(), {
				invoiceId: invoice._id,
				action: 'sms',
				userId: ctx.req.body.userId,
				to: invoice.contactDetails,
				at: nowIso(),
			});
		return answer(
			ctx,
			{ invoice, invoiceUrl: `https://link.example.com/invoice/${invoice._id}` },
			200,
		);
	},
	'generate-invoice-number': (ctx) => answer(ctx, { invoiceNumber: nextNumber(altLocation(ctx)) }),

	'create-invoice-template': (ctx) => {
		const location = altLocation(ctx);
		const template = {
			_id: newId(),
			...ctx.req.body,
			items: storedItems(ctx.req.body.items),
			total: total(ctx.req.body.items),
			createdAt: nowIso(),
			updatedAt: nowIso(),
		};
		invoiceTemplates(location).set(template._id, template);
		return answer(ctx, template, 200);
	},
	'get-invoice-template': (ctx) =>
		answer(ctx, byId(ctx, invoiceTemplates, 'templateId', 'Template').record),
	'list-invoice-templates': (ctx) => {
		const all = [...invoiceTemplates(altLocation(ctx)).values()].filter((t) =>
			matches(t, ctx.req.query.search),
		);
		return answer(ctx, { data: paged(ctx, all), totalCount: all.length });
	},
	'update-invoice-template': (ctx) => {
		const { record } = byId(ctx, invoiceTemplates, 'templateId', 'Template');
		Object.assign(record, ctx.req.body, {
			...(ctx.req.body.items ? { items: storedItems(ctx.req.body.items) } : {}),
			total: total(ctx.req.body.items ?? record.items),
			updatedAt: nowIso(),
		});
		return answer(ctx, record);
	},
	'delete-invoice-template': (ctx) => {
		const { location, record } = byId(ctx, invoiceTemplates, 'templateId', 'Template');
		invoiceTemplates(location).delete(record._id);
		return answer(ctx, { success: true });
	},

	'create-invoice-schedule': (ctx) => {
		const location = altLocation(ctx);
		const schedule = {
			_id: newId(),
			status: 'draft',
			invoices: [],
			...ctx.req.body,
			items: storedItems(ctx.req.body.items),
			total: total(ctx.req.body.items),
			createdAt: nowIso(),
			updatedAt: nowIso(),
		};
		invoiceSchedules(location).set(schedule._id, schedule);
		return answer(ctx, schedule, 200);
	},
	'get-invoice-schedule': (ctx) =>
		answer(ctx, byId(ctx, invoiceSchedules, 'scheduleId', 'Schedule').record),
	'list-invoice-schedules': (ctx) => {
		const all = [...invoiceSchedules(altLocation(ctx)).values()].filter((s) =>
			matches(s, ctx.req.query.search),
		);
		return answer(ctx, { schedules: paged(ctx, all), total: all.length });
	},
	'delete-invoice-schedule': (ctx) => {
		const { location, record } = byId(ctx, invoiceSchedules, 'scheduleId', 'Schedule');
		invoiceSchedules(location).delete(record._id);
		return answer(ctx, { success: true });
	},
	'schedule-invoice-schedule': (ctx) => {
		const { record } = byId(ctx, invoiceSchedules, 'scheduleId', 'Schedule');
		if (record.status === 'cancelled')
			throw new FakeHttpError(400, 'A cancelled schedule cannot be scheduled');
		Object.assign(record, {
			status: 'active',
			liveMode: ctx.req.body.liveMode,
			updatedAt: nowIso(),
		});
		return answer(ctx, record, 200);
	},
	'cancel-invoice-schedule': (ctx) => {
		const { record } = byId(ctx, invoiceSchedules, 'scheduleId', 'Schedule');
		Object.assign(record, { status: 'cancelled', updatedAt: nowIso() });
		return answer(ctx, record, 200);
	},

	'create-new-estimate': (ctx) => {
		const location = altLocation(ctx);
		const body = ctx.req.body;
		const estimate = {
			_id: newId(),
			...body,
			items: storedItems(body.items, true),
			estimateStatus: 'draft',
			deleted: false,
			total: total(body.items),
			companyId: location.companyId,
			estimateNumber: estimates(location).size + 1,
			expiryDate: body.expiryDate ?? body.issueDate,
			estimateActionHistory: [],
			sentTo: body.sentTo ?? {},
			createdAt: nowIso(),
			updatedAt: nowIso(),
			lastVisitedAt: nowIso(),
		};
		// Kept as answered, so the list gives every field of an estimate too.
		const created = answer(ctx, estimate, 201);
		estimates(location).set(estimate._id, created.body as Rec);
		return created;
	},
	'list-estimates': (ctx) => {
		const q = ctx.req.query;
		const all = [...estimates(altLocation(ctx)).values()]
			.filter((e) => !q.status || q.status === 'all' || e.estimateStatus === q.status)
			.filter((e) => !q.contactId || e.contactDetails?.id === q.contactId)
			.filter((e) => matches(e, q.search));
		return answer(ctx, { estimates: paged(ctx, all), total: all.length, traceId: newId() });
	},
	'delete-estimate': (ctx) => {
		const { location, record } = byId(ctx, estimates, 'estimateId', 'Estimate');
		estimates(location).delete(record._id);
		return answer(ctx, { ...record, deleted: true });
	},
	'send-estimate': (ctx) => {
		const { location, record } = byId(ctx, estimates, 'estimateId', 'Estimate');
		record.estimateStatus = 'sent';
		sentInvoices(location).set(newId(), {
			estimateId: record._id,
			action: ctx.req.body.action,
			userId: ctx.req.body.userId,
			to: record.contactDetails,
			at: nowIso(),
		});
		return answer(ctx, record, 201);
	},
	'generate-estimate-number': (ctx) =>
		answer(ctx, { estimateNumber: estimates(altLocation(ctx)).size + 1, traceId: newId() }),
	'create-invoice-from-estimate': (ctx) => {
		const { location, record } = byId(ctx, estimates, 'estimateId', 'Estimate');
		if (record.estimateStatus === 'invoiced')
			throw new FakeHttpError(400, 'The estimate is already invoiced');
		const invoice = createInvoice(location, { ...record, issueDate: nowIso().slice(0, 10) });
		if (ctx.req.body.markAsInvoiced) record.estimateStatus = 'invoiced';
		return answer(ctx, { estimate: record, invoice }, 200);
	},
};
