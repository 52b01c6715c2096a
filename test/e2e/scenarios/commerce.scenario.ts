import { generateKeyPairSync, randomUUID, sign } from 'crypto';

import { createContact } from '../../fake/handlers/contacts';
import { invoices, sentInvoices } from '../../fake/handlers/invoices';
import { mediaLibrary } from '../../fake/handlers/medias';
import { addPaidOrder } from '../../fake/handlers/payments';
import { socialPosts } from '../../fake/handlers/socialPlanner';
import { PACK, pitCredentials, webhookWorkflow, type Scenario } from '../lib/scenario';

/* eslint-disable @typescript-eslint/no-explicit-any */

const rl = (value: string) => ({ __rl: true, mode: 'id', value });

/**
 * Deal won → invoice sent: a GHL workflow's webhook (opportunity status "won") starts n8n, which bills the deal's
 * contact with an invoice of one line per product and emails it.
 */
const dealWonInvoiceSent: Scenario = {
	name: 'commerce: deal won → an invoice with line items is created for the contact and emailed',
	workflows: (env) => [
		webhookWorkflow('e2eDealWonInv001', 'commerce-deal-won', [
			{
				name: 'Create Invoice',
				type: `${PACK}.goHighLevelInvoices`,
				credentials: pitCredentials(env),
				parameters: {
					resource: 'invoice',
					operation: 'create',
					contactId: rl('={{ $json.body.contactId }}'),
					name: '={{ $json.body.dealName }}',
					currency: 'USD',
					lineItems: {
						item: [
							{ name: '={{ $json.body.product }}', amount: '={{ $json.body.amount }}', qty: 1 },
						],
					},
					dueDate: '={{ $now.plus(14, "days").toISO() }}',
				},
			},
			{
				name: 'Send Invoice',
				type: `${PACK}.goHighLevelInvoices`,
				credentials: pitCredentials(env),
				parameters: {
					resource: 'invoice',
					operation: 'send',
					invoiceId: rl('={{ $json._id }}'),
					action: 'email',
					userId: 'user_owner',
				},
			},
		]),
	],
	async run({ call, fake }) {
		const location = fake.store.location('loc_main')!;
		const contact = createContact(location, {
			firstName: 'Wendy',
			lastName: 'Winner',
			email: 'wendy.winner@example.com',
		});
		const answered = await call('commerce-deal-won', {
			contactId: contact.id,
			dealName: 'Full-arch implants',
			product: 'Implant package',
			amount: 4800,
			status: 'won',
		});
		expect(answered.status).toBe(200);
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
		expect(invoice.invoiceItems).toHaveLength(1);
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

// The test signs GHL's events with its own key pair and gives the trigger the public key (see trigger.scenario.ts).
const keys = generateKeyPairSync('ed25519');
const publicPem = keys.publicKey.export({ type: 'spki', format: 'pem' }).toString();
const ORDER_WEBHOOK_ID = '0b6e3f0e-9c1a-4d8e-8f53-4c2b7d9e1a77';

const waitFor = async (check: () => boolean, ms = 20_000) => {
	const deadline = Date.now() + ms;
	while (!check()) {
		if (Date.now() > deadline) return false;
		await new Promise((r) => setTimeout(r, 200));
	}
	return true;
};

/**
 * Order paid → contact tagged and thanked: GHL's signed OrderStatusUpdate event starts the workflow, which reads the
 * order from GHL (the event is a notification; the order is the truth), tags the buyer and texts a thank-you.
 */
const orderPaidThanked: Scenario = {
	name: 'commerce: a signed order event → the order is read, the buyer tagged "customer" and thanked by SMS',
	workflows: (env) => [
		{
			id: 'e2eOrderPaidThx1',
			name: 'e2e order paid thanks',
			active: false,
			settings: { executionOrder: 'v1' },
			pinData: {},
			nodes: [
				{
					id: randomUUID(),
					name: 'GHL Trigger',
					type: `${PACK}.goHighLevelTrigger`,
					typeVersion: 1,
					position: [0, 0],
					webhookId: ORDER_WEBHOOK_ID,
					parameters: { events: ['OrderStatusUpdate'], options: { ed25519PublicKeys: publicPem } },
				},
				{
					id: randomUUID(),
					name: 'Get Order',
					type: `${PACK}.goHighLevelPayments`,
					typeVersion: 1,
					position: [220, 0],
					credentials: pitCredentials(env),
					parameters: { resource: 'order', operation: 'get', orderId: rl('={{ $json._id }}') },
				},
				{
					id: randomUUID(),
					name: 'Tag Customer',
					type: `${PACK}.goHighLevelContacts`,
					typeVersion: 1,
					position: [440, 0],
					credentials: pitCredentials(env),
					parameters: {
						resource: 'contact',
						operation: 'addTags',
						contactId: rl('={{ $json.contactId }}'),
						tags: 'customer',
					},
				},
				{
					id: randomUUID(),
					name: 'Thank',
					type: `${PACK}.goHighLevelConversations`,
					typeVersion: 1,
					position: [660, 0],
					credentials: pitCredentials(env),
					parameters: {
						resource: 'message',
						operation: 'send',
						type: 'SMS',
						contactId: rl("={{ $('Get Order').item.json.contactId }}"),
						message:
							"=Thank you for your order of {{ $('Get Order').item.json.amount }} {{ $('Get Order').item.json.currency }}!",
					},
				},
			],
			connections: {
				'GHL Trigger': { main: [[{ node: 'Get Order', type: 'main', index: 0 }]] },
				'Get Order': { main: [[{ node: 'Tag Customer', type: 'main', index: 0 }]] },
				'Tag Customer': { main: [[{ node: 'Thank', type: 'main', index: 0 }]] },
			},
		},
	],
	async run({ n8n, fake }) {
		const location = fake.store.location('loc_main')!;
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
		const event = {
			type: 'OrderStatusUpdate',
			locationId: 'loc_main',
			altId: 'loc_main',
			altType: 'location',
			_id: order._id,
			contactId: buyer.id,
			status: 'completed',
			paymentStatus: 'paid',
			amount: 149,
			currency: 'USD',
			timestamp: new Date().toISOString(),
			webhookId: randomUUID(),
		};
		const body = Buffer.from(JSON.stringify(event));
		const response = await fetch(`${n8n.baseUrl}/webhook/${ORDER_WEBHOOK_ID}/webhook`, {
			method: 'POST',
			headers: {
				'content-type': 'application/json',
				'x-ghl-signature': sign(null, body, keys.privateKey).toString('base64'),
			},
			body,
		});
		expect(response.status).toBe(200);
		const texts = () =>
			fake
				.requestsTo('POST', '/conversations/messages')
				.filter((r) => r.body?.contactId === buyer.id);
		expect(await waitFor(() => texts().length === 1)).toBe(true);
		expect(fake.requestsTo('GET', `/payments/orders/${order._id}`)[0].query).toEqual({
			altId: 'loc_main',
		});
		expect(fake.requestsTo('POST', `/contacts/${buyer.id}/tags`).map((r) => r.body)).toEqual([
			{ tags: ['customer'] },
		]);
		expect(texts()[0].body).toMatchObject({
			type: 'SMS',
			contactId: buyer.id,
			message: 'Thank you for your order of 149 USD!',
		});
		expect(
			(location.collection<Record<string, any>>('contacts').get(buyer.id) as any).tags,
		).toContain('customer');
	},
};

/** 1×1 PNG: real image bytes that travel n8n's binary data → multipart → the media library. */
const PNG = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
	'base64',
);

/**
 * Post a scheduled social update with an uploaded image: n8n turns the image into a binary file, uploads it to the
 * media library, and schedules a post with the library URL to the practice's Facebook page.
 */
const scheduledPostWithImage: Scenario = {
	name: 'commerce: an image uploaded to the media library is posted on a schedule through the social planner',
	workflows: (env) => [
		webhookWorkflow('e2eSocialPost001', 'commerce-social-post', [
			{
				name: 'To File',
				type: 'n8n-nodes-base.convertToFile',
				typeVersion: 1.1,
				parameters: {
					operation: 'toBinary',
					sourceProperty: 'body.image',
					binaryPropertyName: 'data',
					options: { fileName: 'offer.png', mimeType: 'image/png' },
				},
			},
			{
				name: 'Upload',
				type: `${PACK}.goHighLevelMarketing`,
				credentials: pitCredentials(env),
				parameters: {
					resource: 'media',
					operation: 'upload',
					source: 'binary',
					binaryPropertyName: 'data',
				},
			},
			{
				name: 'Schedule Post',
				type: `${PACK}.goHighLevelSocialPlanner`,
				credentials: pitCredentials(env),
				parameters: {
					resource: 'post',
					operation: 'create',
					accountIds: ['acc_fb_mainstreet'],
					summary: "={{ $('Webhook').item.json.body.text }}",
					media: { file: [{ url: '={{ $json.url }}', type: 'image/png' }] },
					when: 'scheduled',
					scheduleDate: "={{ $('Webhook').item.json.body.when }}",
					type: 'post',
					userId: 'user_owner',
				},
			},
		]),
	],
	async run({ call, fake }) {
		const location = fake.store.location('loc_main')!;
		const when = new Date(Date.now() + 3 * 86_400_000).toISOString();
		const answered = await call('commerce-social-post', {
			image: PNG.toString('base64'),
			text: 'Smile! Whitening is 20% off this week.',
			when,
		});
		expect(answered.status).toBe(200);
		const uploaded = [...mediaLibrary(location).values()].find((m) => m.name === 'offer.png')!;
		expect(uploaded.bytes!.equals(PNG)).toBe(true);
		const [post] = [...socialPosts(location).values()].filter(
			(p) => p.summary === 'Smile! Whitening is 20% off this week.',
		);
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
