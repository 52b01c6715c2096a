/**
 * `npm run screenshots`: README's screenshots, taken from a real n8n (the sandbox, with the example workflows)
 * in headless Chromium. Needs Debian's chromium (`apt-get install chromium`); playwright-core is installed into
 * .tools/playwright on first use, so the package itself gains no dependency.
 */
import { execFileSync } from 'child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

import {
	ensureOwner,
	SANDBOX_OWNER,
	startSandbox,
	type WorkflowJson,
} from '../test/e2e/lib/sandbox';
import { packageName, repoRoot } from '../test/harness/pack';

const PLAYWRIGHT_VERSION = '1.56.1';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const OUT = join(repoRoot, 'docs', 'screenshots');

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function playwright(): any {
	const dir = join(repoRoot, '.tools', 'playwright');
	if (!existsSync(join(dir, 'node_modules', 'playwright-core'))) {
		mkdirSync(dir, { recursive: true });
		execFileSync(
			'npm',
			[
				'install',
				'--no-audit',
				'--no-fund',
				'--loglevel=error',
				'--prefix',
				dir,
				`playwright-core@${PLAYWRIGHT_VERSION}`,
			],
			{ stdio: 'inherit' },
		);
	}
	// eslint-disable-next-line @typescript-eslint/no-var-requires
	return require(join(dir, 'node_modules', 'playwright-core'));
}

const byType = (workflow: WorkflowJson, pattern: RegExp) =>
	workflow.nodes.find((n) => pattern.test(String(n.type)));

async function main(): Promise<void> {
	if (!existsSync(CHROMIUM))
		throw new Error(`No Chromium at ${CHROMIUM}: apt-get install chromium, or set CHROMIUM_PATH`);
	const { chromium } = playwright();
	mkdirSync(OUT, { recursive: true });
	const userFolder = mkdtempSync(join(tmpdir(), 'ghl-screenshots-'));
	const sandbox = await startSandbox({ userFolder });
	const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
	try {
		await ensureOwner(sandbox.n8n);
		const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
		const base = sandbox.n8n.baseUrl;
		const login = await context.request.post(`${base}/rest/login`, {
			data: { emailOrLdapLoginId: SANDBOX_OWNER.email, password: SANDBOX_OWNER.password },
		});
		if (!login.ok()) throw new Error(`n8n login failed: ${login.status()}`);
		const page = await context.newPage();
		const shot = async (name: string) => {
			await page.waitForTimeout(1500);
			await page.screenshot({ path: join(OUT, `${name}.png`) });
			console.log(`docs/screenshots/${name}.png`);
		};
		const openWorkflow = async (workflow: WorkflowJson) => {
			await page.goto(`${base}/workflow/${workflow.id}`);
			await page.locator('[data-test-id="canvas-node"]').first().waitFor();
		};
		const openNode = async (name: string) => {
			await page.locator('[data-test-id="canvas-node"]', { hasText: name }).first().dblclick();
			await page
				.locator('[data-test-id="ndv"], .ndv-wrapper, [data-test-id="node-parameters"]')
				.first()
				.waitFor();
		};

		// Each example's canvas, and the pack's first action node and trigger in it, opened.
		const openedTypes = new Set<string>();
		for (const { file, workflow } of sandbox.examples) {
			const slug = file.replace(/\.json$/, '');
			await openWorkflow(workflow);
			await shot(`workflow-${slug}`);
			for (const node of workflow.nodes.filter((n) =>
				String(n.type).startsWith(`${packageName}.`),
			)) {
				if (openedTypes.has(String(node.type))) continue;
				openedTypes.add(String(node.type));
				await openNode(String(node.name));
				await shot(`node-${String(node.type).split('.')[1]}`);
				await page.keyboard.press('Escape');
				await page.waitForTimeout(500);
			}
		}

		// The node picker, searched for the pack.
		const first = sandbox.examples[0]?.workflow;
		if (first && byType(first, /./)) {
			await openWorkflow(first);
			await page.locator('[data-test-id="node-creator-plus-button"]').click();
			await page.keyboard.type('GoHighLevel');
			await shot('node-picker');
		}
	} finally {
		await browser.close();
		await sandbox.stop();
		rmSync(userFolder, { recursive: true, force: true });
	}
}

main().catch((error) => {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
});
