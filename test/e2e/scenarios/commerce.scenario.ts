import { generateKeyPairSync } from 'crypto';
import { readFileSync } from 'fs';
import { join } from 'path';

import { createContact } from '../../fake/handlers/contacts';
import { invoices, sentInvoices } from '../../fake/handlers/invoices';
import { mediaLibrary } from '../../fake/handlers/medias';
import { addPaidOrder, orders } from '../../fake/handlers/payments';
import { socialPosts } from '../../fake/handlers/socialPlanner';
import { packageName, repoRoot } from '../../harness/pack';
import type { WorkflowJson } from '../lib/sandbox';
import type { Scenario } from '../lib/scenario';
import { postGhlEvent } from '../lib/suite';

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * The commerce examples in examples/ (deal won → invoice, order paid → thanks, scheduled social post), imported into
 * the sandbox as `npm start` imports them and run as shipped; only the order example runs as a copy with the
 * scenario's signing key (see below).
 */

function example(file: string): WorkflowJson {
	return JSON.parse(readFileSync(join(repoRoot, 'examples', file), 'utf8')) as WorkflowJson;
}

const waitFor = async (check: () => boolean, ms = 20_000) => {
	const deadline = Date.now() + ms;
	while (!check()) {
		if (Date.now() > deadline) return false;
		await new Promise((r) => setTimeout(r, 200));
	}
	return true;
};

const DAY = 86_400_000;

const dealWonInvoiceSent: Scenario = {
	name: 'commerce example "Deal won": an invoice with line items is created for the contact and emailed',
	workflows: () => [],
	async run({ call, fake }) {
		const location = fake.store.location('loc_main')!;
		const contact = createContact(location, {
			firstName: 'Wendy',
			lastName: 'Winner',
			email: 'wendy.winner@example.com',
		});
		const answered = await call('example-deal-won-invoice', {
			contactId: contact.id,
			dealName: 'Full-arch implants',
			product: 'Implant package',
			amount: 4800,
		});
		expect(answered.status).toBe(200);

		// What reached GHL: the contact read for the invoice's billing details, the invoice, then its sending.
		expect(fake.requestsTo('GET', `/contacts/${contact.id}`)).toHaveLength(1);
		const created = fake
			.requestsTo('POST', '/invoices/')
			.filter((r) => r.body?.contactDetails?.id === contact.id);
		expect(created).toHaveLength(1);
		expect(created[0].body).toMatchObject({
			altId: 'loc_main',
			altType: 'location',
			name: 'Full-arch implants',
			currency: 'USD',
			items: [{ name: 'Implant package', currency: 'USD', amount: 4800, qty: 1 }],
			contactDetails: { id: contact.id, email: 'wendy.winner@example.com', name: 'Wendy Winner' },
			sentTo: { email: ['wendy.winner@example.com'] },
			liveMode: true,
		});
		expect(created[0].body.items).toHaveLength(1);
		const due = Date.parse(created[0].body.dueDate);
		expect(due).toBeGreaterThan(Date.now() + 12 * DAY);
		expect(due).toBeLessThan(Date.now() + 15 * DAY);

		const [invoice] = [...invoices(location).values()].filter(
			(i) => i.contactDetails.id === contact.id,
		);
		expect(invoice).toMatchObject({
			name: 'Full-arch implants',
			status: 'sent',
			total: 4800,
			currency: 'USD',
			contactDetails: { email: 'wendy.winner@example.com', name: 'Wendy Winner' },
		});
		// The fake stores line items as GHL documents them (with _id, taxes, productId, priceId); the sent ones are these.
		expect(invoice.invoiceItems).toEqual([
			expect.objectContaining({ name: 'Implant package', currency: 'USD', amount: 4800, qty: 1 }),
		]);
		expect(fake.requestsTo('POST', `/invoices/${invoice._id}/send`).map((r) => r.body)).toEqual([
			{
				altId: 'loc_main',
				altType: 'location',
				userId: 'user_owner',
				action: 'email',
				liveMode: true,
			},
		]);
		expect(
			[...sentInvoices(location).values()]
				.filter((s) => s.invoiceId === invoice._id)
				.map((s) => [s.action, s.to.email]),
		).toEqual([['email', 'wendy.winner@example.com']]);
		expect(answered.body).toEqual([
			expect.objectContaining({
				invoice: expect.objectContaining({ _id: invoice._id, status: 'sent' }),
			}),
		]);
	},
};

// The example verifies GHL's signature with GHL's own key. The scenario signs with its own pair, so it runs a copy of
// the example with its public key in "GHL Public Key (Ed25519)" at another webhook URL; everything else is the example
// as shipped.
const orderKeys = generateKeyPairSync('ed25519');
const ORDER_COPY_WEBHOOK_ID = '0b6e3f0e-9c1a-4d8e-8f53-4c2b7d9e1a77';
const orderExample = () => example('order-paid-thank-you.json');

const orderPaidThanked: Scenario = {
	name: 'commerce example "Order paid": a signed order event → the order is read, a paid order\'s buyer tagged "customer" and thanked by SMS; unpaid orders and unsigned events do nothing',
	workflows: () => {
		const copy = orderExample();
		const trigger = copy.nodes.find((n) => n.type === `${packageName}.goHighLevelTrigger`)!;
		trigger.webhookId = ORDER_COPY_WEBHOOK_ID;
		trigger.parameters.options = {
			ed25519PublicKeys: orderKeys.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
		};
		return [{ ...copy, id: 'e2eExOrderCopy01', name: `${copy.name} (e2e key)` }];
	},
	async run({ n8n, fake }) {
		const location = fake.store.location('loc_main')!;
		const post = (webhookId: string, event: object, signed = true) =>
			postGhlEvent(n8n, webhookId, event, signed ? orderKeys.privateKey : undefined);
		const orderEvent = (order: Record<string, any>) => ({
			type: 'OrderStatusUpdate',
			locationId: 'loc_main',
			altId: 'loc_main',
			altType: 'location',
			_id: order._id,
			contactId: order.contactId,
			status: 'completed',
			amount: order.amount,
			currency: 'USD',
		});
		const texts = (contactId: string) =>
			fake
				.requestsTo('POST', '/conversations/messages')
				.filter((r) => r.body?.contactId === contactId);
		const tagsOf = (contactId: string) =>
			(location.collection<Record<string, any>>('contacts').get(contactId) as any).tags ?? [];

		const buyer = createContact(location, {
			firstName: 'Olga',
			lastName: 'Order',
			email: 'olga.order@example.com',
			phone: '+14155550177',
		});
		const order = addPaidOrder(
			location,
			{ id: buyer.id, name: 'Olga Order', email: buyer.email! },
			149,
		);

		// The example as shipped checks GHL's key: an event signed with another key is refused; so is an unsigned one.
		const shipped = orderExample().nodes.find((n) => n.webhookId)!.webhookId as string;
		expect((await post(shipped, orderEvent(order))).status).toBe(401);
		expect((await post(ORDER_COPY_WEBHOOK_ID, orderEvent(order), false)).status).toBe(401);

		// An order whose payment is pending: read from GHL, then nothing.
		const waiter = createContact(location, {
			firstName: 'Pete',
			lastName: 'Pending',
			email: 'pete.pending@example.com',
			phone: '+14155550178',
		});
		const pending = addPaidOrder(
			location,
			{ id: waiter.id, name: 'Pete Pending', email: waiter.email! },
			80,
		);
		Object.assign(orders(location).get(pending._id)!, {
			status: 'pending',
			paymentStatus: 'pending',
		});
		expect((await post(ORDER_COPY_WEBHOOK_ID, orderEvent(pending))).status).toBe(200);
		expect(
			await waitFor(() => fake.requestsTo('GET', `/payments/orders/${pending._id}`).length === 1),
		).toBe(true);

		expect((await post(ORDER_COPY_WEBHOOK_ID, orderEvent(order))).status).toBe(200);
		expect(await waitFor(() => texts(buyer.id).length === 1)).toBe(true);
		expect(fake.requestsTo('GET', `/payments/orders/${order._id}`).map((r) => r.query)).toEqual([
			{ altId: 'loc_main' },
		]);
		expect(fake.requestsTo('POST', `/contacts/${buyer.id}/tags`).map((r) => r.body)).toEqual([
			{ tags: ['customer'] },
		]);
		expect(texts(buyer.id).map((r) => r.body)).toEqual([
			expect.objectContaining({
				type: 'SMS',
				contactId: buyer.id,
				message: 'Thank you for your order of 149 USD!',
			}),
		]);
		expect(tagsOf(buyer.id)).toContain('customer');

		// By now the pending order's run (started first) has long passed its "Paid?" check.
		await new Promise((r) => setTimeout(r, 1000));
		expect(fake.requestsTo('POST', `/contacts/${waiter.id}/tags`)).toEqual([]);
		expect(texts(waiter.id)).toEqual([]);
		expect(tagsOf(waiter.id)).not.toContain('customer');
	},
};

/** 1×1 PNG: real image bytes that travel n8n's binary data → multipart → the media library. */
const PNG = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
	'base64',
);

const scheduledPostWithImage: Scenario = {
	name: 'commerce example "Scheduled social post": an image uploaded to the media library is posted on a schedule through the social planner',
	workflows: () => [],
	async run({ call, fake }) {
		const location = fake.store.location('loc_main')!;
		const when = new Date(Date.now() + 3 * DAY).toISOString();
		const text = 'Smile! Whitening is 20% off this week.';
		const answered = await call('example-social-post', {
			image: PNG.toString('base64'),
			text,
			when,
		});
		expect(answered.status).toBe(200);

		// What reached GHL: the image's exact bytes as a multipart file, then the post with the library's URL.
		const uploads = fake.requestsTo('POST', '/medias/upload-file');
		expect(uploads).toHaveLength(1);
		expect(uploads[0].files?.map((f) => [f.field, f.fileName, f.mimeType])).toEqual([
			['file', 'offer.png', 'image/png'],
		]);
		expect(uploads[0].files![0].data.equals(PNG)).toBe(true);
		const uploaded = [...mediaLibrary(location).values()].find((m) => m.name === 'offer.png')!;
		expect(uploaded.bytes!.equals(PNG)).toBe(true);
		const posted = fake
			.requestsTo('POST', '/social-media-posting/loc_main/posts')
			.filter((r) => r.body?.summary === text);
		expect(posted.map((r) => r.body)).toEqual([
			{
				accountIds: ['acc_fb_mainstreet'],
				type: 'post',
				userId: 'user_owner',
				status: 'scheduled',
				summary: text,
				media: [{ url: uploaded.url, type: 'image/png' }],
				scheduleDate: when,
			},
		]);

		const [post] = [...socialPosts(location).values()].filter((p) => p.summary === text);
		expect(post).toMatchObject({
			status: 'scheduled',
			scheduleDate: when,
			accountIds: ['acc_fb_mainstreet'],
			media: [{ url: uploaded.url, type: 'image/png' }],
		});
		expect(answered.body).toEqual([
			expect.objectContaining({ _id: post._id, status: 'scheduled' }),
		]);
	},
};

export default [dealWonInvoiceSent, orderPaidThanked, scheduledPostWithImage];
