import { gzipSync } from 'zlib';

import { WebhookHarness, type WebhookRequest } from '../harness/webhook';
import { contactCreate, fresh, GhlSender, verifyingWith } from './sender';

const sender = new GhlSender();
const json = JSON.stringify(fresh(contactCreate()));
const boundary = '----n8nTestBoundary';
const multipart = `--${boundary}\r\nContent-Disposition: form-data; name="type"\r\n\r\nContactCreate\r\n--${boundary}--\r\n`;

/** One request per content type a stranger might post, none signed by GHL. */
const unsigned: Array<[string, WebhookRequest]> = [
	['JSON', { body: json }],
	['text', { body: json, headers: { 'content-type': 'text/plain' } }],
	[
		'urlencoded',
		{
			body: 'type=ContactCreate&id=1',
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
		},
	],
	[
		'multipart',
		{ body: multipart, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } },
	],
	[
		'binary',
		{ body: Buffer.from([0, 1, 2, 255]), headers: { 'content-type': 'application/octet-stream' } },
	],
	['empty', { body: Buffer.alloc(0) }],
	['gzip (real gzip, JSON)', { body: gzipSync(json), headers: { 'content-encoding': 'gzip' } }],
	[
		'gzip declared, binary that is not gzip',
		{
			body: Buffer.from('not gzip'),
			headers: { 'content-type': 'application/octet-stream', 'content-encoding': 'gzip' },
		},
	],
	[
		'a signature header that is not a signature, multipart',
		{
			body: multipart,
			headers: {
				'content-type': `multipart/form-data; boundary=${boundary}`,
				'x-ghl-signature': 'abc',
			},
		},
	],
];

describe('GoHighLevel Trigger: requests without a valid signature', () => {
	test.each(unsigned)(
		'%s → 401 with a short message, no execution, nothing thrown',
		async (_kind, request) => {
			const harness = new WebhookHarness(verifyingWith(sender));

			const delivery = await harness.post(request);

			expect(delivery.status).toBe(401);
			expect(delivery.error).toBeUndefined();
			expect(delivery.started).toBe(false);
			expect(harness.executions).toBe(0);
			const { message } = delivery.response as { message: string };
			expect(message).toMatch(
				/^(The request is not signed|Invalid X-GHL-Signature|The request body could not be read)/,
			);
			expect(message).not.toMatch(/\n|at .*\.js/);
		},
	);

	test('a GHL-signed multipart body cannot be checked (n8n consumed it): 401, not 500', async () => {
		const harness = new WebhookHarness(verifyingWith(sender));
		const signed = sender.signed(Buffer.from(multipart));

		const delivery = await harness.post({
			body: signed.body,
			headers: { ...signed.headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
		});

		expect(delivery).toMatchObject({
			status: 401,
			started: false,
			response: { message: 'The request body could not be read to check its signature' },
		});
	});

	test('with a required header instead of signatures, a multipart request without it → 401', async () => {
		const harness = new WebhookHarness({
			events: ['*'],
			verifySignature: false,
			requiredHeaderName: 'X-Webhook-Secret',
			requiredHeaderValue: 's3cret',
		});

		const delivery = await harness.post({
			body: multipart,
			headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
		});

		expect(delivery).toMatchObject({
			status: 401,
			started: false,
			response: { message: 'Missing or wrong X-Webhook-Secret header' },
		});
	});
});
