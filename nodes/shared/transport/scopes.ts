/**
 * The scope GHL wants for a request, for the hint on a 403. Rules by path, checked against the spec's
 * `security` entries for every endpoint the pack calls (test/transport/scopes.test.ts).
 */
const SUB_SCOPES: Array<[RegExp, string]> = [
	[/^\/calendars\/(events|blocked-slots)/, 'calendars/events'],
	[/^\/calendars\/appointments/, 'calendars/events'],
	[/^\/calendars\/groups/, 'calendars/groups'],
	[/^\/calendars\/resources/, 'calendars/resources'],
	[/^\/conversations\/messages/, 'conversations/message'],
	[/^\/conversations\/[^/]+\/messages/, 'conversations/message'],
	[/^\/locations\/[^/]+\/customFields/, 'locations/customFields'],
	[/^\/custom-fields(\/|$)/, 'locations/customFields'],
	[/^\/objects\/[^/]+\/records/, 'objects/record'],
	[/^\/objects(\/|$)/, 'objects/schema'],
	[/^\/associations\/relations/, 'associations/relation'],
	[/^\/locations\/[^/]+\/customValues/, 'locations/customValues'],
	[/^\/locations\/[^/]+\/tags/, 'locations/tags'],
	[/^\/locations\/[^/]+\/tasks/, 'locations/tasks'],
	[/^\/locations\/[^/]+\/templates/, 'locations/templates'],
];

/** Endpoints whose scope does not follow the `<area>.readonly|write` pattern. */
const EXACT_SCOPES: Array<[string, RegExp, string]> = [
	// Deleting a sub-account: GHL grants this scope only to some apps; not in the credential's default scopes.
	['DELETE', /^\/locations\/[^/]+\/?$/, 'locations.internal-access-only'],
];

export function scopesFor(method: string, path: string): string[] {
	const exact = EXACT_SCOPES.find(([m, pattern]) => m === method && pattern.test(path));
	if (exact) return [exact[2]];
	const area = SUB_SCOPES.find(([pattern]) => pattern.test(path))?.[1] ?? path.split('/')[1] ?? '';
	if (!area) return [];
	const readOnly = method === 'GET' || /\/search(\/|$)/.test(path);
	return [`${area}.${readOnly ? 'readonly' : 'write'}`];
}
