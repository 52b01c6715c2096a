import { readFileSync } from 'fs';
import { join } from 'path';

import { readmeWithTable } from '../../scripts/operations-table';
import { repoRoot } from '../harness/pack';

test("README's operations table matches the node descriptions (run `npm run docs` after changing a node)", () => {
	const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
	expect(readme).toBe(readmeWithTable(readme));
});
