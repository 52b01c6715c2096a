import { endpointFor, type EndpointPaging } from '../../nodes/shared/catalog';
import type { Pagination } from '../../nodes/shared/transport/pagination';
import { packNodeModules } from '../harness/pack';

/**
 * Every list operation declares how its endpoint pages (`list`). Where the spec shows a paging style, the declaration
 * must say the same as the generated catalogue. Where it shows none, the operation is listed below with the reason.
 */
const SPEC_SHOWS_NO_PAGING: Record<string, string> = {
	'POST /contacts/search':
		'the spec gives the body as an empty object; GHL documents pageLimit + searchAfter elsewhere',
	'GET /conversations/search':
		'pages by startAfterDate (the last sort value), paged by the operation itself',
};

const listOperations = packNodeModules().flatMap((m) =>
	(m.resources ?? []).flatMap((r) =>
		r.operations
			.filter((o) => o.list)
			.map((o) => ({ label: `${m.folder} ${r.value}:${o.value}`, operation: o })),
	),
);

describe('declared paging against the catalogue', () => {
	test('there are list operations to check', () => {
		expect(listOperations.length).toBeGreaterThan(10);
	});

	test.each(listOperations)('$label pages as the spec shows', ({ operation }) => {
		const endpoints = operation.endpoints.map((e) => {
			const [method, path] = e.split(' ');
			return { key: e, catalogued: endpointFor(method, path.replace(/\{[^}]+\}/g, 'sampleId123')) };
		});
		const paged = endpoints.filter((e) => e.catalogued?.paging);
		if (!paged.length) {
			expect(endpoints.map((e) => e.key).filter((k) => SPEC_SHOWS_NO_PAGING[k])).not.toEqual([]);
			return;
		}
		// What the pager does with it; `records` is not compared: the spec puts conversation messages one level higher than GHL does.
		const how = ({ style, sizeParam, pageParam, in: where }: Pagination | EndpointPaging) => ({
			style,
			sizeParam,
			pageParam: pageParam ?? null,
			in: where ?? 'query',
		});
		expect(paged.map((e) => how(e.catalogued!.paging!))).toContainEqual(how(operation.list!));
	});
});
