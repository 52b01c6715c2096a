import { createContact } from '../../fake/handlers/contacts';
import {
	PACK,
	pitCredentials,
	webhookWorkflow,
	type Scenario,
	type ScenarioEnv,
} from '../lib/scenario';

const rl = (value: string) => ({ __rl: true, mode: 'list', value });
const mapped = (value: Record<string, unknown>) => ({
	mappingMode: 'defineBelow',
	value,
	matchingColumns: [],
	schema: [],
});

const apiRequestNode = (env: ScenarioEnv, parameters: Record<string, unknown>) => ({
	name: 'API Request',
	type: `${PACK}.goHighLevelApiRequest`,
	// The error item is what the caller sees, so the message a user would read can be asserted.
	onError: 'continueRegularOutput' as const,
	credentials: pitCredentials(env),
	parameters: { authentication: 'privateIntegrationToken', ...parameters },
});

/** An endpoint no curated node offers a field for, called by method and path, with its id and body from the input. */
export const apiRequest: Scenario = {
	name: 'API Request: tag a contact through POST /contacts/{contactId}/tags, list contacts with a Limit',
	workflows: (env) => [
		webhookWorkflow('e2eApiRequest001', 'api-request-tags', [
			apiRequestNode(env, {
				endpoint: rl('POST /contacts/{contactId}/tags'),
				parameters: mapped({ contactId: '={{ $json.body.contactId }}' }),
				body: '={{ JSON.stringify({ tags: $json.body.tags }) }}',
			}),
		]),
		webhookWorkflow('e2eApiRequest002', 'api-request-contacts', [
			apiRequestNode(env, {
				endpoint: rl('GET /contacts/'),
				parameters: mapped({}),
				returnAll: false,
				limit: '={{ $json.body.limit }}',
			}),
		]),
	],
	async run({ call, fake }) {
		const location = fake.store.location('loc_main')!;
		const contact = createContact(location, {
			email: 'api.request.e2e@example.com',
			firstName: 'Ari',
		});

		const { status, body } = await call('api-request-tags', {
			contactId: contact.id,
			tags: ['e2e-api-request'],
		});
		expect(status).toBe(200);
		expect(body).toEqual([
			expect.objectContaining({ tags: expect.arrayContaining(['e2e-api-request']) }),
		]);
		const post = fake.requestsTo('POST', `/contacts/${contact.id}/tags`).at(-1)!;
		expect(post.headers.version).toBe('2021-07-28');
		expect(post.body).toEqual({ tags: ['e2e-api-request'] });
		expect(location.collection<{ tags: string[] }>('contacts').get(contact.id)!.tags).toContain(
			'e2e-api-request',
		);

		// A missing path id is refused in n8n before any request. (Other workflows of the sandbox, a polling trigger
		// among them, reach the fake meanwhile: only this call's tags are looked for.)
		const tagged = () =>
			fake.requests.filter(
				(r) => /\/tags$/.test(r.path) && JSON.stringify(r.body) === JSON.stringify({ tags: ['x'] }),
			).length;
		const refused = await call('api-request-tags', { contactId: '', tags: ['x'] });
		expect(refused.body).toEqual([
			expect.objectContaining({
				error: '"contactId" is required for POST /contacts/{contactId}/tags',
			}),
		]);
		expect(tagged()).toBe(0);

		const listed = await call('api-request-contacts', { limit: 2 });
		expect(listed.body).toHaveLength(2);
		expect(fake.requestsTo('GET', '/contacts/').at(-1)!.query).toEqual({
			locationId: 'loc_main',
			limit: '2',
		});
	},
};

export default [apiRequest];
