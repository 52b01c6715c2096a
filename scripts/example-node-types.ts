// The example workflows name the pack's nodes by type, "<package>.goHighLevelContacts"; users import them as
// they are, so they must carry the package's current name. `npm run docs` rewrites the prefix from package.json
// (only the text of those "type" values: the files stay byte for byte otherwise); test/docs/examples.test.ts
// fails when an example is stale, e.g. after a rename.
import { readdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';

import { packageName, repoRoot } from '../test/harness/pack';

export const examplesDir = join(repoRoot, 'examples');

/** Node names of the pack, from package.json's n8n.nodes ("dist/nodes/GoHighLevelContacts/…" → goHighLevelContacts). */
export function packNodeNames(): string[] {
	const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
	return (pkg.n8n.nodes as string[]).map((file) => {
		const base = file
			.split('/')
			.pop()!
			.replace(/\.node\.js$/, '');
		return base.charAt(0).toLowerCase() + base.slice(1);
	});
}

/** The example with every pack node's type prefixed by the current package name (AI-tool variants included). */
export function withPackageName(json: string): string {
	const names = packNodeNames().join('|');
	const type = new RegExp(`("type":\\s*")[^"]+\\.((?:${names})(?:Tool)?)"`, 'g');
	return json.replace(
		type,
		(_match, start: string, node: string) => `${start}${packageName}.${node}"`,
	);
}

export function exampleFiles(): string[] {
	return readdirSync(examplesDir)
		.filter((f) => f.endsWith('.json'))
		.map((f) => join(examplesDir, f));
}

if (require.main === module) {
	let changed = 0;
	for (const file of exampleFiles()) {
		const text = readFileSync(file, 'utf8');
		const updated = withPackageName(text);
		if (updated !== text) {
			writeFileSync(file, updated);
			changed += 1;
		}
	}
	console.log(`examples: ${changed} of ${exampleFiles().length} rewritten for ${packageName}`);
}
