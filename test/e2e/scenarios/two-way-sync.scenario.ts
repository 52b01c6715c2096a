import { generateKeyPairSync } from 'crypto';
import { readFileSync } from 'fs';
import { join } from 'path';

import { createContact } from '../../fake/handlers/contacts';
import { packageName, repoRoot } from '../../harness/pack';
import { webhookWorkflow, type Scenario, type WorkflowNode } from '../lib/scenario';
import type { WorkflowJson } from '../lib/sandbox';
import { postGhlEvent } from '../lib/suite';

/**
 * The example examples/two-way-sync.json, run end to end in the sandbox's n8n 2.x. Its "database" is an n8n Data
 * table: a real table in the SQLite database the e2e n8n runs on (n8n's own storage, not an external database server),
 * created by the example itself and read and written by n8n's own Data table node. n8n 1.123 has Data tables but
 * neither finds them by name nor creates them from a workflow, so the scenario runs on the v2 line only.
 *
 * Like the stage-change scenario, it runs a copy of the example whose trigger checks the scenario's own Ed25519 key;
 * the push half (schedule + "Push now" webhook) is the example as shipped.
 */

const keys = generateKeyPairSync('ed25519');
const COPY_WEBHOOK_ID = '5e8c2a9d-3f1b-4c6e-a07d-9b2e4f6a8c13';
const TABLE = { __rl: true, mode: 'name', value: 'ghl_contacts' };
const example = () =>
	JSON.parse(readFileSync(join(repoRoot, 'examples', 'two-way-sync.json'), 'utf8')) as WorkflowJson;

/** What a person (or another workflow) does to the table: change a row and mark it dirty. */
const localEdit: WorkflowNode & { alwaysOutputData?: boolean } = {
	name: 'Edit row locally',
	type: 'n8n-nodes-base.dataTable',
	typeVersion: 1.1,
	parameters: {
		resource: 'row',
		operation: 'update',
		dataTableId: TABLE,
		filters: {
			conditions: [{ keyName: 'ghl_id', condition: 'eq', keyValue: '={{ $json.body.ghl_id }}' }],
		},
		columns: {
			mappingMode: 'defineBelow',
			value: {
				first_name: '={{ $json.body.first_name }}',
				phone: '={{ $json.body.phone }}',
				dirty: true,
			},
			matchingColumns: [],
			schema: [
				{
					id: 'first_name',
					displayName: 'first_name',
					required: false,
					defaultMatch: false,
					display: true,
					type: 'string',
					canBeUsedToMatch: true,
				},
				{
					id: 'phone',
					displayName: 'phone',
					required: false,
					defaultMatch: false,
					display: true,
					type: 'string',
					canBeUsedToMatch: true,
				},
				{
					id: 'dirty',
					displayName: 'dirty',
					required: false,
					defaultMatch: false,
					display: true,
					type: 'boolean',
					canBeUsedToMatch: true,
				},
			],
		},
		options: {},
	},
};
const readRow: WorkflowNode & { alwaysOutputData?: boolean } = {
	name: 'Read row',
	type: 'n8n-nodes-base.dataTable',
	typeVersion: 1.1,
	alwaysOutputData: true,
	parameters: {
		resource: 'row',
		operation: 'get',
		dataTableId: TABLE,
		filters: {
			conditions: [{ keyName: 'ghl_id', condition: 'eq', keyValue: '={{ $json.body.ghl_id }}' }],
		},
		returnAll: true,
	},
};

const waitFor = async (check: () => Promise<boolean> | boolean, ms = 15_000) => {
	const deadline = Date.now() + ms;
	while (!(await check())) {
		if (Date.now() > deadline) return false;
		await new Promise((r) => setTimeout(r, 250));
	}
	return true;
};

const twoWaySync: Scenario = {
	name: 'example "Two-way sync": GHL contact events upsert rows of an n8n data table, locally changed rows are pushed to GHL, and the echo of the push changes nothing',
	lines: ['v2'],
	workflows: () => {
		const copy = example();
		const trigger = copy.nodes.find((n) => n.type === `${packageName}.goHighLevelTrigger`)!;
		trigger.webhookId = COPY_WEBHOOK_ID;
		trigger.parameters.options = {
			ed25519PublicKeys: keys.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
		};
		// Only the copy's GHL → table half: the push half is the shipped example's (its webhook path, its schedule).
		const pushHalf = [
			'Every 5 minutes',
			'Push now',
			'Ensure table for push',
			'Locally changed rows',
			'Update contact in GHL',
			'Mark row synced',
		];
		copy.nodes = copy.nodes.filter((n) => !pushHalf.includes(n.name));
		for (const name of pushHalf) delete (copy.connections as Record<string, unknown>)[name];
		return [
			{ ...copy, id: 'e2eExTwoWayCopy1', name: `${copy.name} (e2e key)` },
			webhookWorkflow('e2eTwoWayEdit001', 'e2e-two-way-sync-edit', [localEdit]),
			webhookWorkflow('e2eTwoWayRead001', 'e2e-two-way-sync-row', [readRow]),
		];
	},
	async run({ n8n, fake, call }) {
		const location = fake.store.location('loc_main')!;
		const event = async (type: string, contact: Record<string, any>, timestamp = new Date()) => {
			const fields = {
				id: contact.id,
				email: contact.email,
				firstName: contact.firstName,
				phone: contact.phone,
				dateAdded: contact.dateAdded,
			};
			const answer = await postGhlEvent(
				n8n,
				COPY_WEBHOOK_ID,
				{ type, locationId: 'loc_main', ...fields, timestamp: timestamp.toISOString() },
				keys.privateKey,
			);
			expect(answer).toEqual({ status: 200, text: expect.stringContaining('workflowStarted') });
		};
		const rows = async (ghlId: string): Promise<Array<Record<string, any>>> => {
			const read = await call('e2e-two-way-sync-row', { ghl_id: ghlId });
			expect(read.status).toBe(200);
			return (read.body as Array<Record<string, any>>).filter((r) => r.ghl_id);
		};
		const push = () => call('example-two-way-sync-push', {});
		const putsTo = (id: string) => fake.requestsTo('PUT', `/contacts/${id}`);

		// 1. GHL → table: a signed ContactCreate event gives the contact a clean row.
		const rita = createContact(location, {
			firstName: 'Rita',
			email: 'rita.sync@example.com',
			phone: '+14155550161',
		});
		const created = new Date();
		await event('ContactCreate', rita, created);
		// Until the example's first run has created the table, reading it fails ("Data table ... not found").
		expect(
			await waitFor(
				async () =>
					(await call('e2e-two-way-sync-row', { ghl_id: rita.id })).body?.[0]?.ghl_id === rita.id,
			),
		).toBe(true);
		expect(await rows(rita.id)).toEqual([
			expect.objectContaining({
				ghl_id: rita.id,
				email: 'rita.sync@example.com',
				first_name: 'Rita',
				phone: '+14155550161',
				ghl_synced_at: created.toISOString(),
				dirty: false,
			}),
		]);

		// Nothing is dirty: a push sends nothing to GHL.
		expect((await push()).status).toBe(200);
		expect(putsTo(rita.id)).toEqual([]);

		// 2. A local change: the row is edited and marked dirty.
		const edited = await call('e2e-two-way-sync-edit', {
			ghl_id: rita.id,
			first_name: 'Rita-Local',
			phone: '+14155550162',
		});
		expect(edited.status).toBe(200);
		expect(await rows(rita.id)).toEqual([
			expect.objectContaining({ first_name: 'Rita-Local', phone: '+14155550162', dirty: true }),
		]);

		// 3. Table → GHL: the push updates the contact and marks the row clean with GHL's dateUpdated.
		const pushed = await push();
		expect(pushed.status).toBe(200);
		// (waits in case the example's 5-minute schedule ran the same push a moment before)
		expect(await waitFor(() => putsTo(rita.id).length > 0)).toBe(true);
		expect(putsTo(rita.id)).toHaveLength(1);
		expect(putsTo(rita.id)[0].body).toEqual({
			email: 'rita.sync@example.com',
			firstName: 'Rita-Local',
			phone: '+14155550162',
		});
		const stored = location.collection<Record<string, any>>('contacts').get(rita.id)!;
		expect(stored).toMatchObject({
			firstName: 'Rita-Local',
			phone: '+14155550162',
			email: 'rita.sync@example.com',
		});
		const afterPush = await rows(rita.id);
		expect(afterPush).toEqual([
			expect.objectContaining({
				first_name: 'Rita-Local',
				phone: '+14155550162',
				dirty: false,
				ghl_synced_at: stored.dateUpdated,
			}),
		]);

		// 4. The echo: GHL answers our update with a ContactUpdate event carrying what we pushed. It is dropped: the row
		// stays as it was (not even ghl_synced_at moves), is not dirty, and the next push sends nothing.
		await event('ContactUpdate', stored);
		await new Promise((r) => setTimeout(r, 2000));
		expect(await rows(rita.id)).toEqual(afterPush);
		expect((await push()).status).toBe(200);
		expect(putsTo(rita.id)).toHaveLength(1);

		// 5. A real change made in GHL afterwards is applied to the row, still clean, and not pushed back either.
		stored.firstName = 'Rita-GHL';
		const changed = new Date();
		await event('ContactUpdate', stored, changed);
		expect(await waitFor(async () => (await rows(rita.id))[0]?.first_name === 'Rita-GHL')).toBe(
			true,
		);
		expect(await rows(rita.id)).toEqual([
			expect.objectContaining({
				first_name: 'Rita-GHL',
				dirty: false,
				ghl_synced_at: changed.toISOString(),
			}),
		]);

		// An event older than what the row knows (delivered late) changes nothing.
		await event(
			'ContactUpdate',
			{ ...stored, firstName: 'Rita-Stale' },
			new Date(changed.getTime() - 60_000),
		);
		await new Promise((r) => setTimeout(r, 2000));
		expect((await rows(rita.id))[0].first_name).toBe('Rita-GHL');

		expect((await push()).status).toBe(200);
		expect(putsTo(rita.id)).toHaveLength(1);
	},
};

export default [twoWaySync];
