import { rl, useInbox } from './setup';

describe('GoHighLevel Conversations: messages', () => {
	const inbox = useInbox();
	const { ghl, people, run } = inbox;
	const send = (
		parameters: Record<string, unknown>,
		items?: object[],
		extra?: { continueOnFail?: boolean },
	) => run({ resource: 'message', operation: 'send', ...parameters }, items, extra);
	const inAnHour = () => new Date(Date.now() + 3600_000);

	describe('send', () => {
		test("an SMS: the contact is checked, the send carries the spec's fields, and the message reads back from the conversation", async () => {
			const { items, error } = await send({
				type: 'SMS',
				contactId: rl(people.fresh.id),
				message: 'Your crown is ready',
			});
			expect(error).toBeUndefined();
			expect(ghl.fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
				`GET /contacts/${people.fresh.id}`,
				'POST /conversations/messages',
			]);
			const [contactCheck, sendRequest] = ghl.fake.requests;
			expect(contactCheck.headers.version).toBe('2021-07-28');
			expect(sendRequest.headers.version).toBe('2021-04-15');
			expect(sendRequest.body).toEqual({
				type: 'SMS',
				subType: 'SMS',
				status: 'pending',
				contactId: people.fresh.id,
				message: 'Your crown is ready',
			});
			const sent = items[0].json;
			expect(sent).toMatchObject({
				contactId: people.fresh.id,
				type: 'SMS',
				conversationId: expect.any(String),
				messageId: expect.any(String),
			});
			// GHL made the contact's conversation; it now holds the SMS.
			expect(inbox.conversationOf(people.fresh.id)?.id).toBe(sent.conversationId);

			ghl.fake.resetLog();
			const back = await run({
				resource: 'message',
				operation: 'getMany',
				conversationId: rl(sent.conversationId as string),
				returnAll: true,
			});
			expect(back.items.map((i) => i.json)).toEqual([
				expect.objectContaining({
					id: sent.messageId,
					body: 'Your crown is ready',
					messageType: 'TYPE_SMS',
					direction: 'outbound',
					contactId: people.fresh.id,
				}),
			]);
			const got = await run({ resource: 'message', operation: 'get', messageId: sent.messageId });
			expect(got.items[0].json).toMatchObject({
				id: sent.messageId,
				conversationId: sent.conversationId,
				body: 'Your crown is ready',
			});
			const conversation = await run({
				resource: 'conversation',
				operation: 'get',
				conversationId: rl(sent.conversationId as string),
			});
			expect(conversation.items[0].json).toMatchObject({
				id: sent.conversationId,
				contactId: people.fresh.id,
				lastMessageBody: 'Your crown is ready',
			});
			expect(ghl.fake.requests.every((r) => r.headers.version === '2021-04-15')).toBe(true);
		});

		test('an SMS to a contact without a phone number fails before any send, naming the contact', async () => {
			const { error } = await send({
				type: 'SMS',
				contactId: rl(people.noPhone.id),
				message: 'Hi',
			});
			expect(error?.message).toBe(
				'Contact "Emma Mailonly" has no phone number, so the SMS message cannot be sent',
			);
			expect(error?.description).toBe(
				'Add a phone number to the contact, or set "To Number" under Options.',
			);
			expect(ghl.fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
				`GET /contacts/${people.noPhone.id}`,
			]);
			expect(inbox.conversationOf(people.noPhone.id)).toBeUndefined();
		});

		test('"To Number" sends to that number without looking the contact up; numbers are normalised to E.164', async () => {
			const { items, error } = await send({
				type: 'SMS',
				contactId: rl(people.noPhone.id),
				message: 'Hi',
				options: { toNumber: '+1 (415) 555-0199', fromNumber: '+14155550100' },
			});
			expect(error).toBeUndefined();
			expect(ghl.fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
				'POST /conversations/messages',
			]);
			expect(ghl.fake.requests[0].body).toMatchObject({
				toNumber: '+14155550199',
				fromNumber: '+14155550100',
			});
			expect(items[0].json.messageId).toEqual(expect.any(String));
		});

		test('an email with subject, HTML, sender name and address, CC, BCC and attachments; read back with Get Email', async () => {
			const { items, error } = await send({
				type: 'Email',
				contactId: rl(people.fresh.id),
				subject: 'Your treatment plan',
				emailFormat: 'html',
				html: '<p>Hello Nina, here is your plan.</p>',
				options: {
					fromName: 'Main Street Dental',
					fromEmail: 'care@mainstreetdental.example',
					emailCc: 'olivia@mainstreetdental.example, sam@mainstreetdental.example',
					emailBcc: 'audit@mainstreetdental.example',
					attachments: 'https://files.example.com/plan.pdf,https://files.example.com/xray.png',
				},
			});
			expect(error).toBeUndefined();
			const sendRequest = ghl.fake.requestsTo('POST', '/conversations/messages')[0];
			expect(sendRequest.headers.version).toBe('2021-04-15');
			expect(sendRequest.body).toEqual({
				type: 'Email',
				subType: 'Email',
				status: 'pending',
				contactId: people.fresh.id,
				subject: 'Your treatment plan',
				html: '<p>Hello Nina, here is your plan.</p>',
				emailFrom: 'Main Street Dental <care@mainstreetdental.example>',
				emailCc: ['olivia@mainstreetdental.example', 'sam@mainstreetdental.example'],
				emailBcc: ['audit@mainstreetdental.example'],
				attachments: ['https://files.example.com/plan.pdf', 'https://files.example.com/xray.png'],
			});
			const sent = items[0].json;
			expect(sent.emailMessageId).toEqual(expect.any(String));

			const email = await run({
				resource: 'message',
				operation: 'getEmail',
				emailMessageId: sent.emailMessageId,
			});
			expect(email.items[0].json).toMatchObject({
				id: sent.emailMessageId,
				subject: 'Your treatment plan',
				body: '<p>Hello Nina, here is your plan.</p>',
				from: 'Main Street Dental <care@mainstreetdental.example>',
				to: ['nina@example.com'],
				cc: ['olivia@mainstreetdental.example', 'sam@mainstreetdental.example'],
				bcc: ['audit@mainstreetdental.example'],
				attachments: ['https://files.example.com/plan.pdf', 'https://files.example.com/xray.png'],
			});
			const message = await run({
				resource: 'message',
				operation: 'get',
				messageId: sent.messageId,
			});
			expect(message.items[0].json).toMatchObject({
				messageType: 'TYPE_EMAIL',
				meta: { email: { messageIds: [sent.emailMessageId] } },
			});
		});

		test('a plain-text reply to an email thread, reply-all, without a subject', async () => {
			const first = await send({
				type: 'Email',
				contactId: rl(people.fresh.id),
				subject: 'Question',
				emailFormat: 'html',
				html: '<p>Any question?</p>',
			});
			const threadStart = first.items[0].json;
			ghl.fake.resetLog();
			const { items, error } = await send({
				type: 'Email',
				contactId: rl(people.fresh.id),
				emailFormat: 'text',
				emailText: 'Following up on this.',
				options: { replyMessageId: threadStart.emailMessageId, emailReplyMode: 'reply_all' },
			});
			expect(error).toBeUndefined();
			expect(ghl.fake.requests[1].body).toEqual({
				type: 'Email',
				subType: 'Email',
				status: 'pending',
				contactId: people.fresh.id,
				message: 'Following up on this.',
				replyMessageId: threadStart.emailMessageId,
				emailReplyMode: 'reply_all',
			});
			expect(items[0].json.conversationId).toBe(threadStart.conversationId);
			const reply = inbox.emails().get(items[0].json.emailMessageId as string)!;
			expect(reply).toMatchObject({
				subject: 'Re: Question',
				replyToMessageId: threadStart.emailMessageId,
				threadId: threadStart.messageId,
			});
		});

		test('email checks happen before any request: subject, body, addresses, a contact without email', async () => {
			const base = { type: 'Email', contactId: rl(people.fresh.id), emailFormat: 'html' };
			expect((await send({ ...base, html: '<p>x</p>' })).error?.message).toBe(
				'"Subject" is required for a new email',
			);
			expect((await send({ ...base, subject: 'S' })).error?.message).toBe('"HTML" is required');
			expect(
				(
					await send({
						...base,
						subject: 'S',
						html: 'x',
						options: { emailCc: 'ok@example.com, not-an-address' },
					})
				).error?.message,
			).toBe('"CC" is not a valid email address: "not-an-address"');
			expect(
				(await send({ ...base, subject: 'S', html: 'x', options: { fromName: 'Clinic' } })).error
					?.message,
			).toBe('"From Name" needs "From Email"');
			expect(
				(await send({ ...base, subject: 'S', html: 'x', options: { attachments: 'file.pdf' } }))
					.error?.message,
			).toBe('"Attachment URLs" must be http(s) URLs: "file.pdf"');
			expect(ghl.fake.requests).toHaveLength(0);
			const noEmail = await send({
				...base,
				contactId: rl(people.noEmail.id),
				subject: 'S',
				html: 'x',
			});
			expect(noEmail.error?.message).toBe(
				'Contact "Pete Phoneonly" has no email address, so the email cannot be sent',
			);
			expect(ghl.fake.requestsTo('POST', '/conversations/messages')).toHaveLength(0);
		});

		test('WhatsApp with a template, and the other channels the spec lists', async () => {
			const whatsapp = await send({
				type: 'WhatsApp',
				contactId: rl(people.ada.id),
				options: { templateId: 'tpl_appointment_reminder' },
			});
			expect(whatsapp.error).toBeUndefined();
			expect(ghl.fake.requestsTo('POST', '/conversations/messages')[0].body).toEqual({
				type: 'WhatsApp',
				subType: 'WhatsApp',
				status: 'pending',
				contactId: people.ada.id,
				templateId: 'tpl_appointment_reminder',
			});
			expect(inbox.messages().get(whatsapp.items[0].json.messageId as string)?.messageType).toBe(
				'TYPE_WHATSAPP',
			);
			for (const [type, messageType] of [
				['FB', 'TYPE_FACEBOOK'],
				['IG', 'TYPE_INSTAGRAM'],
				['Live_Chat', 'TYPE_LIVE_CHAT'],
				['RCS', 'TYPE_RCS'],
				['TIKTOK', 'TYPE_TIKTOK'],
				['Custom', 'TYPE_CUSTOM_SMS'],
			]) {
				const { items, error } = await send({
					type,
					contactId: rl(people.grace.id),
					message: `Hello on ${type}`,
				});
				expect(error).toBeUndefined();
				expect(inbox.messages().get(items[0].json.messageId as string)).toMatchObject({
					messageType,
					body: `Hello on ${type}`,
				});
			}
		});

		test('a channel from an expression GHL does not know, or an empty message, is refused before any request', async () => {
			expect(
				(await send({ type: '={{ "Pigeon" }}', contactId: rl(people.ada.id), message: 'x' })).error
					?.message,
			).toMatch(/^"Channel" must be one of SMS, Email, WhatsApp, .*: "Pigeon"$/);
			expect(
				(await send({ type: 'SMS', contactId: rl(people.ada.id), message: '  ' })).error?.message,
			).toBe('"Message" is required');
			expect(
				(await send({ type: 'SMS', contactId: rl('={{ "" }}'), message: 'x' })).error?.message,
			).toBe('"Contact" is required');
			expect(ghl.fake.requests).toHaveLength(0);
		});
	});

	describe('scheduled messages', () => {
		test('an SMS scheduled for later goes out with the time in seconds, and is cancelled', async () => {
			const at = inAnHour();
			const { items, error } = await send({
				type: 'SMS',
				contactId: rl(people.ada.id),
				message: 'Reminder: tomorrow 9:00',
				options: { scheduledAt: at.toISOString() },
			});
			expect(error).toBeUndefined();
			expect(ghl.fake.requestsTo('POST', '/conversations/messages')[0].body).toMatchObject({
				scheduledTimestamp: Math.floor(at.getTime() / 1000),
			});
			const messageId = items[0].json.messageId as string;
			expect(items[0].json.scheduledAt).toBe(
				new Date(Math.floor(at.getTime() / 1000) * 1000).toISOString(),
			);
			expect(inbox.messages().get(messageId)?.status).toBe('scheduled');

			ghl.fake.resetLog();
			const cancelled = await run({
				resource: 'message',
				operation: 'cancelScheduled',
				kind: 'message',
				messageId,
			});
			expect(cancelled.error).toBeUndefined();
			expect(ghl.fake.requests[0]).toMatchObject({
				method: 'DELETE',
				path: `/conversations/messages/${messageId}/schedule`,
			});
			expect(ghl.fake.requests[0].headers.version).toBe('2021-04-15');
			expect(cancelled.items[0].json).toEqual({
				id: messageId,
				kind: 'message',
				cancelled: true,
				message: 'Scheduled message cancelled',
			});
			expect(inbox.messages().get(messageId)?.status).toBe('cancelled');

			const again = await run({
				resource: 'message',
				operation: 'cancelScheduled',
				kind: 'message',
				messageId,
			});
			expect(again.error?.message).toBe('The message is not scheduled [400]');
		});

		test('a scheduled email is cancelled by its emailMessageId', async () => {
			const { items } = await send({
				type: 'Email',
				contactId: rl(people.grace.id),
				subject: 'Recall',
				emailFormat: 'text',
				emailText: 'Time for a check-up',
				options: { scheduledAt: inAnHour().toISOString() },
			});
			const emailMessageId = items[0].json.emailMessageId as string;
			ghl.fake.resetLog();
			const cancelled = await run({
				resource: 'message',
				operation: 'cancelScheduled',
				kind: 'email',
				emailMessageId,
			});
			expect(ghl.fake.requests[0]).toMatchObject({
				method: 'DELETE',
				path: `/conversations/messages/email/${emailMessageId}/schedule`,
			});
			expect(cancelled.items[0].json).toMatchObject({
				id: emailMessageId,
				kind: 'email',
				cancelled: true,
			});
			expect(inbox.emails().get(emailMessageId)?.status).toBe('cancelled');
		});

		test('a time in the past is refused before any request', async () => {
			const { error } = await send({
				type: 'SMS',
				contactId: rl(people.ada.id),
				message: 'Too late',
				options: { scheduledAt: '2020-01-01T00:00:00Z' },
			});
			expect(error?.message).toBe(
				'"Schedule For" must be in the future: "2020-01-01T00:00:00.000Z"',
			);
			expect(ghl.fake.requests).toHaveLength(0);
		});
	});

	describe('get many', () => {
		const ada = () => inbox.conversationOf(people.ada.id)!.id;
		// Messages cancelled above are not listed: GHL's message statuses have none for them (see the fake's get-messages).

		test('Return All pages past 100 with lastMessageId: every message once, newest first', async () => {
			const { items, error } = await run({
				resource: 'message',
				operation: 'getMany',
				conversationId: rl(ada()),
				returnAll: true,
			});
			expect(error).toBeUndefined();
			const total = [...inbox.messages().values()].filter(
				(m) => m.conversationId === ada() && m.status !== 'cancelled',
			).length;
			expect(total).toBeGreaterThan(120);
			expect(items).toHaveLength(total);
			expect(new Set(items.map((i) => i.json.id)).size).toBe(total);
			const dates = items.map((i) => Date.parse(i.json.dateAdded as string));
			expect([...dates].sort((a, b) => b - a)).toEqual(dates);
			const requests = ghl.fake.requests;
			expect(requests).toHaveLength(2);
			expect(requests[0]).toMatchObject({
				method: 'GET',
				path: `/conversations/${ada()}/messages`,
				query: { limit: '100' },
			});
			expect(requests[0].query.lastMessageId).toBeUndefined();
			expect(requests[1].query).toEqual({ limit: '100', lastMessageId: items[99].json.id });
			expect(requests.every((r) => r.headers.version === '2021-04-15')).toBe(true);
		});

		test('Limit asks for exactly that many in one request, or pages up to it', async () => {
			const few = await run({
				resource: 'message',
				operation: 'getMany',
				conversationId: rl(ada()),
				returnAll: false,
				limit: 7,
			});
			expect(few.items).toHaveLength(7);
			expect(ghl.fake.requests).toHaveLength(1);
			expect(ghl.fake.requests[0].query).toEqual({ limit: '7' });
			ghl.fake.resetLog();
			const more = await run({
				resource: 'message',
				operation: 'getMany',
				conversationId: rl(ada()),
				returnAll: false,
				limit: 110,
			});
			expect(more.items).toHaveLength(110);
			expect(ghl.fake.requests.map((r) => r.query.limit)).toEqual(['100', '10']);
		});

		test('a type filter goes to GHL', async () => {
			const grace = inbox.conversationOf(people.grace.id)!.id;
			const { items } = await run({
				resource: 'message',
				operation: 'getMany',
				conversationId: rl(grace),
				returnAll: true,
				filters: { type: 'TYPE_EMAIL' },
			});
			expect(ghl.fake.requests[0].query).toEqual({ limit: '100', type: 'TYPE_EMAIL' });
			const emails = [...inbox.messages().values()].filter(
				(m) =>
					m.conversationId === grace && m.messageType === 'TYPE_EMAIL' && m.status !== 'cancelled',
			);
			expect(emails.length).toBeGreaterThanOrEqual(2);
			expect(items.map((i) => i.json.id).sort()).toEqual(emails.map((m) => m.id).sort());
			expect(items.every((i) => i.json.messageType === 'TYPE_EMAIL')).toBe(true);
		});
	});

	describe('update status', () => {
		test("delivered, then failed with the provider's error", async () => {
			const { items } = await send({
				type: 'SMS',
				contactId: rl(people.ada.id),
				message: 'Status please',
			});
			const messageId = items[0].json.messageId as string;
			ghl.fake.resetLog();
			const delivered = await run({
				resource: 'message',
				operation: 'updateStatus',
				messageId,
				status: 'delivered',
			});
			expect(ghl.fake.requests[0]).toMatchObject({
				method: 'PUT',
				path: `/conversations/messages/${messageId}/status`,
				body: { status: 'delivered' },
			});
			expect(ghl.fake.requests[0].headers.version).toBe('2021-04-15');
			expect(delivered.items[0].json).toMatchObject({ messageId, status: 'delivered' });
			expect(inbox.messages().get(messageId)?.status).toBe('delivered');

			await run({
				resource: 'message',
				operation: 'updateStatus',
				messageId,
				status: 'failed',
				error: { code: '30007', type: 'carrier', message: 'Filtered' },
			});
			expect(ghl.fake.requests[1].body).toEqual({
				status: 'failed',
				error: { code: '30007', type: 'carrier', message: 'Filtered' },
			});
			expect(inbox.messages().get(messageId)).toMatchObject({
				status: 'failed',
				error: { code: '30007' },
			});
		});

		test('an incomplete error or an unknown status is refused before any request', async () => {
			const partial = await run({
				resource: 'message',
				operation: 'updateStatus',
				messageId: 'm1',
				status: 'failed',
				error: { message: 'Filtered' },
			});
			expect(partial.error?.message).toBe('"Error > Code" is required when the error is given');
			const unknown = await run({
				resource: 'message',
				operation: 'updateStatus',
				messageId: 'm1',
				status: '={{ "bounced" }}',
			});
			expect(unknown.error?.message).toBe(
				'"Status" must be one of delivered, failed, pending, read: "bounced"',
			);
			expect(ghl.fake.requests).toHaveLength(0);
		});
	});

	describe('records from other channels', () => {
		test('an inbound message for a contact without a conversation creates it; the next one reuses it', async () => {
			const contact = inbox.location().collection('contacts');
			const newcomer = [...contact.values()].find((c) => c.firstName === 'Pete')!;
			expect(inbox.conversationOf(newcomer.id)).toBeUndefined();
			const first = await run({
				resource: 'message',
				operation: 'addInbound',
				type: 'SMS',
				contactId: rl(newcomer.id),
				conversationProviderId: 'prov_twilio_bridge',
				message: 'Can I move my appointment?',
				options: { altId: 'SM123', date: '2026-03-02T10:00:00Z' },
			});
			expect(first.error).toBeUndefined();
			expect(ghl.fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
				'GET /conversations/search',
				'POST /conversations/',
				'POST /conversations/messages/inbound',
			]);
			expect(ghl.fake.requests[0].query).toEqual({
				locationId: 'loc_main',
				contactId: newcomer.id,
				limit: '1',
			});
			expect(ghl.fake.requests[1].body).toEqual({ locationId: 'loc_main', contactId: newcomer.id });
			const conversationId = inbox.conversationOf(newcomer.id)!.id;
			expect(ghl.fake.requests[2].body).toEqual({
				type: 'SMS',
				contactId: newcomer.id,
				conversationId,
				conversationProviderId: 'prov_twilio_bridge',
				message: 'Can I move my appointment?',
				altId: 'SM123',
				date: '2026-03-02T10:00:00.000Z',
			});
			expect(ghl.fake.requests.every((r) => r.headers.version === '2021-04-15')).toBe(true);
			expect(first.items[0].json).toMatchObject({
				success: true,
				conversationId,
				conversationCreated: true,
			});
			expect(inbox.messages().get(first.items[0].json.messageId as string)).toMatchObject({
				direction: 'inbound',
				body: 'Can I move my appointment?',
				altId: 'SM123',
			});

			ghl.fake.resetLog();
			const second = await run({
				resource: 'message',
				operation: 'addInbound',
				type: 'Email',
				contactId: rl(newcomer.id),
				conversationProviderId: 'prov_mail_bridge',
				message: 'Also: invoice?',
				options: { subject: 'Invoice', emailFrom: 'pete@example.com' },
			});
			expect(ghl.fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
				'GET /conversations/search',
				'POST /conversations/messages/inbound',
			]);
			expect(ghl.fake.requests[1].body).toMatchObject({
				type: 'Email',
				conversationId,
				subject: 'Invoice',
				emailFrom: 'pete@example.com',
			});
			expect(second.items[0].json).toMatchObject({
				conversationId,
				conversationCreated: false,
				emailMessageId: expect.any(String),
			});
		});

		test('an inbound message into a given conversation sends no lookup', async () => {
			const conversationId = inbox.conversationOf(people.grace.id)!.id;
			const { items } = await run({
				resource: 'message',
				operation: 'addInbound',
				type: 'FB',
				contactId: rl(people.grace.id),
				conversationProviderId: 'prov_fb',
				message: 'Hi from Messenger',
				options: { conversationId, attachments: 'https://files.example.com/photo.jpg' },
			});
			expect(ghl.fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
				'POST /conversations/messages/inbound',
			]);
			expect(ghl.fake.requests[0].body).toMatchObject({
				type: 'FB',
				conversationId,
				attachments: ['https://files.example.com/photo.jpg'],
			});
			expect(items[0].json).toMatchObject({ conversationId, conversationCreated: false });
		});

		test("an external outbound call record lands in the contact's conversation", async () => {
			const conversationId = inbox.conversationOf(people.ada.id)!.id;
			const { items, error } = await run({
				resource: 'message',
				operation: 'addOutboundCall',
				contactId: rl(people.ada.id),
				conversationProviderId: 'prov_dialer',
				callTo: '+1 415 555 0101',
				callFrom: '+14155550100',
				callStatus: 'completed',
				options: { altId: 'CALL-77', attachments: 'https://files.example.com/call-77.mp3' },
			});
			expect(error).toBeUndefined();
			const record = ghl.fake.requestsTo('POST', '/conversations/messages/outbound')[0];
			expect(record.headers.version).toBe('2021-04-15');
			expect(record.body).toEqual({
				type: 'Call',
				conversationId,
				conversationProviderId: 'prov_dialer',
				call: { to: '+14155550101', from: '+14155550100', status: 'completed' },
				altId: 'CALL-77',
				attachments: ['https://files.example.com/call-77.mp3'],
			});
			expect(items[0].json).toMatchObject({
				success: true,
				conversationId,
				conversationCreated: false,
			});
			expect(inbox.messages().get(items[0].json.messageId as string)).toMatchObject({
				messageType: 'TYPE_CALL',
				direction: 'outbound',
				status: 'delivered',
			});
		});

		test('a bad call number or a missing provider is refused before any request', async () => {
			const base = {
				resource: 'message',
				operation: 'addOutboundCall',
				contactId: rl(people.ada.id),
				conversationProviderId: 'prov_dialer',
				callFrom: '+14155550100',
			};
			expect((await run({ ...base, callTo: '555-CALL' })).error?.message).toBe(
				'"Call To" is not a valid phone number: "555-CALL"',
			);
			expect(
				(await run({ ...base, conversationProviderId: '={{ " " }}', callTo: '+14155550101' })).error
					?.message,
			).toBe('"Conversation Provider ID" is required');
			expect(ghl.fake.requests).toHaveLength(0);
		});
	});

	test('Continue On Fail: a contact without phone and an unknown contact fail alone, the good SMS goes out', async () => {
		const { items, error } = await send(
			{ type: 'SMS', contactId: rl('={{ $json.contact }}'), message: '={{ $json.text }}' },
			[
				{ contact: people.ada.id, text: 'One' },
				{ contact: people.noPhone.id, text: 'Two' },
				{ contact: 'unknownContact1', text: 'Three' },
			],
			{ continueOnFail: true },
		);
		expect(error).toBeUndefined();
		expect(items).toHaveLength(3);
		expect(items[0].json).toMatchObject({
			messageId: expect.any(String),
			contactId: people.ada.id,
		});
		expect(items[1].json).toMatchObject({
			error: 'Contact "Emma Mailonly" has no phone number, so the SMS message cannot be sent',
		});
		expect(items[2].json).toMatchObject({ error: 'Contact not found [400]', statusCode: 400 });
		expect(items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(ghl.fake.requestsTo('POST', '/conversations/messages')).toHaveLength(1);
	});

	test('without Continue On Fail the first failing item stops the run', async () => {
		const { error } = await send(
			{ type: 'SMS', contactId: rl('={{ $json.contact }}'), message: 'x' },
			[{ contact: people.noPhone.id }, { contact: people.ada.id }],
		);
		expect(error?.message).toBe(
			'Contact "Emma Mailonly" has no phone number, so the SMS message cannot be sent',
		);
		expect(ghl.fake.requestsTo('POST', '/conversations/messages')).toHaveLength(0);
	});
});
