import { recordLocator } from '../../shared/descriptions';
import type { OperationDefinition } from '../../shared/operations/types';

/**
 * Form and survey submissions come from twin endpoints: page + limit paging, a filter by form (survey), a search
 * text and a date range in days (GHL's default range is the last month, so Return All sends one to get everything).
 */
export function submissionsOperation(kind: 'form' | 'survey'): OperationDefinition {
	const Kind = kind === 'form' ? 'Form' : 'Survey';
	const idParam = `${kind}Id`;
	return {
		value: 'getSubmissions',
		name: 'Get Submissions',
		action: `Get ${kind} submissions`,
		description: `List the submissions of the sub-account's ${kind}s, filtered by ${kind}, text and date`,
		endpoints: [`GET /${kind}s/submissions`],
		list: {
			style: 'page',
			records: 'submissions',
			maxPageSize: 100,
			sizeParam: 'limit',
			total: 'meta.total',
		},
		properties: [
			{
				displayName: 'Filters',
				name: 'filters',
				type: 'collection',
				placeholder: 'Add Filter',
				default: {},
				options: [
					recordLocator(idParam, Kind, `search${Kind}s`, {
						required: false,
						description: `Only submissions of this ${kind}`,
					}),
					{
						displayName: 'Search',
						name: 'q',
						type: 'string',
						default: '',
						description: 'Matches contact ID, name, email or phone',
					},
					{
						displayName: 'Submitted After',
						name: 'startAt',
						type: 'dateTime',
						default: '',
						description:
							'From this day on (GHL filters by day). Without it GHL returns the last month only.',
					},
					{
						displayName: 'Submitted Before',
						name: 'endAt',
						type: 'dateTime',
						default: '',
						description: 'Up to and including this day',
					},
				],
			},
		],
		request: (p) => {
			const locationId = p.locationId();
			const filters = p.collection('filters');
			const day = (value: unknown, field: string) => p.isoDate(value, field).slice(0, 10);
			const qs: Record<string, string> = { locationId };
			const chosen = locatorValue(filters[idParam]);
			if (chosen) qs[idParam] = chosen;
			if (String(filters.q ?? '').trim()) qs.q = String(filters.q).trim();
			if (filters.startAt) qs.startAt = day(filters.startAt, 'Submitted After');
			if (filters.endAt) qs.endAt = day(filters.endAt, 'Submitted Before');
			return { method: 'GET', path: `/${kind}s/submissions`, qs, locationId };
		},
	};
}

/** A resource locator inside a collection arrives as its raw `{ mode, value }`. */
function locatorValue(value: unknown): string {
	const raw = value && typeof value === 'object' ? (value as { value?: unknown }).value : value;
	return String(raw ?? '').trim();
}
