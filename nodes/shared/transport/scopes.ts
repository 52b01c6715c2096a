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
	[/^\/locations\/[^/]+\/customValues/, 'locations/customValues'],
	[/^\/locations\/[^/]+\/tags/, 'locations/tags'],
	[/^\/locations\/[^/]+\/tasks/, 'locations/tasks'],
	[/^\/locations\/[^/]+\/templates/, 'locations/templates'],
	[/^\/invoices\/schedule/, 'invoices/schedule'],
	[/^\/invoices\/template/, 'invoices/template'],
	[/^\/invoices\/estimate/, 'invoices/estimate'],
	[/^\/payments\/orders/, 'payments/orders'],
	[/^\/payments\/transactions/, 'payments/transactions'],
	[/^\/payments\/subscriptions/, 'payments/subscriptions'],
	[/^\/payments\/coupon/, 'payments/coupons'],
	[/^\/products\/([^/]+\/price|inventory)/, 'products/prices'],
	[/^\/products\/collections/, 'products/collection'],
	[/^\/social-media-posting\/[^/]+\/posts/, 'socialplanner/post'],
	[/^\/social-media-posting\/[^/]+\/accounts/, 'socialplanner/account'],
	[/^\/social-media-posting\/[^/]+\/categories/, 'socialplanner/category'],
	[/^\/social-media-posting\/[^/]+\/tags/, 'socialplanner/tag'],
	[/^\/blogs\/posts\/url-slug-exists/, 'blogs/check-slug'],
	[/^\/blogs\/posts\/all/, 'blogs/posts'],
	[/^\/blogs\/posts/, 'blogs/post'],
	[/^\/blogs\/authors/, 'blogs/author'],
	[/^\/blogs\/categories/, 'blogs/category'],
	[/^\/blogs\/site/, 'blogs/list'],
	[/^\/funnels\/lookup\/redirect/, 'funnels/redirect'],
	[/^\/funnels\/page\/count/, 'funnels/pagecount'],
	[/^\/funnels\/page/, 'funnels/page'],
	[/^\/funnels\/funnel/, 'funnels/funnel'],
	[/^\/emails\/builder/, 'emails/builder'],
	[/^\/emails\/schedule/, 'emails/schedule'],
];

/** Endpoints whose scope does not follow the `<area>.readonly|write` pattern. */
const EXACT_SCOPES: Array<[string, RegExp, string]> = [
	// Deleting a sub-account: GHL grants this scope only to some apps; not in the credential's default scopes.
	['DELETE', /^\/locations\/[^/]+\/?$/, 'locations.internal-access-only'],
	// A POST that only reads, and an update with a scope of its own.
	['POST', /^\/social-media-posting\/[^/]+\/posts\/list$/, 'socialplanner/post.readonly'],
	['PUT', /^\/blogs\/posts\/[^/]+$/, 'blogs/post-update.write'],
];

export function scopesFor(method: string, path: string): string[] {
	const exact = EXACT_SCOPES.find(([m, pattern]) => m === method && pattern.test(path));
	if (exact) return [exact[2]];
	const area = SUB_SCOPES.find(([pattern]) => pattern.test(path))?.[1] ?? path.split('/')[1] ?? '';
	if (!area) return [];
	const readOnly = method === 'GET' || /\/search(\/|$)/.test(path);
	return [`${area}.${readOnly ? 'readonly' : 'write'}`];
}
