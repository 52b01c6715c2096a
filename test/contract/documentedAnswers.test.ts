import { useGhl } from '../harness/ghl';

/**
 * The nodes' output parsing run on the answers the spec documents (its examples, unchanged), answered by the fake,
 * which also checks them against the operation's response schema. A node that reads a field GHL does not send
 * shows here as output that differs from the documented records.
 */
type Example = Record<string, any>;
interface Case {
	name: string;
	type: string;
	parameters: Record<string, unknown>;
	endpoint: string;
	/** The concrete path the node calls. */
	path: string;
	expected: (example: Example) => unknown[];
}

const CONTACT = 'ocQHyuzHvysMo5N5VsXc';
const rl = (value: string) => ({ __rl: true, mode: 'id', value });

const cases: Case[] = [
	{
		name: 'Contacts → Contact → Get',
		type: 'goHighLevelContacts',
		parameters: { resource: 'contact', operation: 'get', contactId: rl(CONTACT) },
		endpoint: 'GET /contacts/{contactId}',
		path: `/contacts/${CONTACT}`,
		expected: (example) => [example.contact],
	},
	{
		name: 'Contacts → Contact → Delete',
		type: 'goHighLevelContacts',
		parameters: { resource: 'contact', operation: 'delete', contactId: rl(CONTACT) },
		endpoint: 'DELETE /contacts/{contactId}',
		path: `/contacts/${CONTACT}`,
		expected: () => [{ id: CONTACT, deleted: true }],
	},
	{
		name: 'Contacts → Contact → Get Appointments',
		type: 'goHighLevelContacts',
		parameters: { resource: 'contact', operation: 'getAppointments', contactId: rl(CONTACT) },
		endpoint: 'GET /contacts/{contactId}/appointments',
		path: `/contacts/${CONTACT}/appointments`,
		expected: (example) => example.events,
	},
	{
		name: 'Contacts → Note → Get Many',
		type: 'goHighLevelContacts',
		parameters: { resource: 'note', operation: 'getMany', contactId: rl(CONTACT) },
		endpoint: 'GET /contacts/{contactId}/notes',
		path: `/contacts/${CONTACT}/notes`,
		expected: (example) => example.notes,
	},
	{
		name: 'Contacts → Task → Get Many',
		type: 'goHighLevelContacts',
		parameters: { resource: 'task', operation: 'getMany', contactId: rl(CONTACT) },
		endpoint: 'GET /contacts/{contactId}/tasks',
		path: `/contacts/${CONTACT}/tasks`,
		expected: (example) => example.tasks,
	},
	{
		name: 'Campaigns → Campaign → Get Many',
		type: 'goHighLevelCampaigns',
		parameters: { resource: 'campaign', operation: 'getMany', returnAll: true },
		endpoint: 'GET /campaigns/',
		path: '/campaigns/',
		expected: (example) => example.campaigns,
	},
	{
		name: 'Workflows → Workflow → Get Many',
		type: 'goHighLevelWorkflows',
		parameters: { resource: 'workflow', operation: 'getMany', returnAll: true },
		endpoint: 'GET /workflows/',
		path: '/workflows/',
		expected: (example) => example.workflows,
	},
];

describe('nodes read the answers GHL documents', () => {
	const ghl = useGhl();

	test.each(cases)(
		'$name on the documented answer of $endpoint',
		async ({ type, parameters, endpoint, path, expected }) => {
			const [method, template] = endpoint.split(' ');
			const documented = ghl.fake.spec
				.responseExamples(method, template)
				.find((e) => /^2/.test(e.status));
			expect(documented).toBeDefined();
			const example = documented!.example as Example;
			const records = expected(example);
			expect(records.length).toBeGreaterThan(0);
			ghl.fake.inject({
				method,
				path,
				status: Number(documented!.status),
				body: example,
				times: 1,
			});
			const { items, error } = await ghl.harness.runNode({
				type,
				parameters: { authentication: 'privateIntegrationToken', ...parameters },
				credentialId: ghl.pit,
			});
			expect(error).toBeUndefined();
			expect(ghl.fake.requestsTo(method, path)).toHaveLength(1);
			expect(items.map((i) => i.json)).toEqual(records);
		},
	);
});
