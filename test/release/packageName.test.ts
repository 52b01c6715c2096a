import { execFileSync } from 'child_process';
import { existsSync, lstatSync, readFileSync } from 'fs';
import { join } from 'path';

import { packageName, packNodeModules, repoRoot } from '../harness/pack';

// Renaming the package is a change to package.json's "name" (then `npm run docs` for the examples): nothing
// else may spell the name out. Docs (Markdown, the license) name it for people and are not code.
const SPELLED_OUT_ALLOWED = [
	/^package(-lock)?\.json$/,
	/\.md$/,
	/^LICENSE$/,
	/^docs\//,
	/^examples\//,
];

const isFile = (path: string) => existsSync(path) && lstatSync(path).isFile();

test('no code, test, script or codex file spells out the package name', () => {
	const tracked = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], {
		cwd: repoRoot,
		encoding: 'utf8',
	})
		.split('\n')
		.filter(
			(f) =>
				f && !SPELLED_OUT_ALLOWED.some((allowed) => allowed.test(f)) && isFile(join(repoRoot, f)),
		);
	expect(tracked.length).toBeGreaterThan(100);
	const spelled = tracked.filter((f) =>
		readFileSync(join(repoRoot, f), 'latin1').includes(packageName),
	);
	expect(spelled).toEqual([]);
});

test("the built codex of every node names it '<package.json name>.<node name>' (needs `npm run build`)", () => {
	const modules = packNodeModules();
	expect(modules.length).toBeGreaterThan(0);
	for (const { folder, nodeClass } of modules) {
		const codexFile = join(repoRoot, 'dist', 'nodes', folder, `${folder}.node.json`);
		if (!existsSync(codexFile)) throw new Error(`${codexFile} is missing: run npm run build first`);
		const codex = JSON.parse(readFileSync(codexFile, 'utf8'));
		expect(codex.node).toBe(`${packageName}.${new nodeClass().description.name}`);
		expect(codex.categories?.length).toBeGreaterThan(0);
	}
});
