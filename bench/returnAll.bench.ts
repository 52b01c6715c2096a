// Benchmark 2 — Return All at scale: 10,000 contacts and 10,000 opportunities read with "Return All", by this
// pack's nodes and by n8n's built-in HighLevel node, through n8n's engine against the fake (rate limit scaled to
// 100 requests / 1 s). Prints requests sent against the minimum ceil(N / page size), records returned, wall time,
// and the peak memory of the process that ran the node.
//
// Each run happens in a child process of its own (this file with --child), so memory figures are not mixed up with
// the fake's (which holds the 20,000 records and serialises the pages) nor with the previous run's garbage.
import './env';

import { spawn } from 'child_process';

import { createContact } from '../test/fake/handlers/contacts';
import { addPipeline, createOpportunity } from '../test/fake/handlers/opportunities';
import { issueTokens } from '../test/fake/handlers/oauth';
import { FakeGhl } from '../test/fake/server';
import { packageName } from '../test/harness/pack';
import { builtInVersion, formatTable, mb, ratio } from './lib';

const N = Number(process.env.BENCH_RETURN_ALL_N ?? 10_000);
const PAGE = 100;
const LIMIT = { max: 100, intervalMs: 1000 };

type Resource = 'contacts' | 'opportunities';
type Node = 'pack' | 'builtin';

interface ChildInput {
	node: Node;
	resource: Resource;
	fakeUrl: string;
	tokens?: object;
}

interface ChildOutput {
	items: number;
	error?: string;
	wallMs: number;
	rssDelta: number;
	heapDelta: number;
	peakRss: number;
	maxRss: number;
}

async function child(input: ChildInput): Promise<void> {
	const { EngineHarness } = await import('../test/harness/engine');
	const { registerBuiltInWithTokens, withMemoryPeak } = await import('./lib');
	const harness = new EngineHarness();
	let node;
	if (input.node === 'pack') {
		const credentialId = harness.addTokenCredential(input.fakeUrl, 'pit-location-main', {
			locationId: 'loc_main',
		});
		node =
			input.resource === 'contacts'
				? {
						type: 'goHighLevelContacts',
						parameters: { resource: 'contact', operation: 'getMany', returnAll: true },
						credentialId,
					}
				: {
						type: 'goHighLevelOpportunities',
						parameters: {
							resource: 'opportunity',
							operation: 'getMany',
							returnAll: true,
							simplify: false,
						},
						credentialId,
					};
	} else {
		const credentialId = registerBuiltInWithTokens(harness, input.fakeUrl, input.tokens!);
		node = {
			type: 'n8n-nodes-base.highLevel',
			typeVersion: 2,
			parameters: {
				resource: input.resource === 'contacts' ? 'contact' : 'opportunity',
				operation: 'getAll',
				returnAll: true,
			},
			credentialId,
		};
	}
	const started = Date.now();
	const { result, rssDelta, heapDelta, peakRss } = await withMemoryPeak(() =>
		harness.runNode(node),
	);
	const output: ChildOutput = {
		items: result.items.length,
		error: result.error
			? `${result.error.message}${result.error.description ? ` (${result.error.description})` : ''}`
			: undefined,
		wallMs: Date.now() - started,
		rssDelta,
		heapDelta,
		peakRss,
		maxRss: process.resourceUsage().maxRSS * 1024,
	};
	process.stdout.write(`\nRESULT ${JSON.stringify(output)}\n`);
}

function runChild(input: ChildInput): Promise<ChildOutput> {
	return new Promise((resolve, reject) => {
		const proc = spawn(
			process.execPath,
			[...process.execArgv, '--expose-gc', __filename, '--child', JSON.stringify(input)],
			{
				stdio: ['ignore', 'pipe', 'inherit'],
				env: process.env,
			},
		);
		let out = '';
		proc.stdout.on('data', (d) => (out += d));
		const timer = setTimeout(() => proc.kill('SIGKILL'), 300_000);
		proc.on('exit', (code) => {
			clearTimeout(timer);
			const line = out.split('\n').find((l) => l.startsWith('RESULT '));
			if (!line)
				return reject(
					new Error(
						`child ${input.node} ${input.resource} exited ${code} without a result:\n${out}`,
					),
				);
			resolve(JSON.parse(line.slice('RESULT '.length)) as ChildOutput);
		});
	});
}

function seed(fake: FakeGhl): void {
	const location = fake.store.location('loc_main')!;
	const pipeline = addPipeline(location, 'Bench', ['New', 'Won']);
	for (let i = 0; i < N; i++) {
		const contact = createContact(location, {
			firstName: `Bench${i}`,
			lastName: 'Contact',
			email: `bench${i}@example.com`,
			phone: `+1415555${String(i).padStart(4, '0')}`,
			tags: ['bench'],
		});
		createOpportunity(location, {
			name: `Deal ${i}`,
			pipelineId: pipeline.id,
			contactId: contact.id,
			monetaryValue: i,
		});
	}
}

async function main() {
	const fake = await FakeGhl.start();
	Object.assign(fake.rateLimit, LIMIT);
	seed(fake);
	const minimum = Math.ceil(N / PAGE);
	const rows: Array<Record<string, string | number>> = [];
	const figures: Record<
		string,
		{ requests: number; wallMs: number; rssDelta: number; items: number }
	> = {};
	for (const resource of ['contacts', 'opportunities'] as Resource[]) {
		for (const node of ['pack', 'builtin'] as Node[]) {
			fake.resetLog();
			const tokens =
				node === 'builtin'
					? issueTokens(fake, {
							kind: 'location',
							locationId: 'loc_main',
							companyId: 'company_main',
						})
					: undefined;
			const out = await runChild({ node, resource, fakeUrl: fake.url, tokens });
			const requests = fake.requests.filter((r) => r.path !== '/oauth/token');
			const failed = requests.filter((r) => r.status >= 400);
			const failures = [...new Set(failed.map((r) => `${r.status}`))].join(',');
			figures[`${node}-${resource}`] = {
				requests: requests.length,
				wallMs: out.wallMs,
				rssDelta: out.rssDelta,
				items: out.items,
			};
			rows.push({
				resource,
				node: node === 'pack' ? packageName : `n8n-nodes-base ${builtInVersion()} HighLevel v2`,
				records: `${out.items} / ${N}`,
				requests: requests.length,
				minimum,
				'requests/min': (requests.length / minimum).toFixed(2),
				'failed req': failed.length ? `${failed.length} (${failures})` : 0,
				wall: `${(out.wallMs / 1000).toFixed(1)} s`,
				'peak RSS delta': mb(out.rssDelta),
				'peak heap delta': mb(out.heapDelta),
				'process peak RSS': mb(out.maxRss),
				outcome: out.error ? `error: ${out.error.slice(0, 120)}` : 'ok',
			});
		}
	}
	await fake.stop();
	console.log(
		`\nReturn All over ${N} contacts and ${N} opportunities (page size ${PAGE}), fake limit ${LIMIT.max} requests / ${LIMIT.intervalMs} ms`,
	);
	console.log(
		"Memory: the node runs in a child process running n8n's engine in-process (not a full n8n server): peak over its pre-run RSS / heap, sampled every 5 ms.\n",
	);
	console.log(formatTable(rows));
	console.log('');
	for (const resource of ['contacts', 'opportunities'] as Resource[]) {
		const pack = figures[`pack-${resource}`];
		const builtIn = figures[`builtin-${resource}`];
		if (builtIn.items < N) {
			console.log(
				`${resource}: pack returned ${pack.items} of ${N} in ${pack.requests} requests (minimum ${minimum}); the built-in node stopped after ` +
					`${builtIn.items} records and ${builtIn.requests} requests, so its wall time and memory are not comparable at this scale.`,
			);
		} else {
			console.log(
				`${resource}: requests pack/built-in ${ratio(pack.requests, builtIn.requests)}; wall pack/built-in ${ratio(pack.wallMs, builtIn.wallMs)}; ` +
					`peak RSS delta pack/built-in ${ratio(pack.rssDelta, builtIn.rssDelta)}`,
			);
		}
	}
}

const childIndex = process.argv.indexOf('--child');
(childIndex >= 0 ? child(JSON.parse(process.argv[childIndex + 1]) as ChildInput) : main()).catch(
	(error) => {
		console.error(error);
		process.exit(1);
	},
);
