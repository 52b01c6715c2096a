// Benchmark 3 — fewer requests than items: tagging 1,000 contacts through GHL's bulk tag endpoint
// (Contacts → "Add Tags (Bulk)" / "Remove Tags (Bulk)", up to 100 contacts per request) against one request per
// item ("Add Tags" / "Remove Tags"), and against n8n's built-in HighLevel node, which has no tag operation: the
// closest it offers is Contact → Update with the Tags field, one PUT per contact that replaces the contact's tags.
// Fake limit scaled to 100 requests / 1 s, as in bulk.bench.ts.
import './env';

import { createContact } from '../test/fake/handlers/contacts';
import { EngineHarness } from '../test/harness/engine';
import { FakeGhl } from '../test/fake/server';
import { builtInVersion, formatTable, ratio, registerBuiltInHighLevel } from './lib';

const ITEMS = Number(process.env.BENCH_TAG_ITEMS ?? 1000);
const LIMIT = { max: 100, intervalMs: 1000 };
const TAG = 'bench-tag';

interface Case {
	label: string;
	/** Whether the contacts carry TAG when the case ends. */
	expectTagged: boolean;
	/** Contacts start with TAG (for the remove cases). */
	startTagged: boolean;
	run(harness: EngineHarness, fake: FakeGhl, ids: string[]): Promise<{ failed: number }>;
}

const packCase = (label: string, operation: string, adding: boolean): Case => ({
	label,
	expectTagged: adding,
	startTagged: !adding,
	async run(harness, fake, ids) {
		const credentialId = harness.addTokenCredential(fake.url, 'pit-location-main', {
			locationId: 'loc_main',
		});
		const { items, error } = await harness.runNode(
			{
				type: 'goHighLevelContacts',
				parameters: {
					resource: 'contact',
					operation,
					contactId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
					tags: TAG,
				},
				credentialId,
				continueOnFail: true,
			},
			ids.map((id) => ({ id })),
		);
		if (error) throw error;
		return { failed: items.filter((i) => i.json.error || i.json.success === false).length };
	},
});

const cases: Case[] = [
	packCase('pack: Add Tags (one request per item)', 'addTags', true),
	packCase('pack: Add Tags (Bulk)', 'addTagsBulk', true),
	packCase('pack: Remove Tags (one request per item)', 'removeTags', false),
	packCase('pack: Remove Tags (Bulk)', 'removeTagsBulk', false),
	{
		label: `n8n-nodes-base ${builtInVersion()}: Contact Update with Tags (replaces tags)`,
		expectTagged: true,
		startTagged: false,
		async run(harness, fake, ids) {
			const credentialId = registerBuiltInHighLevel(harness, fake);
			const { items } = await harness.runNode(
				{
					type: 'n8n-nodes-base.highLevel',
					typeVersion: 2,
					parameters: {
						resource: 'contact',
						operation: 'update',
						contactId: '={{ $json.id }}',
						updateFields: { tags: TAG },
					},
					credentialId,
					continueOnFail: true,
				},
				ids.map((id) => ({ id })),
			);
			return { failed: items.filter((i) => i.json.error).length };
		},
	},
];

async function main() {
	const rows: Array<Record<string, string | number>> = [];
	const perThousand: number[] = [];
	for (const c of cases) {
		const fake = await FakeGhl.start();
		Object.assign(fake.rateLimit, LIMIT);
		const location = fake.store.location('loc_main')!;
		const ids = Array.from(
			{ length: ITEMS },
			(_, i) =>
				createContact(location, {
					email: `tag${i}@example.com`,
					tags: c.startTagged ? ['keep', TAG] : ['keep'],
				}).id,
		);
		const harness = new EngineHarness();
		const started = Date.now();
		const { failed } = await c.run(harness, fake, ids);
		const wallMs = Date.now() - started;
		const requests = fake.requests.filter((r) => r.path !== '/oauth/token');
		const contacts = ids.map((id) => location.collection<{ tags: string[] }>('contacts').get(id)!);
		const right = contacts.filter(
			(contact) => contact.tags.includes(TAG) === c.expectTagged,
		).length;
		const keptOthers = contacts.filter((contact) => contact.tags.includes('keep')).length;
		perThousand.push((requests.length / ITEMS) * 1000);
		rows.push({
			operation: c.label,
			items: ITEMS,
			requests: requests.length,
			'requests / 1,000 items': Math.round((requests.length / ITEMS) * 1000),
			'rejected 429': requests.filter((r) => r.status === 429).length,
			'failed items': failed,
			'contacts right': `${right} / ${ITEMS}`,
			'other tags kept': `${keptOthers} / ${ITEMS}`,
			wall: `${(wallMs / 1000).toFixed(1)} s`,
		});
		if (fake.violations.length)
			console.log(`${c.label}: spec violations`, [
				...new Set(fake.violations.map((v) => v.message)),
			]);
		await fake.stop();
	}
	console.log(
		`\nTagging ${ITEMS} contacts, fake limit ${LIMIT.max} requests / ${LIMIT.intervalMs} ms\n`,
	);
	console.log(formatTable(rows));
	console.log(
		`\nrequests, bulk / per item: add ${ratio(perThousand[1], perThousand[0], 3)}, remove ${ratio(perThousand[3], perThousand[2], 3)}; pack bulk / built-in per-item update: ${ratio(perThousand[1], perThousand[4], 3)}`,
	);
	await bulkBusiness();
}

/** Contacts → Set Business (Bulk): GHL's bulk business endpoint, against one request per item (the floor without it). */
async function bulkBusiness() {
	const fake = await FakeGhl.start();
	Object.assign(fake.rateLimit, LIMIT);
	const location = fake.store.location('loc_main')!;
	const ids = Array.from(
		{ length: ITEMS },
		(_, i) => createContact(location, { email: `biz${i}@example.com` }).id,
	);
	const harness = new EngineHarness();
	const credentialId = harness.addTokenCredential(fake.url, 'pit-location-main', {
		locationId: 'loc_main',
	});
	const started = Date.now();
	const { items, error } = await harness.runNode(
		{
			type: 'goHighLevelContacts',
			parameters: {
				resource: 'contact',
				operation: 'setBusinessBulk',
				contactId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
				businessId: 'biz_bench',
			},
			credentialId,
			continueOnFail: true,
		},
		ids.map((id) => ({ id })),
	);
	if (error) throw error;
	const wallMs = Date.now() - started;
	const requests = fake.requests.filter((r) => r.path !== '/oauth/token').length;
	const linked = ids.filter(
		(id) =>
			location.collection<{ businessId?: string }>('contacts').get(id)!.businessId === 'biz_bench',
	).length;
	const failed = items.filter((i) => i.json.error || i.json.success === false).length;
	console.log(
		`\nSet Business (Bulk), ${ITEMS} contacts: ${requests} requests (${Math.round((requests / ITEMS) * 1000)} per 1,000 items; one per item would be 1,000: ${ratio(requests, ITEMS, 3)}), ${linked} / ${ITEMS} linked, ${failed} failed, ${(wallMs / 1000).toFixed(1)} s`,
	);
	if (fake.violations.length)
		console.log('Set Business (Bulk): spec violations', [
			...new Set(fake.violations.map((v) => v.message)),
		]);
	await fake.stop();
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
