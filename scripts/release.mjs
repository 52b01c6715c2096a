#!/usr/bin/env node
// Makes a release commit and tag; pushing the tag publishes it (.github/workflows/publish.yml).
//   npm run release -- <major|minor|patch|x.y.z>
// Bumps the version in package.json and package-lock.json, moves CHANGELOG.md's Unreleased entries under the new
// version with today's date (UTC), commits "Release x.y.z" and tags vx.y.z. It does not push: check the commit,
// then `git push --follow-tags`.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = process.cwd();
const SEMVER = /^(\d+)\.(\d+)\.(\d+)(?:-[0-9A-Za-z.-]+)?$/;

function fail(message) {
	console.error(`release: ${message}`);
	process.exit(1);
}

function git(...args) {
	return execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
}

function nextVersion(current, bump) {
	const [, major, minor, patch] =
		SEMVER.exec(current) ?? fail(`package.json version ${current} is not x.y.z`);
	if (bump === 'major') return `${Number(major) + 1}.0.0`;
	if (bump === 'minor') return `${major}.${Number(minor) + 1}.0`;
	if (bump === 'patch') return `${major}.${minor}.${Number(patch) + 1}`;
	if (SEMVER.test(bump ?? '')) return bump;
	return fail('usage: npm run release -- <major|minor|patch|x.y.z>');
}

/** The changelog with Unreleased's entries under `## [version] - date`, and the compare links updated. */
function changelogFor(changelog, previous, version, date, repositoryUrl) {
	const heading = /^## \[Unreleased\][^\n]*\n/m.exec(changelog);
	if (!heading) fail('CHANGELOG.md has no "## [Unreleased]" section');
	const bodyStart = heading.index + heading[0].length;
	const next = changelog.slice(bodyStart).search(/^## \[|^\[[^\]]+\]: /m);
	const bodyEnd = next < 0 ? changelog.length : bodyStart + next;
	const entries = changelog.slice(bodyStart, bodyEnd).trim();
	if (!/^\s*- /m.test(entries))
		fail('nothing to release: CHANGELOG.md has no entries under Unreleased');
	let updated = `${changelog.slice(0, bodyStart)}\n## [${version}] - ${date}\n\n${entries}\n\n${changelog.slice(bodyEnd)}`;
	if (repositoryUrl) {
		const unreleasedLink = `[Unreleased]: ${repositoryUrl}/compare/v${version}...HEAD`;
		const versionLink = `[${version}]: ${repositoryUrl}/compare/v${previous}...v${version}`;
		updated = /^\[Unreleased\]: .*$/m.test(updated)
			? updated.replace(/^\[Unreleased\]: .*$/m, `${unreleasedLink}\n${versionLink}`)
			: `${updated.trimEnd()}\n\n${unreleasedLink}\n${versionLink}\n`;
	}
	return updated;
}

function githubUrl(pkg) {
	const url = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
	const match = /github\.com[/:]([^/]+)\/([^/#]+?)(?:\.git)?\/?$/.exec(url ?? '');
	return match ? `https://github.com/${match[1]}/${match[2]}` : undefined;
}

function writeJson(file, update) {
	const path = join(root, file);
	const json = JSON.parse(readFileSync(path, 'utf8'));
	update(json);
	writeFileSync(path, `${JSON.stringify(json, null, 2)}\n`);
}

function main() {
	if (git('status', '--porcelain'))
		fail('the working tree has uncommitted changes; commit or stash them first');
	const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
	const version = nextVersion(pkg.version, process.argv[2]);
	if (version === pkg.version) fail(`package.json is already at ${version}`);
	if (git('tag', '--list', `v${version}`)) fail(`tag v${version} already exists`);

	const date = new Date().toISOString().slice(0, 10);
	const changelogPath = join(root, 'CHANGELOG.md');
	writeFileSync(
		changelogPath,
		changelogFor(readFileSync(changelogPath, 'utf8'), pkg.version, version, date, githubUrl(pkg)),
	);
	writeJson('package.json', (json) => {
		json.version = version;
	});
	writeJson('package-lock.json', (lock) => {
		lock.version = version;
		if (lock.packages?.['']) lock.packages[''].version = version;
	});

	git('add', 'package.json', 'package-lock.json', 'CHANGELOG.md');
	git('commit', '--quiet', '-m', `Release ${version}`);
	git('tag', '--annotate', `v${version}`, '-m', `${pkg.name} ${version}`);
	console.log(
		`release: ${pkg.name} ${pkg.version} → ${version}, committed and tagged v${version}.`,
	);
	console.log('release: push it to publish: git push --follow-tags');
}

main();
