// Benchmark 5 — footprint: cold load time of all the pack's nodes and credentials in n8n, the published package's
// size, and its runtime dependencies (goal: 0).
//
// Load time is measured the way n8n loads a community package at startup: n8n-core's PackageDirectoryLoader
// (from the n8n 2.40.7 the end-to-end tests install, on its Node 24) runs loadAll() over the package as `npm pack`
// ships it. Each measurement is a fresh process (cold: nothing of the package is in the module cache) in which n8n's
// own modules are already loaded, as they are when n8n reaches its community packages. The baseline is the
// same loader loading n8n's built-in HighLevel node and its credential from n8n-nodes-base.
import './env';

import { execFileSync } from 'child_process';
import {
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	statSync,
	symlinkSync,
	readdirSync,
} from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

import { packageName, repoRoot } from '../test/harness/pack';
import { builtInVersion, formatTable, n8nDir, node24, nodesBaseDir, ratio } from './lib';

const RUNS = Number(process.env.BENCH_LOAD_RUNS ?? 7);

/** Runs in the fresh Node 24 process: n8n's modules first, then the timed load. Prints JSON. */
const LOADER_SCRIPT = `
const [n8nModules, packageDir, nodeFiles, credentialFiles] = process.argv.slice(1).map((a, i) => (i < 2 ? a : JSON.parse(a)));
const { createRequire } = require('module');
const n8nRequire = createRequire(n8nModules + '/');
n8nRequire('n8n-workflow');
const { PackageDirectoryLoader } = n8nRequire('n8n-core');
const started = process.hrtime.bigint();
const loader = new PackageDirectoryLoader(packageDir);
const done = () => {
	const ms = Number(process.hrtime.bigint() - started) / 1e6;
	console.log(JSON.stringify({ ms, nodes: Object.keys(loader.nodeTypes).length, credentials: Object.keys(loader.credentialTypes).length }));
};
if (nodeFiles.length) {
	for (const file of nodeFiles) loader.loadNodeFromFile(file);
	for (const file of credentialFiles) loader.loadCredentialFromFile(file);
	done();
} else {
	loader.loadAll().then(done);
}
`;

function loadOnce(
	packageDir: string,
	nodeFiles: string[] = [],
	credentialFiles: string[] = [],
): { ms: number; nodes: number; credentials: number } {
	const out = execFileSync(
		node24(),
		[
			'-e',
			LOADER_SCRIPT,
			join(n8nDir(), 'node_modules', 'n8n'),
			packageDir,
			JSON.stringify(nodeFiles),
			JSON.stringify(credentialFiles),
		],
		{ env: { ...process.env, NODE_ENV: 'production' }, stdio: ['ignore', 'pipe', 'inherit'] },
	).toString();
	return JSON.parse(out.trim().split('\n').pop()!);
}

const median = (values: number[]) =>
	[...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function sizeOf(
	dir: string,
	keep: (file: string) => boolean = () => true,
): { bytes: number; files: number } {
	let bytes = 0;
	let files = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) {
			const inner = sizeOf(path, keep);
			bytes += inner.bytes;
			files += inner.files;
		} else if (keep(path)) {
			bytes += statSync(path).size;
			files++;
		}
	}
	return { bytes, files };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;

async function main() {
	const work = mkdtempSync(join(tmpdir(), 'ghl-bench-footprint-'));
	try {
		// The package as published: npm pack, unpacked where n8n would install it, n8n-workflow being n8n's own.
		const [pack] = JSON.parse(
			execFileSync('npm', ['pack', '--json', '--loglevel=error', '--pack-destination', work], {
				cwd: repoRoot,
			}).toString(),
		) as Array<{
			filename: string;
			size: number;
			unpackedSize: number;
			entryCount: number;
		}>;
		const installed = join(work, 'node_modules', packageName);
		mkdirSync(installed, { recursive: true });
		execFileSync('tar', [
			'-xzf',
			join(work, pack.filename),
			'-C',
			installed,
			'--strip-components=1',
		]);
		symlinkSync(
			join(n8nDir(), 'node_modules', 'n8n-workflow'),
			join(work, 'node_modules', 'n8n-workflow'),
		);

		const packageJson = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
			dependencies?: Record<string, string>;
			n8n: { nodes: string[]; credentials: string[] };
		};
		const baseDir = nodesBaseDir();
		const baseJson = JSON.parse(readFileSync(join(baseDir, 'package.json'), 'utf8')) as {
			dependencies?: Record<string, string>;
		};
		const builtInNode = 'dist/nodes/HighLevel/HighLevel.node.js';
		const builtInCredential = 'dist/credentials/HighLevelOAuth2Api.credentials.js';

		loadOnce(installed); // first run warms the disk cache only; every run is a new process
		const packRuns = Array.from({ length: RUNS }, () => loadOnce(installed));
		const baseRuns = Array.from({ length: RUNS }, () =>
			loadOnce(baseDir, [builtInNode], [builtInCredential]),
		);
		const packMs = median(packRuns.map((r) => r.ms));
		const baseMs = median(baseRuns.map((r) => r.ms));
		const builtInFiles = sizeOf(
			join(baseDir, 'dist', 'nodes', 'HighLevel'),
			(f) => f.endsWith('.js') || f.endsWith('.json') || f.endsWith('.svg'),
		);
		const builtInCredentialSize = statSync(join(baseDir, builtInCredential)).size;

		console.log(
			`\nFootprint: cold load in n8n 2.40.7's loader (Node 24), median of ${RUNS} fresh processes\n`,
		);
		console.log(
			formatTable([
				{
					what: `${packageName} (all)`,
					nodes: packRuns[0].nodes,
					credentials: packRuns[0].credentials,
					'cold load': `${packMs.toFixed(0)} ms`,
					'per node': `${(packMs / packRuns[0].nodes).toFixed(1)} ms`,
					runs: packRuns.map((r) => r.ms.toFixed(0)).join(' '),
				},
				{
					what: `n8n-nodes-base ${builtInVersion()} HighLevel + its credential`,
					nodes: baseRuns[0].nodes,
					credentials: baseRuns[0].credentials,
					'cold load': `${baseMs.toFixed(0)} ms`,
					'per node': `${(baseMs / baseRuns[0].nodes).toFixed(1)} ms`,
					runs: baseRuns.map((r) => r.ms.toFixed(0)).join(' '),
				},
			]),
		);
		console.log(
			`\nload time pack / built-in: ${ratio(packMs, baseMs)} for ${packRuns[0].nodes} nodes vs 1; per node ${ratio(packMs / packRuns[0].nodes, baseMs)}`,
		);
		console.log('');
		console.log(
			formatTable([
				{
					what: `${packageName} (npm pack)`,
					tarball: kb(pack.size),
					unpacked: kb(pack.unpackedSize),
					files: pack.entryCount,
					'runtime dependencies': Object.keys(packageJson.dependencies ?? {}).length,
				},
				{
					what: `built-in HighLevel in n8n-nodes-base ${builtInVersion()} (.js/.json/.svg of the node + credential)`,
					tarball: 'part of n8n-nodes-base',
					unpacked: kb(builtInFiles.bytes + builtInCredentialSize),
					files: builtInFiles.files + 1,
					'runtime dependencies': `n8n-nodes-base has ${Object.keys(baseJson.dependencies ?? {}).length}`,
				},
			]),
		);
		console.log(
			`\nruntime dependencies of the pack: ${Object.keys(packageJson.dependencies ?? {}).length} (goal 0); peer: n8n-workflow (n8n's own)`,
		);
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
