#!/usr/bin/env node
// Runs n8n's community-package scanner (@n8n/scan-community-package) on this package before it is published:
// the tarball leg on what `npm pack` ships (compiled JS + package.json) and the source leg on the TypeScript
// sources, with the same ESLint rules n8n's verification uses. The registry and provenance checks of the
// scanner's CLI need a published package and are not run here.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
	analyzePackage,
	SOURCE_FILE_PATTERNS,
} from '@n8n/scan-community-package/scanner/scanner.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const work = mkdtempSync(join(tmpdir(), 'ghl-scan-'));
try {
	execFileSync('npm', ['pack', '--loglevel=error', '--pack-destination', work], {
		cwd: root,
		stdio: ['ignore', 'ignore', 'inherit'],
	});
	const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'));
	const unpacked = join(work, 'package');
	execFileSync('tar', ['-xzf', join(work, tarball), '-C', work]);

	let failed = false;
	for (const [label, dir, patterns] of [
		['packed tarball', unpacked, ['**/*.js', 'package.json']],
		['TypeScript source', root, SOURCE_FILE_PATTERNS],
	]) {
		const result = await analyzePackage(dir, patterns);
		console.log(
			`${result.passed ? 'PASS' : 'FAIL'} scan of the ${label}${result.message ? `: ${result.message}` : ''}`,
		);
		if (result.details) console.log(result.details);
		failed ||= !result.passed;
	}
	process.exitCode = failed ? 1 : 0;
} finally {
	rmSync(work, { recursive: true, force: true });
}
