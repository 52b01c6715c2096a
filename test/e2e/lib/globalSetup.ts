import { spawn } from 'child_process';
import { join } from 'path';

import { repoRoot } from '../../harness/pack';

/**
 * Before the end-to-end suites run: install (or check) both n8n lines at once, as `npm test` runs them, so a fresh
 * clone needs nothing beyond the README's command. Two installs side by side take little longer than one.
 */
export default async function installN8nLines(): Promise<void> {
	const install = (line: string) =>
		new Promise<string>((resolve, reject) => {
			let output = '';
			const child = spawn('bash', [join(repoRoot, 'scripts', 'ensure-n8n.sh'), line], {
				stdio: ['ignore', 'pipe', 'pipe'],
			});
			child.stdout.on('data', (d) => (output += d));
			child.stderr.on('data', (d) => (output += d));
			child.on('error', reject);
			child.on('exit', (code) =>
				code === 0
					? resolve(output)
					: reject(new Error(`scripts/ensure-n8n.sh ${line} failed:\n${output}`)),
			);
		});
	const outputs = await Promise.all([install('v2'), install('v1')]);
	process.stdout.write(`\n${outputs.join('')}`);
}
