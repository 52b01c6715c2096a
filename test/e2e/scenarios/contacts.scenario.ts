import { createContact } from '../../fake/handlers/contacts';
import { PACK, pitCredentials, webhookWorkflow, type Scenario } from '../lib/scenario';

const contacts = `${PACK}.goHighLevelContacts`;

export const upsertAndTag: Scenario = {
	name: 'create-or-update a contact and tag it',
	workflows: (env) => [
		webhookWorkflow('e2eUpsertTag0001', 'upsert-and-tag', [
			{
				name: 'Upsert',
				type: contacts,
				credentials: pitCredentials(env),
				parameters: {
					resource: 'contact',
					operation: 'upsert',
					fields: { email: '={{ $json.body.email }}', firstName: '={{ $json.body.firstName }}' },
				},
			},
			{
				name: 'Tag',
				type: contacts,
				credentials: pitCredentials(env),
				parameters: {
					resource: 'contact',
					operation: 'addTags',
					contactId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
					tags: 'e2e, from-webhook',
				},
			},
		]),
	],
	async run({ call, fake }) {
		const { status, body } = await call('upsert-and-tag', {
			email: 'e2e.one@example.com',
			firstName: 'Edith',
		});
		expect(status).toBe(200);
		expect(body).toEqual([expect.objectContaining({ tags: ['e2e', 'from-webhook'] })]);
		const contact = [...fake.store.location('loc_main')!.collection('contacts').values()].find(
			(c) => c.email === 'e2e.one@example.com',
		);
		expect(contact).toMatchObject({ firstName: 'Edith', tags: ['e2e', 'from-webhook'] });
		const upsert = fake.requestsTo('POST', '/contacts/upsert').at(-1)!;
		expect(upsert.headers.version).toBe('2021-07-28');
		expect(upsert.body).toEqual({
			email: 'e2e.one@example.com',
			firstName: 'Edith',
			locationId: 'loc_main',
		});
	},
};

export const expressions: Scenario = {
	name: 'parameters resolve expressions from earlier nodes as in the editor',
	workflows: (env) => [
		webhookWorkflow('e2eExpressions01', 'expressions', [
			{
				name: 'Upsert',
				type: contacts,
				credentials: pitCredentials(env),
				parameters: {
					resource: 'contact',
					operation: 'upsert',
					fields: {
						email: "={{ $('Webhook').item.json.body.contact.email.trim().toLowerCase() }}",
						firstName: "={{ $json.body.contact.name.split(' ')[0] }}",
						lastName: "={{ $json.body.contact.name.split(' ').slice(1).join(' ') }}",
						tags: "={{ $json.body.tags.join(',') }}",
						source: '=webhook {{ $now.toFormat("yyyy") }}',
					},
				},
			},
		]),
	],
	async run({ call, fake }) {
		const { status, body } = await call('expressions', {
			contact: { email: '  Mixed.Case@Example.com ', name: 'Ada King Lovelace' },
			tags: ['a', 'b'],
		});
		expect(status).toBe(200);
		expect(body[0]).toMatchObject({
			email: 'mixed.case@example.com',
			firstName: 'Ada',
			lastName: 'King Lovelace',
		});
		expect(fake.requestsTo('POST', '/contacts/upsert').at(-1)!.body).toEqual({
			email: 'mixed.case@example.com',
			firstName: 'Ada',
			lastName: 'King Lovelace',
			tags: ['a', 'b'],
			source: `webhook ${new Date().getFullYear()}`,
			locationId: 'loc_main',
		});
	},
};

export const continueOnFail: Scenario = {
	name: 'Continue On Fail: one bad item of three',
	workflows: (env) => [
		webhookWorkflow('e2eContinueFail1', 'continue-on-fail', [
			{
				name: 'Split',
				type: 'n8n-nodes-base.splitOut',
				parameters: { fieldToSplitOut: 'body.people', options: {} },
			},
			{
				name: 'Upsert',
				type: contacts,
				credentials: pitCredentials(env),
				onError: 'continueRegularOutput',
				parameters: {
					resource: 'contact',
					operation: 'upsert',
					fields: { email: '={{ $json.email }}' },
				},
			},
		]),
	],
	async run({ call }) {
		const { body } = await call('continue-on-fail', {
			people: [
				{ email: 'cof1@example.com' },
				{ email: 'not-an-email' },
				{ email: 'cof3@example.com' },
			],
		});
		expect(body).toHaveLength(3);
		expect(body[0].email).toBe('cof1@example.com');
		expect(body[1].error).toBe('"Email" is not a valid email address: "not-an-email"');
		expect(body[2].email).toBe('cof3@example.com');
	},
};

export const getContact: Scenario = {
	name: 'get a contact by resource locator',
	workflows: (env) => [
		webhookWorkflow('e2eGetContact001', 'get-contact', [
			{
				name: 'Get',
				type: contacts,
				credentials: pitCredentials(env),
				parameters: {
					resource: 'contact',
					operation: 'get',
					contactId: { __rl: true, mode: 'id', value: '={{ $json.body.id }}' },
				},
			},
		]),
	],
	async run({ call, fake }) {
		const contact = createContact(fake.store.location('loc_main')!, {
			email: 'locator@example.com',
			firstName: 'Loc',
		});
		const { body } = await call('get-contact', { id: contact.id });
		expect(body).toEqual([
			expect.objectContaining({ id: contact.id, email: 'locator@example.com' }),
		]);
	},
};

export default [upsertAndTag, expressions, continueOnFail, getContact];
