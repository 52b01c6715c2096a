import { execFileSync, spawnSync } from 'child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

import { repoRoot } from '../harness/pack';

// scripts/release.mjs runs in a throwaway git repository holding a copy of the files it reads and writes.
const FILES = ['package.json', 'package-lock.json', 'CHANGELOG.md', 'scripts/release.mjs'];
const identity = {
	GIT_AUTHOR_NAME: 'Release Test',
	GIT_AUTHOR_EMAIL: 'release-test@example.com',
	GIT_COMMITTER_NAME: 'Release Test',
	GIT_COMMITTER_EMAIL: 'release-test@example.com',
};
const env = { ...process.env, ...identity };
const current = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
const [major, minor] = current.version.split('.').map(Number);
const NEW_ENTRY = '- An entry written by the release test.';

let dir: string;
const git = (...args: string[]) =>
	execFileSync('git', args, { cwd: dir, env, encoding: 'utf8' }).trim();
const read = (file: string) => readFileSync(join(dir, file), 'utf8');
const release = (...args: string[]) =>
	spawnSync(process.execPath, [join(dir, 'scripts', 'release.mjs'), ...args], {
		cwd: dir,
		env,
		encoding: 'utf8',
	});

/** The text between "## [Unreleased]" and the next version heading. */
const unreleased = (changelog: string) =>
	/## \[Unreleased\]\n([\s\S]*?)\n## \[/.exec(changelog)![1].trim();

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'ghl-release-'));
	mkdirSync(join(dir, 'scripts'));
	for (const file of FILES) copyFileSync(join(repoRoot, file), join(dir, file));
	// Whatever the real changelog holds under Unreleased now, there is one entry more to release.
	const changelog = read('CHANGELOG.md').replace(
		/## \[Unreleased\]\n/,
		`## [Unreleased]\n\n${NEW_ENTRY}\n`,
	);
	writeFileSync(join(dir, 'CHANGELOG.md'), changelog);
	git('init', '--quiet');
	git('add', '.');
	git('commit', '--quiet', '-m', 'Before the release');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('a minor release bumps the version, moves Unreleased under it, commits and tags', () => {
	const before = read('CHANGELOG.md');
	const entries = unreleased(before);
	const expected = `${major}.${minor + 1}.0`;
	const today = new Date().toISOString().slice(0, 10);

	const result = release('minor');

	expect(result.stderr).toBe('');
	expect(result.status).toBe(0);
	expect(JSON.parse(read('package.json')).version).toBe(expected);
	const lock = JSON.parse(read('package-lock.json'));
	expect([lock.version, lock.packages[''].version]).toEqual([expected, expected]);

	const after = read('CHANGELOG.md');
	expect(unreleased(after)).toBe('');
	const section = new RegExp(
		`## \\[${expected.replace(/\./g, '\\.')}\\] - ${today}\\n\\n([\\s\\S]*?)\\n\\n## \\[${current.version.replace(/\./g, '\\.')}\\]`,
	).exec(after);
	expect(section?.[1]).toBe(entries);
	expect(section?.[1]).toContain(NEW_ENTRY);
	// Earlier versions are left as they were.
	expect(after.slice(after.indexOf(`## [${current.version}]`)).split('\n[Unreleased]: ')[0]).toBe(
		before.slice(before.indexOf(`## [${current.version}]`)).split('\n[Unreleased]: ')[0],
	);
	expect(after).toMatch(
		new RegExp(
			`^\\[Unreleased\\]: https://github\\.com/.+/compare/v${expected}\\.\\.\\.HEAD$`,
			'm',
		),
	);
	expect(after).toMatch(
		new RegExp(
			`^\\[${expected}\\]: https://github\\.com/.+/compare/v${current.version}\\.\\.\\.v${expected}$`,
			'm',
		),
	);

	expect(git('log', '-1', '--format=%s')).toBe(`Release ${expected}`);
	expect(git('rev-list', '-n', '1', `v${expected}`)).toBe(git('rev-parse', 'HEAD'));
	expect(git('cat-file', '-t', `v${expected}`)).toBe('tag');
	expect(git('status', '--porcelain')).toBe('');
	expect(git('show', '--name-only', '--format=', 'HEAD').split('\n').sort()).toEqual([
		'CHANGELOG.md',
		'package-lock.json',
		'package.json',
	]);
	expect(result.stdout).toContain('git push --follow-tags');
});

test('major, patch and an explicit version', () => {
	expect(release('major').status).toBe(0);
	expect(JSON.parse(read('package.json')).version).toBe(`${major + 1}.0.0`);
	writeFileSync(
		join(dir, 'CHANGELOG.md'),
		read('CHANGELOG.md').replace('## [Unreleased]\n', '## [Unreleased]\n\n### Fixed\n\n- A fix.\n'),
	);
	git('commit', '--quiet', '-am', 'A fix');
	expect(release('patch').status).toBe(0);
	expect(git('describe', '--tags')).toBe(`v${major + 1}.0.1`);
	writeFileSync(
		join(dir, 'CHANGELOG.md'),
		read('CHANGELOG.md').replace('## [Unreleased]\n', '## [Unreleased]\n\n- More.\n'),
	);
	git('commit', '--quiet', '-am', 'More');
	expect(release('7.0.0-rc.1').status).toBe(0);
	expect(JSON.parse(read('package.json')).version).toBe('7.0.0-rc.1');
	expect(git('tag', '--list').split('\n')).toEqual(
		[`v${major + 1}.0.0`, `v${major + 1}.0.1`, 'v7.0.0-rc.1'].sort(),
	);
});

describe('refuses, changing nothing', () => {
	const unchanged = (result: ReturnType<typeof release>, message: string) => {
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(message);
		expect(git('tag', '--list')).toBe('');
		expect(git('log', '--format=%s')).toBe('Before the release');
		expect(JSON.parse(read('package.json')).version).toBe(current.version);
	};

	test('with uncommitted changes', () => {
		writeFileSync(join(dir, 'package.json'), `${read('package.json')}\n`);
		unchanged(release('minor'), 'uncommitted changes');
	});

	test('with nothing under Unreleased', () => {
		writeFileSync(
			join(dir, 'CHANGELOG.md'),
			read('CHANGELOG.md').replace(/(## \[Unreleased\]\n)[\s\S]*?(\n## \[)/, '$1$2'),
		);
		git('commit', '--quiet', '-am', 'Before the release', '--amend');
		unchanged(release('minor'), 'nothing to release');
	});

	test('without a bump or with a bad one', () => {
		unchanged(release(), 'usage: npm run release -- <major|minor|patch|x.y.z>');
		unchanged(release('1.2'), 'usage: npm run release');
	});

	test('when the tag exists already', () => {
		git('tag', `v${major}.${minor + 1}.0`);
		expect(release('minor').status).toBe(1);
		expect(git('log', '--format=%s')).toBe('Before the release');
	});
});
