#!/usr/bin/env node
// Run by the publish workflow before anything else: the pushed tag must be v<package.json version>, and
// package.json's `repository` must be the GitHub repository the workflow runs in, or npm's provenance
// statement would not verify against the package.
//   node scripts/check-release.mjs <tag> <owner/repo>
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** "git+https://github.com/Owner/Repo.git" → "owner/repo"; undefined when it is not a GitHub URL. */
export function githubRepository(url) {
	const match = /github\.com[/:]([^/]+)\/([^/#]+?)(?:\.git)?\/?(?:#.*)?$/i.exec(String(url ?? ''));
	return match ? `${match[1]}/${match[2]}`.toLowerCase() : undefined;
}

/** The reasons a release from `tag` in GitHub repository `repository` would be wrong; empty when it is right. */
export function releaseProblems(pkg, tag, repository) {
	const problems = [];
	if (tag !== `v${pkg.version}`)
		problems.push(`tag ${tag} is not v${pkg.version}, the version in package.json`);
	const url = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
	const declared = githubRepository(url);
	if (declared !== String(repository).toLowerCase()) {
		problems.push(
			`package.json repository (${url ?? 'missing'}) is not https://github.com/${repository}: npm provenance would not verify`,
		);
	}
	return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const [tag, repository] = process.argv.slice(2);
	if (!tag || !repository) {
		console.error('usage: node scripts/check-release.mjs <tag> <owner/repo>');
		process.exit(2);
	}
	const root = join(dirname(fileURLToPath(import.meta.url)), '..');
	const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
	const problems = releaseProblems(pkg, tag, repository);
	for (const problem of problems) console.error(`release check: ${problem}`);
	if (problems.length) process.exit(1);
	console.log(`release check: ${pkg.name}@${pkg.version} from ${tag} in ${repository}`);
}
