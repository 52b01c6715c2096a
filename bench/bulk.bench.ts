// Benchmark 1 — bulk under the rate limit: N items → "create or update contact", against the fake enforcing
// GHL's burst limit scaled in time (100 requests per 1 s instead of per 10 s: the same ratio, 10x faster).
// Prints achieved request rate as a share of the allowed rate, failed items, duplicate creates, wall time,
// for this pack's node and for n8n's built-in HighLevel node on the same input, in the same run.
//
// "Share of allowed rate" is accepted requests / wall time / allowed rate. A sliding window lets the first 100
// requests through at once, so a perfect client needs only (ceil(N / 100) - 1) windows: it would score above 100 %.
// "steady share" leaves that first burst out: requests 101..N over the time from the 101st to the last arrival at
// the fake, against 100 / s; a perfect client scores 100 % on it, and "ideal wall" is that perfect client's time.
import './env';

import { EngineHarness } from '../test/harness/engine';
import { packageName } from '../test/harness/pack';
import { FakeGhl } from '../test/fake/server';
import { builtInVersion, formatTable, ratio, registerBuiltInHighLevel } from './lib';

const ITEMS = Number(process.argv[2] ?? 2000);
const LIMIT = { max: 100, intervalMs: 1000 };

interface Outcome {
	node: string;
	items: number;
	ok: number;
	failed: number;
	duplicates: number;
	requests: number;
	rejected429: number;
	wallSeconds: number;
	idealWall: number;
	allowedShare: string;
	steadyShare: string;
}

async function measure(
	label: string,
	run: (
		fake: FakeGhl,
		harness: EngineHarness,
		emails: string[],
	) => Promise<{ ok: number; failed: number; firstError?: string }>,
): Promise<Outcome & { firstError?: string }> {
	const fake = await FakeGhl.start();
	Object.assign(fake.rateLimit, LIMIT);
	const harness = new EngineHarness();
	const emails = Array.from({ length: ITEMS }, (_, i) => `bulk${i}@example.com`);
	const started = Date.now();
	const { ok, failed, firstError } = await run(fake, harness, emails);
	const wallSeconds = (Date.now() - started) / 1000;
	const contacts = [
		...fake.store.location('loc_main')!.collection<{ email?: string }>('contacts').values(),
	];
	const byEmail = new Map<string, number>();
	for (const c of contacts) if (c.email) byEmail.set(c.email, (byEmail.get(c.email) ?? 0) + 1);
	const duplicates = [...byEmail.values()].reduce((sum, n) => sum + Math.max(0, n - 1), 0);
	const accepted = fake.requests.filter((r) => r.status >= 200 && r.status < 300).length;
	const otherFailures = new Map<string, number>();
	for (const r of fake.requests.filter((r) => r.status >= 400 && r.status !== 429)) {
		const key = `${r.status} ${r.method} ${r.path}`;
		otherFailures.set(key, (otherFailures.get(key) ?? 0) + 1);
	}
	const violations = [...new Set(fake.violations.map((v) => v.message))];
	if (otherFailures.size)
		console.log(
			`${label}: non-429 failures`,
			Object.fromEntries(otherFailures),
			violations.length ? `spec violations: ${violations.join('; ')}` : '',
		);
	const allowed = (LIMIT.max / LIMIT.intervalMs) * 1000;
	const arrivals = fake.requests
		.filter((r) => r.status >= 200 && r.status < 300)
		.map((r) => r.at)
		.sort((a, b) => a - b);
	const steady =
		arrivals.length > LIMIT.max + 1
			? (arrivals.length - 1 - LIMIT.max) /
				((arrivals[arrivals.length - 1] - arrivals[LIMIT.max]) / 1000)
			: NaN;
	await fake.stop();
	return {
		node: label,
		items: ITEMS,
		ok,
		failed,
		duplicates,
		requests: fake.requests.length,
		rejected429: fake.requests.filter((r) => r.status === 429).length,
		wallSeconds: Number(wallSeconds.toFixed(1)),
		idealWall: ((Math.ceil(ITEMS / LIMIT.max) - 1) * LIMIT.intervalMs) / 1000,
		allowedShare: `${((accepted / wallSeconds / allowed) * 100).toFixed(1)} %`,
		// Only a run that sent every item paced is measured in steady state; bursts that were refused are not.
		steadyShare:
			Number.isFinite(steady) && failed === 0
				? `${((steady / allowed) * 100).toFixed(1)} %`
				: 'n/a',
		firstError,
	};
}

async function main() {
	const ours = await measure(
		`${packageName} Contacts: create or update`,
		async (fake, harness, emails) => {
			const pit = harness.addTokenCredential(fake.url, 'pit-location-main', {
				locationId: 'loc_main',
			});
			const { items, error } = await harness.runNode(
				{
					type: 'goHighLevelContacts',
					parameters: {
						resource: 'contact',
						operation: 'upsert',
						fields: { email: '={{ $json.email }}' },
					},
					credentialId: pit,
					continueOnFail: true,
				},
				emails.map((email) => ({ email })),
			);
			if (error) throw error;
			const failed = items.filter((i) => i.json.error).length;
			return { ok: items.length - failed, failed };
		},
	);

	const builtIn = await measure(
		`n8n-nodes-base HighLevel v2 (${builtInVersion()}): contact create`,
		async (fake, harness, emails) => {
			const credentialId = registerBuiltInHighLevel(harness, fake);
			// Continue On Fail on, so the run goes through every item and the failures can be counted.
			const { items } = await harness.runNode(
				{
					type: 'n8n-nodes-base.highLevel',
					parameters: {
						resource: 'contact',
						operation: 'create',
						email: '={{ $json.email }}',
						additionalFields: {},
					},
					credentialId,
					continueOnFail: true,
					typeVersion: 2,
				},
				emails.map((email) => ({ email })),
			);
			const failed = items.filter((i) => i.json.error).length;
			const first = items.find((i) => i.json.error)?.json;
			return {
				ok: items.length - failed,
				failed,
				firstError: first ? `${first.error} ${first.description ?? ''}`.trim() : undefined,
			};
		},
	);

	console.log(
		`\nBulk create-or-update of ${ITEMS} contacts, fake limit ${LIMIT.max} requests / ${LIMIT.intervalMs} ms\n`,
	);
	const { firstError: _ours, ...oursRow } = ours;
	const { firstError, ...builtInRow } = builtIn;
	console.log(formatTable([oursRow, builtInRow] as never));
	if (firstError) console.log(`\nbuilt-in node, first failed item: ${firstError}`);
	console.log(
		`\nok items pack / built-in: ${ratio(ours.ok, builtIn.ok)}; failed items pack ${ours.failed} vs built-in ${builtIn.failed}; duplicates pack ${ours.duplicates} vs built-in ${builtIn.duplicates}`,
	);
	console.log('Goal: share of allowed rate >= 95 %, 0 failed, 0 duplicates.');
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
