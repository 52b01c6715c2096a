/**
 * The OAuth2 scopes every operation of this pack needs. One list, so the credential's default and the test
 * that checks it against the scopes the spec names for each endpoint the pack calls stay in step.
 */
export const PACK_SCOPES = [
	'contacts.readonly',
	'contacts.write',
	'opportunities.readonly',
	'opportunities.write',
	'calendars.readonly',
	'calendars.write',
	'calendars/events.readonly',
	'calendars/events.write',
	'calendars/groups.readonly',
	'calendars/groups.write',
	'calendars/resources.readonly',
	'campaigns.readonly',
	'workflows.readonly',
	'conversations.readonly',
	'conversations.write',
	'conversations/message.readonly',
	'conversations/message.write',
	'locations.readonly',
	'locations.write',
	'locations/customFields.readonly',
	'locations/customFields.write',
	'locations/customValues.readonly',
	'locations/customValues.write',
	'locations/tags.readonly',
	'locations/tags.write',
	'locations/tasks.readonly',
	'locations/tasks.write',
	'locations/templates.readonly',
	'locations/templates.write',
	'users.readonly',
	'users.write',
	'oauth.readonly',
	'oauth.write',
	'companies.readonly',
	'snapshots.readonly',
];

export const DEFAULT_SCOPE_STRING = PACK_SCOPES.join(' ');
