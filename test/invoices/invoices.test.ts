import type { IDataObject } from 'n8n-workflow';

import { GoHighLevelInvoices } from '../../nodes/GoHighLevelInvoices/GoHighLevelInvoices.node';
import { pickerContext } from '../campaigns/pickerContext';
import { createContact } from '../fake/handlers/contacts';
import { estimates, invoices, invoiceSchedules, sentInvoices } from '../fake/handlers/invoices';
import type { HarnessNode } from '../harness/engine';
import { useGhl } from '../harness/ghl';

const rl = (value: string, mode = 'id') => ({ __rl: true, mode, value });
const lineItems = (...items: IDataObject[]) => ({ item: items });

describe('GoHighLevel Invoices', () => {
	const ghl = useGhl();
	const location = () => ghl.fake.store.location('loc_main')!;
	const run = (parameters: IDataObject, items: object[] = [{}], extra: Partial<HarnessNode> = {}) =>
		ghl.harness.runNode(
			{ type: 'goHighLevelInvoices', parameters, credentialId: ghl.pit, ...extra },
			items,
		);
	let ada: string;
	let linus: string;

	beforeAll(() => {
		ada = createContact(location(), {
			firstName: 'Ada',
			lastName: 'Lovelace',
			email: 'ada@example.com',
			phone: '+14155550101',
		}).id;
		linus = createContact(location(), { firstName: 'Linus', email: 'linus@example.com' }).id;
	});
	beforeEach(() => {
		invoices(location()).clear();
		sentInvoices(location()).clear();
	});

	const createInvoice = (extra: IDataObject = {}) =>
		run({
			resource: 'invoice',
			operation: 'create',
			contactId: rl(ada),
			name: 'Implant consultation',
			currency: 'usd',
			lineItems: lineItems(
				{ name: 'Consultation', amount: 150, qty: 1 },
				{ name: 'X-ray', description: 'Panoramic', amount: 45.5, qty: 2 },
			),
			dueDate: '2026-12-31T12:00:00Z',
			...extra,
		});

	test('create reads the contact, then sends the line items, contact details and dates GHL requires', async () => {
		const { items, error } = await createInvoice({
			options: { title: 'INVOICE', discountType: 'fixed', discountValue: 10 },
		});
		expect(error).toBeUndefined();
		const [contactRequest, create] = ghl.fake.requests;
		expect(contactRequest).toMatchObject({ method: 'GET', path: `/contacts/${ada}` });
		expect(create).toMatchObject({ method: 'POST', path: '/invoices/', status: 200 });
		expect(create.headers.version).toBe('2021-07-28');
		expect(create.body).toEqual({
			altId: 'loc_main',
			altType: 'location',
			name: 'Implant consultation',
			currency: 'USD',
			items: [
				{ name: 'Consultation', currency: 'USD', amount: 150, qty: 1 },
				{ name: 'X-ray', currency: 'USD', amount: 45.5, qty: 2, description: 'Panoramic' },
			],
			contactDetails: {
				id: ada,
				name: 'Ada Lovelace',
				email: 'ada@example.com',
				phoneNo: '+14155550101',
			},
			businessDetails: {},
			discount: { type: 'fixed', value: 10 },
			issueDate: new Date().toISOString().slice(0, 10),
			dueDate: '2026-12-31',
			liveMode: true,
			sentTo: { email: ['ada@example.com'], phoneNo: ['+14155550101'] },
			title: 'INVOICE',
		});
		expect(items[0].json).toMatchObject({
			status: 'draft',
			total: 241,
			amountDue: 241,
			currency: 'USD',
			name: 'Implant consultation',
		});
	});

	test('a line item without a name or with a bad quantity fails before any request, naming the field', async () => {
		const noName = await createInvoice({
			lineItems: lineItems({ name: '={{ $json.missing }}', amount: 10, qty: 1 }),
		});
		expect(noName.error?.message).toBe('"Line item 1: Name" is required');
		const badQty = await createInvoice({
			lineItems: lineItems({ name: 'A', amount: 10, qty: 1 }, { name: 'B', amount: 1, qty: 0 }),
		});
		expect(badQty.error?.message).toBe('"Line item 2: Quantity" must be more than 0');
		const none = await createInvoice({ lineItems: {} });
		expect(none.error?.message).toBe('"Line Items" needs at least one item');
		expect(ghl.fake.requests).toEqual([]);
	});

	test('send, record a partial then the full payment: the invoice goes sent → partially paid → paid', async () => {
		const id = String((await createInvoice()).items[0].json._id);
		ghl.expectNoViolations(); // resetLog() forgets them
		ghl.fake.resetLog();
		const sent = await run({
			resource: 'invoice',
			operation: 'send',
			invoiceId: rl(id),
			action: 'email',
			userId: 'user_owner',
			options: { fromName: 'Main Street Dental' },
		});
		expect(sent.error).toBeUndefined();
		expect(ghl.fake.requests[0]).toMatchObject({
			method: 'POST',
			path: `/invoices/${id}/send`,
			body: {
				altId: 'loc_main',
				altType: 'location',
				userId: 'user_owner',
				action: 'email',
				liveMode: true,
				sentFrom: { fromName: 'Main Street Dental' },
			},
		});
		expect((sent.items[0].json.invoice as IDataObject).status).toBe('sent');
		expect(
			[...sentInvoices(location()).values()].map((s) => [s.invoiceId, s.action, s.to.email]),
		).toEqual([[id, 'email', 'ada@example.com']]);

		const partial = await run({
			resource: 'invoice',
			operation: 'recordPayment',
			invoiceId: rl(id),
			mode: 'cheque',
			amount: 100,
			chequeNumber: '00123',
			notes: 'Paid at the desk',
		});
		expect(partial.error).toBeUndefined();
		expect(ghl.fake.requests[1].body).toEqual({
			altId: 'loc_main',
			altType: 'location',
			mode: 'cheque',
			card: { brand: '', last4: '' },
			cheque: { number: '00123' },
			notes: 'Paid at the desk',
			amount: 100,
		});
		expect(partial.items[0].json.invoice).toMatchObject({
			status: 'partially_paid',
			amountPaid: 100,
			amountDue: 141,
		});
		const rest = await run({
			resource: 'invoice',
			operation: 'recordPayment',
			invoiceId: rl(id),
			mode: 'cash',
			amount: 0,
		});
		expect(ghl.fake.requests[2].body).not.toHaveProperty('amount');
		expect(rest.items[0].json.invoice).toMatchObject({ status: 'paid', amountDue: 0 });
		const voided = await run({ resource: 'invoice', operation: 'void', invoiceId: rl(id) });
		expect(voided.error?.message).toContain('A paid invoice cannot be voided');
	});

	test('get, get many with filters and limit, next number, update, void and delete', async () => {
		const first = String((await createInvoice()).items[0].json._id);
		await run({
			resource: 'invoice',
			operation: 'create',
			contactId: rl(linus),
			name: 'Cleaning',
			currency: 'USD',
			lineItems: lineItems({ name: 'Cleaning', amount: 80, qty: 1 }),
		});
		ghl.expectNoViolations(); // resetLog() forgets them
		ghl.fake.resetLog();

		const got = await run({ resource: 'invoice', operation: 'get', invoiceId: rl(first) });
		expect(ghl.fake.requests[0]).toMatchObject({
			method: 'GET',
			path: `/invoices/${first}`,
			query: { altId: 'loc_main', altType: 'location' },
		});
		expect(got.items[0].json).toMatchObject({
			_id: first,
			total: 241,
			totalSummary: { subTotal: 241 },
		});

		const many = await run({
			resource: 'invoice',
			operation: 'getMany',
			returnAll: false,
			limit: 1,
			filters: { contactId: rl(linus), status: 'draft' },
		});
		expect(ghl.fake.requests[1].query).toEqual({
			altId: 'loc_main',
			altType: 'location',
			status: 'draft',
			contactId: linus,
			sortField: 'issueDate',
			sortOrder: 'descend',
			limit: '1',
			offset: '0',
		});
		expect(many.items.map((i) => i.json.name)).toEqual(['Cleaning']);

		const number = await run({ resource: 'invoice', operation: 'generateNumber' });
		expect(number.items[0].json).toEqual({ invoiceNumber: 1003 });

		ghl.expectNoViolations(); // resetLog() forgets them
		ghl.fake.resetLog();
		const updated = await run({
			resource: 'invoice',
			operation: 'update',
			invoiceId: rl(first),
			updateFields: { name: 'Implant consult (revised)' },
			replaceLineItems: true,
			lineItems: lineItems({ name: 'Consultation', amount: 120, qty: 1 }),
		});
		expect(updated.error).toBeUndefined();
		const put = ghl.fake.requestsTo('PUT', `/invoices/${first}`)[0];
		expect(put.body).toMatchObject({
			name: 'Implant consult (revised)',
			currency: 'USD',
			invoiceItems: [{ name: 'Consultation', currency: 'USD', amount: 120, qty: 1 }],
			issueDate: new Date().toISOString().slice(0, 10),
			dueDate: '2026-12-31',
			altId: 'loc_main',
		});
		expect(updated.items[0].json).toMatchObject({ total: 120, name: 'Implant consult (revised)' });

		const voided = await run({ resource: 'invoice', operation: 'void', invoiceId: rl(first) });
		expect(voided.items[0].json.status).toBe('void');
		const deleted = await run({ resource: 'invoice', operation: 'delete', invoiceId: rl(first) });
		expect(deleted.error).toBeUndefined();
		expect(ghl.fake.requestsTo('DELETE', `/invoices/${first}`)[0].query).toEqual({
			altId: 'loc_main',
			altType: 'location',
		});
		expect(invoices(location()).has(first)).toBe(false);
	});

	test('text2pay texts a payment link; a contact without a phone fails before the invoice is made', async () => {
		const noPhone = await run({
			resource: 'invoice',
			operation: 'text2pay',
			contactId: rl(linus),
			name: 'Deposit',
			currency: 'USD',
			lineItems: lineItems({ name: 'Deposit', amount: 50, qty: 1 }),
			userId: 'user_front',
			sendNow: true,
		});
		expect(noPhone.error?.message).toBe(
			'The contact has no phone number to text the payment link to',
		);
		expect(ghl.fake.requestsTo('POST', '/invoices/text2pay')).toEqual([]);

		const { items, error } = await run({
			resource: 'invoice',
			operation: 'text2pay',
			contactId: rl(ada),
			name: 'Deposit',
			currency: 'USD',
			lineItems: lineItems({ name: 'Deposit', amount: 50, qty: 1 }),
			userId: 'user_front',
			sendNow: true,
		});
		expect(error).toBeUndefined();
		expect(ghl.fake.requestsTo('POST', '/invoices/text2pay')[0].body).toMatchObject({
			action: 'send',
			userId: 'user_front',
			liveMode: true,
			sentTo: { phoneNo: ['+14155550101'] },
		});
		expect(items[0].json).toMatchObject({
			invoice: { status: 'sent', total: 50 },
			invoiceUrl: expect.stringMatching(/^https:\/\//),
		});
	});

	test('Continue On Fail: a bad item yields one error item in its place, the good one is created', async () => {
		const { items } = await run(
			{
				resource: 'invoice',
				operation: 'create',
				contactId: rl('={{ $json.contact }}' as never),
				name: 'Visit',
				currency: 'USD',
				lineItems: lineItems({ name: 'Visit', amount: '={{ $json.amount }}' as never, qty: 1 }),
			},
			[
				{ contact: ada, amount: 90 },
				{ contact: ada, amount: -5 },
			],
			{ continueOnFail: true },
		);
		expect(items.map((i) => i.json.error ?? i.json.total)).toEqual([
			90,
			'"Line item 1: Unit Price" must be a number of 0 or more',
		]);
		expect(items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
	});

	test('estimates: create, send, convert to an invoice; the invoice picker lists it', async () => {
		estimates(location()).clear();
		const created = await run({
			resource: 'estimate',
			operation: 'create',
			contactId: rl(ada),
			name: 'Whitening',
			currency: 'USD',
			lineItems: lineItems({ name: 'Whitening', amount: 300, qty: 1 }),
			options: { expiryDate: '2027-01-31' },
		});
		expect(created.error).toBeUndefined();
		const body = ghl.fake.requestsTo('POST', '/invoices/estimate')[0].body;
		expect(body).toMatchObject({
			altId: 'loc_main',
			frequencySettings: { enabled: false, schedule: {} },
			expiryDate: '2027-01-31',
			contactDetails: { id: ada, email: 'ada@example.com' },
		});
		const id = String(created.items[0].json._id);
		const sent = await run({
			resource: 'estimate',
			operation: 'send',
			estimateId: rl(id),
			action: 'email',
			userId: 'user_owner',
		});
		expect(sent.items[0].json.estimateStatus).toBe('sent');
		const converted = await run({
			resource: 'estimate',
			operation: 'convertToInvoice',
			estimateId: rl(id),
			markAsInvoiced: true,
		});
		expect(converted.error).toBeUndefined();
		expect(converted.items[0].json).toMatchObject({
			estimate: { estimateStatus: 'invoiced' },
			invoice: { name: 'Whitening', total: 300, status: 'draft' },
		});
		const listed = await run({
			resource: 'estimate',
			operation: 'getMany',
			returnAll: true,
			filters: { status: 'invoiced' },
		});
		expect(listed.items.map((i) => i.json._id)).toEqual([id]);

		const picker = await new GoHighLevelInvoices().methods.listSearch.searchInvoices.call(
			pickerContext(ghl.fake),
			'whiten',
		);
		expect(picker.results).toEqual([
			{
				name: 'Whitening (#1001, draft)',
				value: String((converted.items[0].json.invoice as IDataObject)._id),
			},
		]);
	});

	test('schedules: create a monthly schedule, start it, cancel it', async () => {
		invoiceSchedules(location()).clear();
		const created = await run({
			resource: 'invoiceSchedule',
			operation: 'create',
			name: 'Aligner plan',
			contactId: rl(ada),
			currency: 'USD',
			lineItems: lineItems({ name: 'Monthly aligners', amount: 99, qty: 1 }),
			intervalType: 'monthly',
			interval: 1,
			startDate: '2027-01-01',
			options: { count: 12 },
		});
		expect(created.error).toBeUndefined();
		expect(ghl.fake.requestsTo('POST', '/invoices/schedule')[0].body).toMatchObject({
			schedule: {
				rrule: { intervalType: 'monthly', interval: 1, startDate: '2027-01-01', count: 12 },
			},
			liveMode: true,
			discount: { type: 'percentage', value: 0 },
		});
		const id = String(created.items[0].json._id);
		const started = await run({
			resource: 'invoiceSchedule',
			operation: 'schedule',
			scheduleId: rl(id),
		});
		expect(ghl.fake.requestsTo('POST', `/invoices/schedule/${id}/schedule`)[0].body).toEqual({
			altId: 'loc_main',
			altType: 'location',
			liveMode: true,
		});
		expect(started.items[0].json.status).toBe('active');
		const cancelled = await run({
			resource: 'invoiceSchedule',
			operation: 'cancel',
			scheduleId: rl(id),
		});
		expect(cancelled.items[0].json.status).toBe('cancelled');
		const again = await run({
			resource: 'invoiceSchedule',
			operation: 'schedule',
			scheduleId: rl(id),
		});
		expect(again.error?.message).toContain('A cancelled schedule cannot be scheduled');
	});

	test('templates: create, get many, update keeps what is not changed, delete', async () => {
		const created = await run({
			resource: 'invoiceTemplate',
			operation: 'create',
			name: 'Checkup',
			currency: 'EUR',
			lineItems: lineItems({ name: 'Checkup', amount: 60, qty: 1 }),
			options: { termsNotes: 'Due in 14 days' },
		});
		expect(created.error).toBeUndefined();
		const id = String(created.items[0].json._id);
		const updated = await run({
			resource: 'invoiceTemplate',
			operation: 'update',
			templateId: rl(id),
			updateFields: { name: 'Checkup (adult)' },
		});
		expect(updated.error).toBeUndefined();
		expect(ghl.fake.requestsTo('PUT', `/invoices/template/${id}`)[0].body).toMatchObject({
			name: 'Checkup (adult)',
			currency: 'EUR',
			items: [{ name: 'Checkup', amount: 60 }],
			termsNotes: 'Due in 14 days',
		});
		const many = await run({ resource: 'invoiceTemplate', operation: 'getMany', returnAll: true });
		expect(many.items.map((i) => i.json.name)).toContain('Checkup (adult)');
		const deleted = await run({
			resource: 'invoiceTemplate',
			operation: 'delete',
			templateId: rl(id),
		});
		expect(deleted.items[0].json).toEqual({ id, deleted: true });
	});
});
