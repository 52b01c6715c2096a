// Diagnostic for benchmark 4: CPU time (user + system, all threads, n8n and its task runner, from /proc) that n8n
// spends per event, per target, in one n8n: GHL Trigger typeVersion 1, typeVersion 2, and n8n's Webhook node v2.
// Usage: npx tsx bench/cpu-per-event.ts   (BENCH_CPU_EVENTS, default 400, per target and round; 2 rounds)
import './env';
import { generateKeyPairSync, randomUUID, sign } from 'crypto';
import { readdirSync, readFileSync } from 'fs';
import { startN8n } from '../test/e2e/lib/n8n';
import { packageName } from '../test/harness/pack';

const N = Number(process.env.BENCH_CPU_EVENTS ?? 400);
const keys = generateKeyPairSync('ed25519');
const publicPem = keys.publicKey.export({ type: 'spki', format: 'pem' }).toString();
const HOOK1 = 'b3f1c7e2-4a5d-4e8f-9c1b-6d2a8e0f4b71';
const HOOK2 = 'c4e2d8f3-5b6e-4f90-8d2c-7e3b9f1a5c82';
const TICK = 100; // clock ticks per second (getconf CLK_TCK)

function delivery(i: number) {
	const body = Buffer.from(
		JSON.stringify({
			type: 'ContactCreate',
			locationId: 've9EPM428h8vShlRW1KT',
			id: `contact${i}`,
			email: `b${i}@example.com`,
			tags: ['bench'],
			timestamp: new Date().toISOString(),
			webhookId: randomUUID(),
		}),
	);
	return { body, signature: sign(null, body, keys.privateKey).toString('base64') };
}

function pids(userFolder: string): number[] {
	return readdirSync('/proc')
		.filter((e) => /^\d+$/.test(e))
		.filter((e) => {
			try {
				return readFileSync(`/proc/${e}/environ`, 'utf8')
					.split('\0')
					.includes(`N8N_USER_FOLDER=${userFolder}`);
			} catch {
				return false;
			}
		})
		.map(Number);
}
function cpuSeconds(list: number[]): number {
	let ticks = 0;
	for (const pid of list) {
		try {
			const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
			ticks += Number(f[11]) + Number(f[12]);
		} catch {
			/* gone */
		}
	}
	return ticks / TICK;
}

async function fire(url: string, n: number) {
	const ds = Array.from({ length: n }, (_, i) => delivery(i));
	let next = 0;
	const t = Date.now();
	await Promise.all(
		Array.from({ length: 8 }, async () => {
			while (next < n) {
				const d = ds[next++];
				const r = await fetch(url, {
					method: 'POST',
					headers: { 'content-type': 'application/json', 'x-ghl-signature': d.signature },
					body: d.body,
				});
				await r.arrayBuffer();
				if (r.status !== 200) throw new Error(`status ${r.status}`);
			}
		}),
	);
	return n / ((Date.now() - t) / 1000);
}

async function main() {
	const ghl = (id: string, typeVersion: number, webhookId: string) => ({
		id,
		name: id,
		active: false,
		settings: { executionOrder: 'v1' },
		pinData: {},
		connections: {},
		nodes: [
			{
				id: randomUUID(),
				name: 'GHL Trigger',
				type: `${packageName}.goHighLevelTrigger`,
				typeVersion,
				position: [0, 0],
				webhookId,
				parameters: { events: ['*'], options: { ed25519PublicKeys: publicPem } },
			},
		],
	});
	const n8n = await startN8n({
		line: 'v2',
		credentials: [],
		// N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE=true in the environment is passed on: n8n then creates an isolate only
		// when an expression really needs one.
		env: process.env.N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE
			? { N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE: process.env.N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE }
			: {},
		workflows: [
			ghl('cpuGhlTriggerV1x', 1, HOOK1),
			ghl('cpuGhlTriggerV2x', 2, HOOK2),
			{
				id: 'cpuPlainWebhook1',
				name: 'plain',
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
							path: 'plainhook',
							responseMode: 'onReceived',
							options: {},
						},
					},
				],
			},
		],
	});
	const targets: Record<string, string> = {
		'GHL Trigger v1': `${n8n.baseUrl}/webhook/${HOOK1}/webhook`,
		'GHL Trigger v2': `${n8n.baseUrl}/webhook/${HOOK2}/webhook`,
		'Webhook v2': n8n.webhookUrl('plainhook'),
	};
	const procs = pids(n8n.userFolder);
	try {
		for (const url of Object.values(targets))
			for (let i = 0; ; i++) {
				try {
					await fire(url, 1);
					break;
				} catch (e) {
					if (i > 60) throw e;
					await new Promise((r) => setTimeout(r, 500));
				}
			}
		for (const url of Object.values(targets)) await fire(url, 100);
		const results: Record<string, { ms: number[]; rate: number[] }> = {};
		for (let round = 0; round < 2; round++) {
			for (const [name, url] of Object.entries(targets)) {
				const before = cpuSeconds(pids(n8n.userFolder));
				const rate = await fire(url, N);
				const ms = ((cpuSeconds(pids(n8n.userFolder)) - before) / N) * 1000;
				(results[name] ??= { ms: [], rate: [] }).ms.push(ms);
				results[name].rate.push(rate);
				console.log(
					`round ${round + 1} ${name}: ${ms.toFixed(1)} ms CPU per event, ${rate.toFixed(1)} events/s`,
				);
			}
		}
		console.log(JSON.stringify(results));
	} finally {
		await n8n.stop();
		for (const pid of procs) {
			try {
				process.kill(pid, 'SIGKILL');
			} catch {
				/* gone */
			}
		}
	}
}
main().catch((e) => {
	console.error(e);
	process.exit(1);
});
