// Benchmark 6 — pacing at GHL's REAL burst window (100 requests / 10 s per sub-account, not scaled in time).
// N plain Contacts → Create items (not upsert, so a create sent twice would show as a duplicate contact) go to one
// sub-account of the fake, which enforces 100 / 10 s with GHL's X-RateLimit-* headers and answers 429 above it.
//
// Runs, each in fresh child processes (an n8n engine per process, as n8n's queue-mode workers are):
//   1. one process, 8 concurrent executions
//   2. two processes × 8 executions, pacing from GHL's headers only (Rate Limit Share 100 %)
//   3. two processes × 8 executions, Rate Limit Share 50 % each
// Prints: share of the allowed rate, 429 answers, lost items, failed items, duplicated creates.
//
// "Share of the allowed rate" is the pacing's: GHL's window is sliding, so each of its 100 slots can take a request
// every 10 s. The slot reuse lag is how much later than that the request 100 places on arrived at GHL (mean over the
// run); the share is 10 s / (10 s + lag). "incl. last burst" is the plain figure: creates accepted beyond the first
// 100, over the time from the first acceptance to the last, against 100 / 10 s; it also counts as lost the time n8n
// needs to send a burst of 100 (8 executions, each sending its items one after the other), which is not pacing.
//
//   npx tsx bench/rateLimit.bench.ts [items=1000] [runs=1,2,3]
import './env';

import { spawn } from 'child_process';

import { EngineHarness } from '../test/harness/engine';
import { FakeGhl } from '../test/fake/server';
import { formatTable } from './lib';

const ITEMS = Number(process.argv[2] ?? 1000);
const RUNS = (process.argv[3] ?? '1,2,3').split(',').map(Number);
const EXECUTIONS_PER_PROCESS = 8;
const WINDOW = { max: 100, intervalMs: 10_000 };

interface ChildInput {
	url: string;
	emails: string[];
	executions: number;
	share: number;
}
interface ChildResult {
	outputs: number;
	ok: number;
	failed: number;
	firstError?: string;
}

async function child(input: ChildInput): Promise<void> {
	const harness = new EngineHarness();
	const credentialId = harness.addCredential({
		id: 'pit-bench',
		name: 'PIT',
		type: 'goHighLevelApi',
		data: {
			accessToken: 'pit-location-main',
			accountType: 'location',
			locationId: 'loc_main',
			baseUrl: input.url,
			rateLimitShare: input.share,
		},
	});
	const slices: string[][] = Array.from({ length: input.executions }, () => []);
	input.emails.forEach((email, i) => slices[i % input.executions].push(email));
	const runs = await Promise.all(
		slices.map((emails) =>
			harness.runNode(
				{
					type: 'goHighLevelContacts',
					parameters: {
						resource: 'contact',
						operation: 'create',
						fields: { email: '={{ $json.email }}', firstName: 'Bench' },
					},
					credentialId,
					continueOnFail: true,
				},
				emails.map((email) => ({ email })),
			),
		),
	);
	const result: ChildResult = { outputs: 0, ok: 0, failed: 0 };
	for (const { items, error } of runs) {
		if (error) result.firstError ??= error.message;
		result.outputs += items.length;
		for (const item of items) {
			if (item.json.error) {
				result.failed++;
				result.firstError ??= String(item.json.error);
			} else result.ok++;
		}
	}
	process.stdout.write(`\nRESULT ${JSON.stringify(result)}\n`);
}

function runChild(input: ChildInput): Promise<ChildResult> {
	return new Promise((resolve, reject) => {
		const proc = spawn(
			process.execPath,
			[...process.execArgv, __filename, '--child', JSON.stringify(input)],
			{
				stdio: ['ignore', 'pipe', 'inherit'],
				env: process.env,
			},
		);
		let out = '';
		proc.stdout.on('data', (chunk) => (out += chunk));
		proc.on('error', reject);
		proc.on('exit', (code) => {
			const line = out.split('\n').find((l) => l.startsWith('RESULT '));
			if (!line) return reject(new Error(`child exited ${code} without a result:\n${out}`));
			resolve(JSON.parse(line.slice('RESULT '.length)) as ChildResult);
		});
	});
}

async function measure(label: string, processes: number, share: number) {
	const fake = await FakeGhl.start();
	Object.assign(fake.rateLimit, WINDOW);
	const emails = Array.from({ length: ITEMS }, (_, i) => `pace${i}@example.com`);
	const perProcess: string[][] = Array.from({ length: processes }, () => []);
	emails.forEach((email, i) => perProcess[i % processes].push(email));
	const results = await Promise.all(
		perProcess.map((slice) =>
			runChild({ url: fake.url, emails: slice, executions: EXECUTIONS_PER_PROCESS, share }),
		),
	);
	const creates = fake.requestsTo('POST', '/contacts/');
	const accepted = creates
		.filter((r) => r.status === 201)
		.map((r) => r.at)
		.sort((a, b) => a - b);
	const span = accepted[accepted.length - 1] - accepted[0];
	const steady =
		accepted.length > WINDOW.max && span > 0 ? (accepted.length - WINDOW.max) / (span / 1000) : NaN;
	// How long after GHL's window freed a slot the next request reached it: the request 100 places later arrived
	// this long after a full interval (0 for a perfect client).
	const lags = accepted.slice(WINDOW.max).map((t, i) => t - accepted[i] - WINDOW.intervalMs);
	const meanLag = lags.length ? lags.reduce((a, b) => a + b, 0) / lags.length : NaN;
	const allowedPerSecond = (WINDOW.max / WINDOW.intervalMs) * 1000;
	const byEmail = new Map<string, number>();
	for (const c of fake.store
		.location('loc_main')!
		.collection<{ email?: string }>('contacts')
		.values()) {
		if (c.email?.startsWith('pace')) byEmail.set(c.email, (byEmail.get(c.email) ?? 0) + 1);
	}
	const duplicates = [...byEmail.values()].reduce((sum, n) => sum + Math.max(0, n - 1), 0);
	const outputs = results.reduce((s, r) => s + r.outputs, 0);
	const failed = results.reduce((s, r) => s + r.failed, 0);
	const rejected = fake.requests.filter((r) => r.status === 429).length;
	const firstAt = fake.requests[0]?.at ?? 0;
	const rejectedFirstWindow = fake.requests.filter(
		(r) => r.status === 429 && r.at < firstAt + WINDOW.intervalMs,
	).length;
	const firstError = results.find((r) => r.firstError)?.firstError;
	await fake.stop();
	return {
		run: label,
		items: ITEMS,
		'share of allowed rate': `${((WINDOW.intervalMs / (WINDOW.intervalMs + meanLag)) * 100).toFixed(1)} %`,
		'incl. last burst': Number.isFinite(steady)
			? `${((steady / allowedPerSecond) * 100).toFixed(1)} %`
			: 'n/a',
		'429 answers': `${rejected} of ${fake.requests.length} (${((rejected / fake.requests.length) * 100).toFixed(2)} %)`,
		'429 in the first window': rejectedFirstWindow,
		'slot reuse lag': `${meanLag.toFixed(0)} ms`,
		'lost items': ITEMS - outputs,
		'failed items': failed,
		'duplicated creates': duplicates,
		'contacts created': byEmail.size,
		wall: `${((accepted[accepted.length - 1] - accepted[0]) / 1000).toFixed(1)} s`,
		...(firstError ? { 'first error': firstError } : {}),
	};
}

async function main() {
	const rows = [];
	const plan: Record<number, [string, number, number]> = {
		1: [`1 process × ${EXECUTIONS_PER_PROCESS} executions`, 1, 100],
		2: [`2 processes × ${EXECUTIONS_PER_PROCESS}, headers only`, 2, 100],
		3: [`2 processes × ${EXECUTIONS_PER_PROCESS}, Rate Limit Share 50 %`, 2, 50],
	};
	for (const run of RUNS) {
		const [label, processes, share] = plan[run];
		const row = await measure(label, processes, share);
		console.log(JSON.stringify(row));
		rows.push(row);
	}
	console.log(
		`\nContacts → Create × ${ITEMS} at GHL's real window (${WINDOW.max} requests / ${WINDOW.intervalMs / 1000} s, one sub-account)\n`,
	);
	console.log(formatTable(rows.map(({ 'first error': _e, ...r }) => r) as never));
	console.log(
		'\nGoals: one process >= 95 % with 0 answers 429; two processes >= 90 % with <= 1 % 429; always 0 lost, 0 duplicated.',
	);
}

const childIndex = process.argv.indexOf('--child');
(childIndex >= 0 ? child(JSON.parse(process.argv[childIndex + 1]) as ChildInput) : main()).catch(
	(error) => {
		console.error(error);
		process.exit(1);
	},
);
