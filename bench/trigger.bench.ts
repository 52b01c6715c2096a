// Benchmark 4 — Trigger throughput: events per second a real n8n (2.40.7, the one the end-to-end tests install)
// sustains through this pack's GHL Trigger with Ed25519 verification, against n8n's plain Webhook node receiving
// the same signed payloads (goal: ratio ≥ 0.9), the trigger at typeVersion 2 (see bench/README.md section 4 for
// why). Plus the cost of the signature check alone, per event.
//
// Every workflow is a single trigger node answering on receipt (as GHL wants: it does not retry on 5xx, so a
// webhook must answer fast); n8n saves every execution (its default), the same for all. A third workflow locates
// the cost: the GHL Trigger getting deliveries without webhookId, so its replay memory (static data) stays empty.
import './env';

import { generateKeyPairSync, randomUUID, sign } from 'crypto';
import { execFileSync } from 'child_process';
import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';

import { parsePublicKeys, verifyEd25519 } from '../nodes/GoHighLevelTrigger/signature';
import { packageName, repoRoot } from '../test/harness/pack';
import { startN8n } from '../test/e2e/lib/n8n';
import { formatTable, ratio } from './lib';

const EVENTS = Number(process.env.BENCH_TRIGGER_EVENTS ?? 200);
const CONCURRENCY = Number(process.env.BENCH_TRIGGER_CONCURRENCY ?? 8);
const ROUNDS = 3;
const GHL_WEBHOOK_ID = 'b3f1c7e2-4a5d-4e8f-9c1b-6d2a8e0f4b71';
const NO_REPLAY_WEBHOOK_ID = 'c4e2d8f3-5b6e-4f90-8d2c-7e3b9f1a5c82';
const PLAIN_PATH = 'bench-plain-webhook';

const keys = generateKeyPairSync('ed25519');
const publicPem = keys.publicKey.export({ type: 'spki', format: 'pem' }).toString();

interface Delivery {
	body: Buffer;
	signature: string;
}

/** A ContactCreate event as GHL documents it, fresh (own webhookId, current timestamp), signed over its bytes. */
function delivery(i: number, withWebhookId = true): Delivery {
	const event = {
		type: 'ContactCreate',
		locationId: 've9EPM428h8vShlRW1KT',
		id: `contact${i}`,
		email: `bench${i}@example.com`,
		firstName: 'Bench',
		lastName: `Contact ${i}`,
		name: `Bench Contact ${i}`,
		phone: '+14155550100',
		tags: ['bench'],
		country: 'US',
		dateAdded: new Date().toISOString(),
		timestamp: new Date().toISOString(),
		...(withWebhookId ? { webhookId: randomUUID() } : {}),
	};
	const body = Buffer.from(JSON.stringify(event), 'utf8');
	return { body, signature: sign(null, body, keys.privateKey).toString('base64') };
}

/** POSTs every delivery with `concurrency` requests in flight; events/s over the whole batch. */
async function fire(
	url: string,
	deliveries: Delivery[],
	concurrency: number,
): Promise<{ perSecond: number; failed: number; statuses: Record<number, number> }> {
	let next = 0;
	let failed = 0;
	const statuses: Record<number, number> = {};
	const started = process.hrtime.bigint();
	await Promise.all(
		Array.from({ length: concurrency }, async () => {
			while (next < deliveries.length) {
				const d = deliveries[next++];
				const response = await fetch(url, {
					method: 'POST',
					headers: { 'content-type': 'application/json', 'x-ghl-signature': d.signature },
					body: d.body,
				});
				await response.arrayBuffer();
				statuses[response.status] = (statuses[response.status] ?? 0) + 1;
				if (response.status !== 200) failed++;
			}
		}),
	);
	const seconds = Number(process.hrtime.bigint() - started) / 1e9;
	return { perSecond: deliveries.length / seconds, failed, statuses };
}

/** The check alone, as the trigger does it per delivery: decode the header, verify Ed25519 over the raw bytes. */
function verificationCost(): { microseconds: number; valid: number } {
	const parsed = parsePublicKeys(publicPem, 'ed25519').keys!;
	const deliveries = Array.from({ length: 2000 }, (_, i) => delivery(i));
	for (const d of deliveries.slice(0, 200)) verifyEd25519(d.body, d.signature, parsed); // warm-up
	let valid = 0;
	const started = process.hrtime.bigint();
	for (const d of deliveries) if (verifyEd25519(d.body, d.signature, parsed)) valid++;
	const ns = Number(process.hrtime.bigint() - started);
	return { microseconds: ns / deliveries.length / 1000, valid };
}

async function ready(url: string, logs: () => string, withWebhookId = true): Promise<void> {
	const deadline = Date.now() + 60_000;
	for (;;) {
		const d = delivery(0, withWebhookId);
		const response = await fetch(url, {
			method: 'POST',
			headers: { 'content-type': 'application/json', 'x-ghl-signature': d.signature },
			body: d.body,
		});
		await response.arrayBuffer();
		if (response.status === 200) return;
		if (Date.now() > deadline)
			throw new Error(`${url} answers ${response.status}:\n${logs().slice(-3000)}`);
		await new Promise((r) => setTimeout(r, 500));
	}
}

/** The n8n processes serving this user folder (n8n and its task runner), found by their environment. */
function n8nPids(userFolder: string): number[] {
	const pids: number[] = [];
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			if (
				readFileSync(`/proc/${entry}/environ`, 'utf8')
					.split('\0')
					.includes(`N8N_USER_FOLDER=${userFolder}`)
			)
				pids.push(Number(entry));
		} catch {
			// gone, or not ours to read
		}
	}
	return pids;
}

/** Whatever of this run's n8n is still alive after stop() is killed, by pid. */
function killLeftovers(pids: number[]): void {
	for (const pid of pids) {
		try {
			process.kill(pid, 'SIGKILL');
		} catch {
			// already gone
		}
	}
}

type Target = 'ghl' | 'ghlNoReplay' | 'plain';

const median = (values: number[]) =>
	[...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main() {
	if (!existsSync(join(repoRoot, 'dist', 'nodes')))
		execFileSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: 'inherit' });
	const n8n = await startN8n({
		line: 'v2',
		credentials: [],
		workflows: [
			{
				id: 'benchGhlTrigger01',
				name: 'bench GHL Trigger',
				active: false,
				settings: { executionOrder: 'v1' },
				pinData: {},
				connections: {},
				nodes: [
					{
						id: randomUUID(),
						name: 'GHL Trigger',
						type: `${packageName}.goHighLevelTrigger`,
						typeVersion: 2,
						position: [0, 0],
						webhookId: GHL_WEBHOOK_ID,
						parameters: { events: ['*'], options: { ed25519PublicKeys: publicPem } },
					},
				],
			},
			{
				// The same trigger in a workflow of its own that only ever gets deliveries without webhookId: its static
				// data (the replay memory) stays empty, so n8n neither loads nor saves any.
				id: 'benchGhlNoReplay1',
				name: 'bench GHL Trigger, no replay memory',
				active: false,
				settings: { executionOrder: 'v1' },
				pinData: {},
				connections: {},
				nodes: [
					{
						id: randomUUID(),
						name: 'GHL Trigger',
						type: `${packageName}.goHighLevelTrigger`,
						typeVersion: 2,
						position: [0, 0],
						webhookId: NO_REPLAY_WEBHOOK_ID,
						parameters: { events: ['*'], options: { ed25519PublicKeys: publicPem } },
					},
				],
			},
			{
				id: 'benchPlainHook01',
				name: 'bench plain Webhook',
				active: false,
				settings: { executionOrder: 'v1' },
				pinData: {},
				connections: {},
				nodes: [
					{
						id: randomUUID(),
						name: 'Webhook',
						type: 'n8n-nodes-base.webhook',
						typeVersion: 2,
						position: [0, 0],
						webhookId: randomUUID(),
						parameters: {
							httpMethod: 'POST',
							path: PLAIN_PATH,
							responseMode: 'onReceived',
							options: {},
						},
					},
				],
			},
		],
	});
	const targets: Record<Target, string> = {
		ghl: `${n8n.baseUrl}/webhook/${GHL_WEBHOOK_ID}/webhook`,
		ghlNoReplay: `${n8n.baseUrl}/webhook/${NO_REPLAY_WEBHOOK_ID}/webhook`,
		plain: n8n.webhookUrl(PLAIN_PATH),
	};
	const results: Record<Target, number[]> = { ghl: [], ghlNoReplay: [], plain: [] };
	const pids = n8nPids(n8n.userFolder);
	const failures: Record<Target, number> = { ghl: 0, ghlNoReplay: 0, plain: 0 };
	try {
		// n8n answers /healthz before every published workflow's webhook is registered: wait for both.
		for (const target of ['ghl', 'plain'] as const) await ready(targets[target], n8n.logs);
		await ready(targets.ghlNoReplay, n8n.logs, false);
		// Warm-up: first executions compile and cache what n8n loads lazily.
		for (const target of ['ghl', 'ghlNoReplay', 'plain'] as const)
			await fire(
				targets[target],
				Array.from({ length: 100 }, (_, i) => delivery(i, target !== 'ghlNoReplay')),
				CONCURRENCY,
			);
		for (let round = 0; round < ROUNDS; round++) {
			// Rotating the order, so drift of the machine (other load, n8n's database growing) hits all alike.
			const order: Target[] = ['ghl', 'plain', 'ghlNoReplay'];
			for (const target of [
				...order.slice(round % order.length),
				...order.slice(0, round % order.length),
			]) {
				const deliveries = Array.from({ length: EVENTS }, (_, i) =>
					delivery(i, target !== 'ghlNoReplay'),
				);
				const { perSecond, failed, statuses } = await fire(
					targets[target],
					deliveries,
					CONCURRENCY,
				);
				results[target].push(perSecond);
				failures[target] += failed;
				if (failed) console.log(`${target} round ${round + 1}: statuses`, statuses);
			}
		}
	} finally {
		await n8n.stop();
		killLeftovers(pids);
	}
	const cost = verificationCost();
	const ghl = median(results.ghl);
	const ghlNoReplay = median(results.ghlNoReplay);

	const plain = median(results.plain);
	console.log(
		`\nTrigger throughput in a real n8n 2.40.7: ${ROUNDS} rounds of ${EVENTS} signed ContactCreate events per node, ${CONCURRENCY} in flight\n`,
	);
	console.log(
		formatTable([
			{
				node: `${packageName} GHL Trigger (Ed25519 + replay check)`,
				'events/s (median)': ghl.toFixed(0),
				rounds: results.ghl.map((r) => r.toFixed(0)).join(' / '),
				'non-200': failures.ghl,
			},
			{
				node: 'GHL Trigger (Ed25519), deliveries without webhookId: no replay memory',
				'events/s (median)': ghlNoReplay.toFixed(0),
				rounds: results.ghlNoReplay.map((r) => r.toFixed(0)).join(' / '),
				'non-200': failures.ghlNoReplay,
			},
			{
				node: 'n8n-nodes-base Webhook v2 (no check)',
				'events/s (median)': plain.toFixed(0),
				rounds: results.plain.map((r) => r.toFixed(0)).join(' / '),
				'non-200': failures.plain,
			},
		]),
	);
	console.log(`\nratio GHL Trigger / plain Webhook: ${ratio(ghl, plain)} (goal ≥ 0.90)`);
	console.log(
		`ratio GHL Trigger without the replay memory / plain Webhook: ${ratio(ghlNoReplay, plain)}`,
	);
	console.log(
		`Ed25519 verification alone: ${cost.microseconds.toFixed(1)} µs per event (${cost.valid} of 2000 valid), ` +
			`${((cost.microseconds / 1000 / (1000 / plain)) * 100).toFixed(1)} % of the time n8n spends per event at the plain Webhook's rate`,
	);
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
