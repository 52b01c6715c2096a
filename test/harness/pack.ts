import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import type { INodeType } from 'n8n-workflow';

import type { ResourceDefinition } from '../../nodes/shared/operations/types';

export const repoRoot = join(__dirname, '..', '..');

/** The npm package name, and so the prefix of every node type (`<package>.goHighLevelContacts`): package.json only. */
export const packageName: string = JSON.parse(
	readFileSync(join(repoRoot, 'package.json'), 'utf8'),
).name;

export interface PackNodeModule {
	folder: string;
	file: string;
	nodeClass: new () => INodeType;
	/** Action nodes export the resources their operations come from. */
	resources?: ResourceDefinition[];
}

/** Loads every `nodes/<Folder>/<Folder>.node.ts`, so a new node needs no registration in test code. */
export function packNodeModules(): PackNodeModule[] {
	const nodesDir = join(repoRoot, 'nodes');
	return readdirSync(nodesDir, { withFileTypes: true })
		.filter((d) => d.isDirectory() && d.name !== 'shared')
		.flatMap((d) => {
			const file = join(nodesDir, d.name, `${d.name}.node.ts`);
			try {
				readdirSync(join(nodesDir, d.name)).includes(`${d.name}.node.ts`) ||
					(() => {
						throw new Error('none');
					})();
			} catch {
				return [];
			}
			// eslint-disable-next-line @typescript-eslint/no-var-requires
			const module = require(file);
			const nodeClass = module[d.name] as PackNodeModule['nodeClass'] | undefined;
			if (!nodeClass) throw new Error(`${file} must export class ${d.name}`);
			return [
				{
					folder: d.name,
					file,
					nodeClass,
					resources: module.resources as ResourceDefinition[] | undefined,
				},
			];
		});
}
