import { generateKeyPairSync, randomUUID, sign } from 'crypto';

import { createContact } from '../../fake/handlers/contacts';
import { PACK, pitCredentials, type Scenario } from '../lib/scenario';

// GHL's private key is GHL's; the test signs with its own pair and gives the node the public key, as a user
// would after a key rotation.
const keys = generateKeyPairSync('ed25519');
const publicPem = keys.publicKey.export({ type: 'spki', format: 'pem' }).toString();
const WEBHOOK_ID = '6f0c1d52-6a43-4c3f-9d7e-2b1c8c9a1e01';

const signed = (payload: object) => {
	const body = Buffer.from(JSON.stringify(payload));
	return { body, signature: sign(null, body, keys.privateKey).toString('base64') };
};

const waitFor = async (check: () => boolean, ms = 15_000) => {
	const deadline = Date.now() + ms;
	while (!check()) {
		if (Date.now() > deadline) return false;
		await new Promise((r) => setTimeout(r, 200));
	}
	return true;
};

/**
 * A signed ContactTagUpdate POSTed to the trigger's production URL starts the workflow, which tags the contact
 * back in GHL (so the fake sees that it ran). A tampered body, a replayed delivery and an unsigned one start nothing.
 */
export const signedEvent: Scenario = {
	name: 'GHL Trigger: a signed event starts the workflow; forged, unsigned and replayed ones do not',
	workflows: (env) => [
		{
			id: 'e2eTrigger000001',
			name: 'e2e GHL trigger',
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
					webhookId: WEBHOOK_ID,
					parameters: { events: ['ContactTagUpdate'], options: { ed25519PublicKeys: publicPem } },
				},
				{
					id: randomUUID(),
					name: 'Tag',
					type: `${PACK}.goHighLevelContacts`,
					typeVersion: 1,
					position: [220, 0],
					credentials: pitCredentials(env),
					parameters: { resource: 'contact', operation: 'addTags', contactId: { __rl: true, mode: 'id', value: '={{ $json.id }}' }, tags: 'seen-by-n8n' },
				},
			],
			connections: { 'GHL Trigger': { main: [[{ node: 'Tag', type: 'main', index: 0 }]] } },
		},
	],
	async run({ n8n, fake }) {
		const contact = createContact(fake.store.location('loc_main')!, { email: 'trigger.e2e@example.com', tags: ['vip'] });
		const url = `${n8n.baseUrl}/webhook/${WEBHOOK_ID}/webhook`;
		const post = (body: Buffer, headers: Record<string, string>) =>
			fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
		const event = { type: 'ContactTagUpdate', locationId: 'loc_main', id: contact.id, email: contact.email, tags: ['vip'], timestamp: new Date().toISOString(), webhookId: randomUUID() };
		const tagRequests = () => fake.requestsTo('POST', `/contacts/${contact.id}/tags`);

		const tampered = signed(event);
		const forged = Buffer.from(tampered.body.toString().replace('vip', 'vop'));
		expect((await post(forged, { 'x-ghl-signature': tampered.signature })).status).toBe(401);
		expect((await post(Buffer.from(JSON.stringify(event)), {})).status).toBe(401);

		const good = signed(event);
		expect((await post(good.body, { 'x-ghl-signature': good.signature })).status).toBe(200);
		expect(await waitFor(() => tagRequests().length === 1)).toBe(true);
		expect(tagRequests()[0].body).toEqual({ tags: ['seen-by-n8n'] });

		// GHL may deliver the same webhookId again: acknowledged, not run twice.
		expect((await post(good.body, { 'x-ghl-signature': good.signature })).status).toBe(200);
		await new Promise((r) => setTimeout(r, 2000));
		expect(tagRequests()).toHaveLength(1);
	},
};

export default [signedEvent];
