import { readFileSync } from 'fs';
import { join } from 'path';

import { packFigures, readmeWithFigures } from '../../scripts/readme-figures';
import { repoRoot } from '../harness/pack';

test("README's figures of what the pack offers match the nodes and tests (run `npm run docs` after a change)", () => {
	const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
	expect(readme).toBe(readmeWithFigures(readme));
});

test('the figures count operations, endpoints, triggers and credentials from the nodes themselves', () => {
	const figures = packFigures();
	const count = (pattern: RegExp) => Number(pattern.exec(figures)?.[1]);
	expect(count(/(\d+) operations in/)).toBeGreaterThan(100);
	expect(count(/in (\d+) action nodes/)).toBeGreaterThanOrEqual(7);
	expect(count(/calling (\d+) distinct GHL endpoints/)).toBeGreaterThan(90);
	expect(figures).toMatch(/GoHighLevel Trigger \(\d+ events\)/);
	expect(figures).toMatch(/GoHighLevel Polling Trigger \(\d+ events, polled\)/);
	expect(count(/(\d+) credential types/)).toBe(2);
});
