import { spawnSync } from 'child_process';
import { readFileSync } from 'fs';
import { join } from 'path';
import { parse } from 'yaml';

import { repoRoot } from '../harness/pack';

interface Step {
	name?: string;
	uses?: string;
	run?: string;
	with?: Record<string, unknown>;
}
interface Job {
	permissions?: Record<string, string>;
	strategy?: { matrix?: { node?: unknown[] } };
	steps: Step[];
}
interface Workflow {
	on: Record<string, { tags?: string[]; branches?: string[] } | null>;
	jobs: Record<string, Job>;
}

const workflow = (file: string) =>
	parse(readFileSync(join(repoRoot, '.github', 'workflows', file), 'utf8')) as Workflow;
const onlyJob = (w: Workflow) => {
	expect(Object.keys(w.jobs)).toHaveLength(1);
	return Object.values(w.jobs)[0];
};
const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));

/** The command under README's "Run every test" heading. */
function readmeTestCommand(): string {
	const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
	const match = /## Run every test\s+```bash\n([^\n]+)\n```/.exec(readme);
	if (!match) throw new Error('README has no "Run every test" command');
	return match[1].trim();
}

describe('CI workflow', () => {
	const ci = workflow('ci.yml');
	const job = onlyJob(ci);

	test('runs on every push and pull request', () => {
		expect(Object.keys(ci.on).sort()).toEqual(['pull_request', 'push']);
		expect(ci.on.push?.branches).toBeUndefined();
	});

	test("runs README's test command on Node 20 and on Node 24, the Node n8n 2.x runs on", () => {
		expect(job.strategy?.matrix?.node).toEqual([20, 24]);
		const setup = job.steps.find((s) => s.uses?.startsWith('actions/setup-node@'));
		expect(setup?.with?.['node-version']).toBe('${{ matrix.node }}');
		expect(job.steps.map((s) => s.run)).toContain(readmeTestCommand());
	});

	test("fetches GHL's specs before the tests, and lints", () => {
		const runs = job.steps.map((s) => s.run ?? '');
		const fetch = runs.findIndex((r) => r.includes('scripts/fetch-ghl-specs.sh'));
		expect(fetch).toBeGreaterThanOrEqual(0);
		expect(fetch).toBeLessThan(runs.indexOf(readmeTestCommand()));
		expect(runs).toContain('npm run lint');
	});
});

describe('publish workflow', () => {
	const publish = workflow('publish.yml');
	const job = onlyJob(publish);
	const runs = job.steps.map((s) => s.run ?? '');
	const at = (command: string) =>
		runs.findIndex((r) => r.split('\n').some((line) => line.trim() === command));

	test('runs on version tags only', () => {
		expect(publish.on).toEqual({ push: { tags: ['v*'] } });
	});

	test('may mint the OIDC token provenance needs, and only read the repository', () => {
		expect(job.permissions).toEqual({ 'id-token': 'write', contents: 'read' });
	});

	test('clean install, build, lint, tests, then publish with provenance, in that order', () => {
		const order = [
			'npm ci',
			'npm run build',
			'npm run lint',
			'npm test',
			'npm publish --provenance --access public',
		].map(at);
		expect(order.every((i) => i >= 0)).toBe(true);
		expect([...order].sort((a, b) => a - b)).toEqual(order);
		// Tag, version and repository are checked before minutes go into installing and testing.
		const check = at('node scripts/check-release.mjs "$GITHUB_REF_NAME" "$GITHUB_REPOSITORY"');
		expect(check).toBeGreaterThanOrEqual(0);
		expect(check).toBeLessThan(order[0]);
	});
});

describe('release check run by the publish workflow', () => {
	const check = (...args: string[]) =>
		spawnSync(process.execPath, [join(repoRoot, 'scripts', 'check-release.mjs'), ...args], {
			encoding: 'utf8',
		});
	const repository = /github\.com\/([^/]+\/[^/.]+)/.exec(pkg.repository.url)![1];

	test("package.json's repository is a GitHub repository, so provenance can name it", () => {
		expect(pkg.repository.url).toMatch(/^(git\+)?https:\/\/github\.com\/[^/]+\/[^/]+?(\.git)?$/);
	});

	test('passes for v<version> from the repository package.json names', () => {
		const result = check(`v${pkg.version}`, repository);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(result.stdout).toContain(`${pkg.name}@${pkg.version}`);
	});

	test('refuses a tag that is not the version in package.json', () => {
		const result = check('v999.0.0', repository);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(`tag v999.0.0 is not v${pkg.version}`);
	});

	test('refuses to publish from another repository than package.json names', () => {
		const result = check(`v${pkg.version}`, 'someone-else/fork');
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(
			'is not https://github.com/someone-else/fork: npm provenance would not verify',
		);
	});
});
