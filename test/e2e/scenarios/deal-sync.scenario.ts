import { generateKeyPairSync } from 'crypto';
import { readFileSync } from 'fs';
import { join } from 'path';

import { createContact } from '../../fake/handlers/contacts';
import {
	addPipeline,
	createOpportunity,
	type FakeOpportunity,
} from '../../fake/handlers/opportunities';
import { packageName, repoRoot } from '../../harness/pack';
import { postgresCredential, type Scenario } from '../lib/scenario';
import type { WorkflowJson } from '../lib/sandbox';
import { psqlRows, psqlRun, type PostgresService } from '../lib/services';
import { postGhlEvent } from '../lib/suite';

/**
 * The example examples/deal-sync-postgres.json, run end to end in real n8n against a real PostgreSQL (Debian's
 * package, started and stopped by the suite) through n8n's own Postgres node. The table is read and written here
 * with psql, as the business's own system would.
 *
 * Like the contacts two-way sync, it runs a copy of the example's GHL → table half whose trigger checks the
 * scenario's own Ed25519 key; the first full load and the push half are the example as shipped (its webhooks, its
 * schedule), with the Postgres credential the example names pointing at the suite's database.
 *
 * The fake stamps the changes it makes (our PUTs) from a fixed clock in the past that other scenarios rely on; the
 * deals and GHL-side changes made here carry real times, set explicitly, so GHL's event times and the table's
 * local_updated_at (PostgreSQL's now()) compare as they would against GHL.
 */

const keys = generateKeyPairSync('ed25519');
const COPY_WEBHOOK_ID = '0b7d3e5f-9a1c-4e2b-8d6f-4c3a5e7b9d21';
const POSTGRES = { id: 'dealSyncPostgres', name: 'Deals database (Postgres)' };
const example = () =>
	JSON.parse(
		readFileSync(join(repoRoot, 'examples', 'deal-sync-postgres.json'), 'utf8'),
	) as WorkflowJson;

/** The table as psql reads it: values as JSON, times as ISO text in UTC with milliseconds (what GHL sends). */
const ROW_SQL = `SELECT ghl_id, name, pipeline_id, stage_id, stage_name, status,
	monetary_value::float8 AS monetary_value, assigned_to, contact_id,
	to_char(ghl_updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS ghl_updated_at,
	dirty, deleted FROM ghl_deals`;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const waitFor = async (check: () => Promise<boolean> | boolean, ms = 15_000) => {
	const deadline = Date.now() + ms;
	while (!(await check())) {
		if (Date.now() > deadline) return false;
		await sleep(250);
	}
	return true;
};

const dealSync: Scenario = {
	name: 'example "Deal sync with PostgreSQL": first full load, every GHL opportunity event, local changes and deletes pushed by stage name, no echo, newer change wins',
	services: ['postgres'],
	credentials: (env) => (env.postgres ? [postgresCredential(env.postgres, POSTGRES)] : []),
	workflows: () => {
		const copy = example();
		const trigger = copy.nodes.find((n) => n.type === `${packageName}.goHighLevelTrigger`)!;
		trigger.webhookId = COPY_WEBHOOK_ID;
		trigger.parameters.options = {
			ed25519PublicKeys: keys.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
		};
		// Only the copy's GHL → table half: the load and the push are the shipped example's (its webhook paths).
		const keep = [
			'Opportunity event',
			'Ensure table',
			'Deleted in GHL?',
			'Delete row',
			'Pipeline stages',
			'Stage of the event',
			'Apply GHL change',
		];
		copy.nodes = copy.nodes.filter((n) => keep.includes(n.name));
		const connections = copy.connections as Record<string, unknown>;
		for (const name of Object.keys(connections)) if (!keep.includes(name)) delete connections[name];
		return [{ ...copy, id: 'e2eExDealSync001', name: `${copy.name} (e2e key)` }];
	},
	async run({ n8n, fake, call, postgres }) {
		const pg = postgres as PostgresService;
		expect(pg).toBeDefined();
		const location = fake.store.location('loc_main')!;
		const stored = () => location.collection<FakeOpportunity>('opportunities');
		// A pipeline of its own, so other scenarios' deals in the shared sandbox do not matter.
		const pipeline = addPipeline(location, 'Deal Sync', [
			'Qualified',
			'Proposal',
			'Negotiation',
			'Won',
		]);
		const stage = (name: string) => pipeline.stages.find((s) => s.name === name)!;
		const stageName = (id: string) => pipeline.stages.find((s) => s.id === id)?.name ?? null;

		const rows = () => psqlRows(pg, `${ROW_SQL} ORDER BY ghl_id`);
		const row = (id: string) => psqlRows(pg, `${ROW_SQL} WHERE ghl_id = '${id}'`)[0];
		/** What the row of a GHL opportunity must hold (clean), its GHL time given. */
		const rowOf = (o: FakeOpportunity, ghlUpdatedAt = o.updatedAt) => ({
			ghl_id: o.id,
			name: o.name,
			pipeline_id: o.pipelineId,
			stage_id: o.pipelineStageId,
			stage_name: stageName(o.pipelineStageId),
			status: o.status,
			monetary_value: o.monetaryValue ?? null,
			assigned_to: o.assignedTo ?? null,
			contact_id: o.contactId,
			ghl_updated_at: ghlUpdatedAt,
			dirty: false,
			deleted: false,
		});
		const inGhl = () =>
			[...stored().values()]
				.filter((o) => o.pipelineId === pipeline.id)
				.sort((a, b) => (a.id < b.id ? -1 : 1));
		/** What a person or the business's system does: change the row and mark it changed. */
		const editLocally = (id: string, set: string) =>
			psqlRun(
				pg,
				`UPDATE ghl_deals SET ${set}, dirty = true, local_updated_at = now() WHERE ghl_id = '${id}'`,
			);

		/** A signed delivery of GHL's documented opportunity event body (plus timestamp and webhookId). */
		const event = async (type: string, o: FakeOpportunity, timestamp: string) => {
			const answer = await postGhlEvent(
				n8n,
				COPY_WEBHOOK_ID,
				{
					type,
					locationId: 'loc_main',
					id: o.id,
					assignedTo: o.assignedTo,
					contactId: o.contactId,
					monetaryValue: o.monetaryValue,
					name: o.name,
					pipelineId: o.pipelineId,
					pipelineStageId: o.pipelineStageId,
					source: o.source,
					status: o.status,
					dateAdded: o.createdAt,
					timestamp,
				},
				keys.privateKey,
			);
			expect(answer).toEqual({ status: 200, text: expect.stringContaining('workflowStarted') });
		};
		/** A change made in GHL (stamped now, as GHL does), then its event. */
		const changeInGhl = async (
			type: string,
			o: FakeOpportunity,
			patch: Partial<FakeOpportunity>,
		) => {
			Object.assign(o, patch, { updatedAt: new Date().toISOString() });
			await event(type, o, o.updatedAt);
		};
		const push = async () => expect((await call('example-deal-sync-push', {})).status).toBe(200);
		const puts = () => fake.requestsTo('PUT', /^\/opportunities\/[^/]+$/);
		const deletes = () => fake.requestsTo('DELETE', /^\/opportunities\/[^/]+$/);
		const rowBecomes = async (id: string, expected: object) => {
			await waitFor(() => JSON.stringify(row(id)) === JSON.stringify(expected));
			expect(row(id)).toEqual(expected);
		};

		const stampedNow = () => {
			const now = new Date().toISOString();
			return { createdAt: now, updatedAt: now, lastStageChangeAt: now };
		};
		const contacts = ['Avery', 'Blake', 'Casey', 'Devon'].map((firstName) =>
			createContact(location, { firstName, email: `${firstName.toLowerCase()}.deals@example.com` }),
		);
		const [a, b, c] = contacts.slice(0, 3).map((contact, i) =>
			createOpportunity(location, {
				name: `${contact.firstName}: implant plan`,
				pipelineId: pipeline.id,
				pipelineStageId: pipeline.stages[i].id,
				contactId: contact.id,
				monetaryValue: 2500 * (i + 1),
				...(i === 0 ? { assignedTo: 'user_owner' } : {}),
				...stampedNow(),
			}),
		);

		// 1. First full load: every opportunity of the pipeline (Return All) becomes a clean row.
		const loaded = await call('example-deal-sync-load', { pipelineId: pipeline.id });
		expect(loaded.status).toBe(200);
		expect(fake.requestsTo('GET', '/opportunities/search').at(-1)!.query).toMatchObject({
			pipeline_id: pipeline.id,
			location_id: 'loc_main',
		});
		expect(rows()).toEqual(inGhl().map((o) => rowOf(o)));
		expect(rows()).toHaveLength(3);

		// Nothing is dirty: a push sends nothing to GHL.
		await push();
		expect(puts()).toEqual([]);

		// 2. GHL → table, one event of each kind.
		const d = createOpportunity(location, {
			name: 'Devon: whitening',
			pipelineId: pipeline.id,
			contactId: contacts[3].id,
			monetaryValue: 400,
			...stampedNow(),
		});
		await event('OpportunityCreate', d, d.updatedAt);
		await rowBecomes(d.id, rowOf(d));

		await changeInGhl('OpportunityStageUpdate', a, { pipelineStageId: stage('Proposal').id });
		await rowBecomes(a.id, rowOf(a));
		expect(row(a.id).stage_name).toBe('Proposal');
		await changeInGhl('OpportunityMonetaryValueUpdate', a, { monetaryValue: 3100 });
		await rowBecomes(a.id, rowOf(a));
		await changeInGhl('OpportunityAssignedToUpdate', a, { assignedTo: 'user_front' });
		await rowBecomes(a.id, rowOf(a));
		await changeInGhl('OpportunityStatusUpdate', b, { status: 'lost' });
		await rowBecomes(b.id, rowOf(b));

		stored().delete(b.id);
		await event('OpportunityDelete', b, new Date().toISOString());
		await waitFor(() => row(b.id) === undefined);
		expect(row(b.id)).toBeUndefined();
		expect(rows()).toEqual(inGhl().map((o) => rowOf(o)));
		expect(puts()).toEqual([]);

		// 3. Table → GHL: a local change of stage (by name), value, status and owner is pushed in one PUT.
		editLocally(
			c.id,
			`stage_name = 'Won', monetary_value = 8200.5, status = 'won', assigned_to = 'user_sales'`,
		);
		expect(row(c.id)).toMatchObject({ stage_name: 'Won', dirty: true });
		await push();
		expect(await waitFor(() => puts().length > 0)).toBe(true);
		expect(puts().map((r) => ({ path: r.path, body: r.body }))).toEqual([
			{
				path: `/opportunities/${c.id}`,
				body: {
					pipelineId: pipeline.id,
					pipelineStageId: stage('Won').id,
					monetaryValue: 8200.5,
					status: 'won',
					assignedTo: 'user_sales',
				},
			},
		]);
		expect(stored().get(c.id)).toMatchObject({
			pipelineStageId: stage('Won').id,
			monetaryValue: 8200.5,
			status: 'won',
			assignedTo: 'user_sales',
		});
		// Clean, with GHL's updatedAt of the deal as it is now.
		const afterPush = rowOf(stored().get(c.id)!);
		expect(row(c.id)).toEqual(afterPush);

		// 4. The echo: GHL answers our update with its events, carrying what we pushed. They change nothing (not even
		// ghl_updated_at), mark nothing dirty, and the next push sends nothing.
		const echoAt = new Date().toISOString();
		for (const type of [
			'OpportunityStageUpdate',
			'OpportunityStatusUpdate',
			'OpportunityMonetaryValueUpdate',
			'OpportunityAssignedToUpdate',
		])
			await event(type, stored().get(c.id)!, echoAt);
		await sleep(2500);
		expect(row(c.id)).toEqual(afterPush);
		await push();
		expect(puts()).toHaveLength(1);

		// 5. Conflicts: the newer change wins.
		// (a) A GHL change older than a pending local change (delivered late) does not overwrite it; the local change
		// is pushed.
		editLocally(a.id, `monetary_value = 9999`);
		const times = psqlRows<{ ghl: string; local: string }>(
			pg,
			`SELECT extract(epoch FROM ghl_updated_at) * 1000 AS ghl, extract(epoch FROM local_updated_at) * 1000 AS local FROM ghl_deals WHERE ghl_id = '${a.id}'`,
		)[0];
		expect(Number(times.ghl)).toBeLessThan(Number(times.local));
		const between = new Date((Number(times.ghl) + Number(times.local)) / 2).toISOString();
		await event('OpportunityMonetaryValueUpdate', { ...a, monetaryValue: 1 }, between);
		await sleep(2500);
		expect(row(a.id)).toMatchObject({ monetary_value: 9999, dirty: true });
		await push();
		expect(await waitFor(() => puts().length === 2)).toBe(true);
		expect({ path: puts()[1].path, body: puts()[1].body }).toEqual({
			path: `/opportunities/${a.id}`,
			body: {
				pipelineId: pipeline.id,
				pipelineStageId: stage('Proposal').id,
				monetaryValue: 9999,
				status: 'open',
				assignedTo: 'user_front',
			},
		});
		expect(row(a.id)).toEqual(rowOf(stored().get(a.id)!));

		// (b) A GHL change newer than a pending local change replaces it: the row takes GHL's version, clean, and
		// nothing is pushed.
		editLocally(d.id, `status = 'abandoned'`);
		await sleep(20);
		await changeInGhl('OpportunityStageUpdate', d, { pipelineStageId: stage('Negotiation').id });
		await rowBecomes(d.id, rowOf(d));
		await push();
		expect(puts()).toHaveLength(2);

		// 6. A local delete: DELETE reaches GHL, then the row goes; GHL's echo (OpportunityDelete) changes nothing.
		psqlRun(
			pg,
			`UPDATE ghl_deals SET deleted = true, dirty = true, local_updated_at = now() WHERE ghl_id = '${d.id}'`,
		);
		await push();
		expect(await waitFor(() => deletes().length > 0)).toBe(true);
		expect(deletes().map((r) => r.path)).toEqual([`/opportunities/${d.id}`]);
		expect(stored().has(d.id)).toBe(false);
		await waitFor(() => row(d.id) === undefined);
		expect(row(d.id)).toBeUndefined();
		await event('OpportunityDelete', d, new Date().toISOString());
		await push();
		expect(deletes()).toHaveLength(1);
		expect(puts()).toHaveLength(2);

		// After both directions: the table is GHL's pipeline, row for row.
		await sleep(1000);
		expect(rows()).toEqual(inGhl().map((o) => rowOf(o)));
		expect(rows().map((r) => r.ghl_id)).toEqual([a.id, c.id].sort());
	},
};

export default [dealSync];
