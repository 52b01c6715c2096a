import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { apiVersionFor } from '../../nodes/shared/transport/apiVersion';
import { defaultSpecDir } from '../fake/spec';

interface SpecParameter {
	name: string;
	in: string;
	schema?: { enum?: string[] };
}

/** Every operation of every spec file with the Version values its `Version` header parameter allows. */
function operationsWithVersions(): Array<{ where: string; path: string; versions: string[] }> {
	const appsDir = join(defaultSpecDir(), 'apps');
	const operations: Array<{ where: string; path: string; versions: string[] }> = [];
	for (const file of readdirSync(appsDir).filter((f) => f.endsWith('.json'))) {
		const paths = JSON.parse(readFileSync(join(appsDir, file), 'utf8')).paths as Record<string, Record<string, { parameters?: SpecParameter[] }>>;
		for (const [path, item] of Object.entries(paths)) {
			for (const [method, operation] of Object.entries(item)) {
				const version = (operation.parameters ?? []).find((p) => p.in === 'header' && p.name.toLowerCase() === 'version');
				operations.push({ where: `${file} ${method.toUpperCase()} ${path}`, path, versions: version?.schema?.enum ?? [] });
			}
		}
	}
	return operations;
}

describe('apiVersionFor', () => {
	test('gives a Version the spec allows, for every operation of every spec file', () => {
		const operations = operationsWithVersions();
		const checked = operations.filter((o) => o.versions.length > 0);
		const mismatches: string[] = [];
		for (const operation of checked) {
			const path = operation.path.replace(/\{[^}]+\}/g, 'sampleId123');
			const version = apiVersionFor(path);
			if (!operation.versions.includes(version)) mismatches.push(`${operation.where}: ${version} not in ${operation.versions.join(', ')}`);
		}
		expect(operations).toHaveLength(576);
		// The others declare no Version header (store shipping, marketplace billing, funnel pages, POST /oauth/token, two conversations email endpoints).
		expect(checked).toHaveLength(547);
		expect(mismatches).toEqual([]);
	});

	test.each([
		['/calendars/cal1/free-slots', '2021-04-15'],
		['/conversations/messages', '2021-04-15'],
		['/conversation-ai/agents/search', '2021-04-15'],
		['/links/search', '2021-04-15'],
		['/links/id/link1', '2021-07-28'],
		['/contacts/', '2021-07-28'],
		['/opportunities/search?location_id=loc1', '2021-07-28'],
		['/calendars/?locationId=loc1', '2021-04-15'],
		['/calendarsx/whatever', '2021-07-28'],
	])('%s → %s', (path, version) => {
		expect(apiVersionFor(path)).toBe(version);
	});
});
