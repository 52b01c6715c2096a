import { spawnSync } from 'child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

import { repoRoot } from '../harness/pack';

/**
 * scripts/ensure-n8n.sh as `npm test` / `npm start` run it: inside npm's script environment, which carries this
 * repo's `ignore-scripts=true` as npm_config_ignore_scripts. A marker alone must never make an install count.
 */
function ensureN8n(home: string, ...args: string[]) {
	const result = spawnSync('bash', [join(repoRoot, 'scripts', 'ensure-n8n.sh'), 'v1', ...args], {
		env: {
			...process.env,
			GHL_N8N_HOME: home,
			npm_config_ignore_scripts: 'true',
			// A registry nobody answers on: an install attempt fails at once instead of downloading n8n.
			npm_config_registry: 'http://127.0.0.1:9/',
			npm_config_fetch_retries: '0',
			npm_config_offline: 'false',
			npm_config_prefer_online: 'true',
		},
		encoding: 'utf8',
		timeout: 120_000,
	});
	return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('scripts/ensure-n8n.sh', () => {
	let home: string;
	beforeEach(() => {
		home = mkdtempSync(join(tmpdir(), 'ghl-ensure-n8n-'));
	});
	afterEach(() => rmSync(home, { recursive: true, force: true }));

	/** What the old installer left behind under `npm test`: the marker, n8n's files, and no sqlite3 binding. */
	function halfInstall() {
		const dir = join(home, 'v1');
		mkdirSync(join(dir, 'node_modules', 'sqlite3'), { recursive: true });
		writeFileSync(
			join(dir, 'node_modules', 'sqlite3', 'package.json'),
			JSON.stringify({ name: 'sqlite3', main: 'missing.js' }),
		);
		writeFileSync(join(dir, '.installed-1.123.50'), '');
		return dir;
	}

	it('refuses an install whose database driver was never built, naming why', () => {
		halfInstall();
		const { status, output } = ensureN8n(home, '--verify');
		expect(status).toBe(1);
		expect(output).toContain("sqlite3's native binding was never built");
	});

	it('refuses a missing install', () => {
		const { status, output } = ensureN8n(home, '--verify');
		expect(status).toBe(1);
		expect(output).toContain('not installed');
	});

	it('redoes a half install instead of reusing it, and leaves no marker when the redo fails', () => {
		const dir = halfInstall();
		const { status, output } = ensureN8n(home);
		expect(output).toContain("sqlite3's native binding was never built");
		expect(output).toContain('reinstalling');
		// The unreachable registry makes the redo fail: it must say so and not mark the folder installed.
		expect(status).not.toBe(0);
		expect(existsSync(join(dir, '.installed-1.123.50'))).toBe(false);
	});
});
