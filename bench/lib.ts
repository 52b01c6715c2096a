import { existsSync } from 'fs';
import { join } from 'path';
import type { ICredentialType, INodeType, IVersionedNodeType } from 'n8n-workflow';

import { EngineHarness } from '../test/harness/engine';
import { n8nInstallDir, nodeBinDir } from '../test/e2e/lib/n8n';
import { issueTokens } from '../test/fake/handlers/oauth';
import type { FakeGhl } from '../test/fake/server';

/** The real n8n 2.x the end-to-end tests install. */
export function n8nDir(): string {
	return n8nInstallDir('v2');
}

/** Node 24, which n8n 2.x needs (installed beside it by scripts/ensure-n8n.sh v2). */
export function node24(): string {
	return join(nodeBinDir('v2')!, 'node');
}

/**
 * n8n's built-in HighLevel node, as shipped by the n8n the end-to-end tests install (scripts/ensure-n8n.sh v2,
 * which `npm run bench` runs first). It is loaded from there at run time, never copied here.
 */
export function nodesBaseDir(): string {
	const dir = join(n8nDir(), 'node_modules', 'n8n-nodes-base');
	if (existsSync(join(dir, 'dist', 'nodes', 'HighLevel', 'HighLevel.node.js'))) return dir;
	throw new Error('n8n-nodes-base not found: run `bash scripts/ensure-n8n.sh v2`');
}

export function builtInVersion(): string {
	// eslint-disable-next-line @typescript-eslint/no-var-requires
	return require(join(nodesBaseDir(), 'package.json')).version as string;
}

/**
 * Registers the built-in node (type `n8n-nodes-base.highLevel`, version 2) with its OAuth2 credential in a
 * harness. Its base URL is fixed to GHL's host, so the in-memory copy's requestDefaults point at the fake.
 */
export function registerBuiltInHighLevel(
	harness: EngineHarness,
	fake: FakeGhl,
	locationId = 'loc_main',
): string {
	const tokens = issueTokens(fake, { kind: 'location', locationId, companyId: 'company_main' });
	return registerBuiltInWithTokens(harness, fake.url, tokens, locationId);
}

/** The same, for a process that has the fake's URL and a token it issued, but not the fake itself. */
export function registerBuiltInWithTokens(
	harness: EngineHarness,
	fakeUrl: string,
	tokens: object,
	locationId = 'loc_main',
): string {
	const dir = nodesBaseDir();
	// eslint-disable-next-line @typescript-eslint/no-var-requires
	const { HighLevel } = require(join(dir, 'dist', 'nodes', 'HighLevel', 'HighLevel.node.js'));
	const versioned = new HighLevel() as IVersionedNodeType;
	const v2 = versioned.nodeVersions[2] as INodeType;
	// Patched in memory only: the node's own module stays as n8n ships it.
	v2.description.requestDefaults = { ...v2.description.requestDefaults, baseURL: fakeUrl };
	harness.registerNodeType('n8n-nodes-base.highLevel', v2);

	// eslint-disable-next-line @typescript-eslint/no-var-requires
	const { HighLevelOAuth2Api } = require(
		join(dir, 'dist', 'credentials', 'HighLevelOAuth2Api.credentials.js'),
	);
	harness.credentials.registerCredentialType(new HighLevelOAuth2Api() as ICredentialType);
	return harness.addCredential({
		id: 'builtin-oauth',
		name: 'Built-in HighLevel OAuth2',
		type: 'highLevelOAuth2Api',
		data: {
			clientId: 'client-main',
			clientSecret: 'client-secret-main',
			accessTokenUrl: `${fakeUrl}/oauth/token`,
			oauthTokenData: { ...tokens, locationId },
		},
	});
}

export function formatTable(rows: Array<Record<string, string | number>>): string {
	const headers = Object.keys(rows[0]);
	const widths = headers.map((h) => Math.max(h.length, ...rows.map((r) => String(r[h]).length)));
	const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
	return [
		line(headers),
		line(widths.map((w) => '-'.repeat(w))),
		...rows.map((r) => line(headers.map((h) => String(r[h])))),
	].join('\n');
}

/** a / b as "0.53x"; "n/a" when b is 0. */
export function ratio(a: number, b: number, digits = 2): string {
	return b ? `${(a / b).toFixed(digits)}x` : 'n/a';
}

export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Samples this process's RSS and heap while a piece of work runs; reports the peaks above the starting values. */
export async function withMemoryPeak<T>(
	work: () => Promise<T>,
): Promise<{ result: T; rssDelta: number; heapDelta: number; peakRss: number }> {
	(global as { gc?: () => void }).gc?.();
	const start = process.memoryUsage();
	let peakRss = start.rss;
	let peakHeap = start.heapUsed;
	const sample = () => {
		const now = process.memoryUsage();
		peakRss = Math.max(peakRss, now.rss);
		peakHeap = Math.max(peakHeap, now.heapUsed);
	};
	const timer = setInterval(sample, 5);
	try {
		const result = await work();
		sample();
		return { result, rssDelta: peakRss - start.rss, heapDelta: peakHeap - start.heapUsed, peakRss };
	} finally {
		clearInterval(timer);
	}
}
