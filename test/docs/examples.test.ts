import { readFileSync } from 'fs';
import { basename } from 'path';

import { exampleFiles, packNodeNames, withPackageName } from '../../scripts/example-node-types';
import { packageName } from '../harness/pack';

const packTypes = (json: string) =>
	(JSON.parse(json).nodes as Array<{ type: string }>)
		.map((n) => n.type)
		.filter((t) =>
			packNodeNames().some((name) => t.endsWith(`.${name}`) || t.endsWith(`.${name}Tool`)),
		);

describe.each(exampleFiles().map((f) => [basename(f), f]))('example %s', (_name, file) => {
	const json = readFileSync(file, 'utf8');

	test("names the pack's nodes with package.json's name (run `npm run docs` after a rename)", () => {
		expect(packTypes(json).length).toBeGreaterThan(0);
		expect(packTypes(json).filter((t) => !t.startsWith(`${packageName}.`))).toEqual([]);
		expect(withPackageName(json)).toBe(json);
	});

	test('has a workflow id n8n 1.x saves static data for (at most 16 characters, as n8n makes them)', () => {
		// `n8n import:workflow` (npm start) keeps the file's id; n8n 1.x saves a workflow's static data (the
		// triggers' memory) only when its id has at most 16 characters (isWorkflowIdValid), n8n 2.x up to 21.
		expect(JSON.parse(json).id).toMatch(/^[A-Za-z0-9]{1,16}$/);
	});
});

test("a rename rewrites only the pack's node types, leaving n8n's own nodes and the rest of the file as they were", () => {
	const original = readFileSync(exampleFiles()[0], 'utf8');
	const renamed = original.split(`"${packageName}.`).join('"n8n-nodes-old-name.');
	expect(renamed).not.toBe(original);
	expect(withPackageName(renamed)).toBe(original);
	const others =
		'{ "type": "n8n-nodes-old-name.somethingElse", "x": { "type": "n8n-nodes-base.set" } }';
	expect(withPackageName(others)).toBe(others);
});
