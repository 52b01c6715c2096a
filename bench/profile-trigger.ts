// Diagnostic for benchmark 4: runs n8n under `node --cpu-prof`, fires N signed events at ONE target, stops n8n
// (the profile is written at exit). Usage: PROFILE_TARGET=ghl|plain PROFILE_DIR=/tmp/x npx tsx bench/profile-trigger.ts
import './env';
import { generateKeyPairSync, randomUUID, sign } from 'crypto';
import { startN8n } from '../test/e2e/lib/n8n';
import { packageName } from '../test/harness/pack';

const target = process.env.PROFILE_TARGET ?? 'ghl';
const dir = process.env.PROFILE_DIR ?? '/tmp/ghlprof';
const N = Number(process.env.PROFILE_EVENTS ?? 1500);
const keys = generateKeyPairSync('ed25519');
const publicPem = keys.publicKey.export({ type: 'spki', format: 'pem' }).toString();
const HOOK = 'b3f1c7e2-4a5d-4e8f-9c1b-6d2a8e0f4b71';

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

async function fire(url: string, n: number) {
	let next = 0;
	const t = Date.now();
	await Promise.all(
		Array.from({ length: 8 }, async () => {
			while (next++ < n) {
				const d = delivery(next);
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
	const node =
		target === 'plain'
			? {
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
				}
			: {
					id: randomUUID(),
					name: 'GHL Trigger',
					type: `${packageName}.goHighLevelTrigger`,
					typeVersion: Number(process.env.PROFILE_TYPE_VERSION ?? 2),
					position: [0, 0],
					webhookId: HOOK,
					parameters: { events: ['*'], options: { ed25519PublicKeys: publicPem } },
				};
	const n8n = await startN8n({
		line: 'v2',
		credentials: [],
		env: { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${dir}` },
		workflows: [
			{
				id: 'profWorkflow00001',
				name: 'prof',
				active: false,
				settings: { executionOrder: 'v1' },
				pinData: {},
				connections: {},
				nodes: [node],
			},
		],
	});
	const url =
		target === 'plain' ? n8n.webhookUrl('plainhook') : `${n8n.baseUrl}/webhook/${HOOK}/webhook`;
	try {
		for (let i = 0; ; i++) {
			try {
				await fire(url, 1);
				break;
			} catch (e) {
				if (i > 60) throw e;
				await new Promise((r) => setTimeout(r, 500));
			}
		}
		console.log('warm', (await fire(url, 200)).toFixed(1));
		console.log('measured events/s', (await fire(url, N)).toFixed(1));
	} finally {
		await n8n.stop();
	}
}
main().catch((e) => {
	console.error(e);
	process.exit(1);
});
