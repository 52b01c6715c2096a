import type { LocationState } from '../store';

/**
 * Contact and opportunity custom fields of every GHL data type (locations API shape, with picklist options),
 * beside the few seedCore adds: what the "Update Custom Fields" resource mappers list.
 */
export const CONTACT_FIELD_TYPES: Array<[string, string, string, string[]?]> = [
	['cf_notes', 'Patient Notes', 'LARGE_TEXT'],
	['cf_visits', 'Visits', 'NUMERICAL'],
	['cf_balance', 'Balance', 'MONETORY'],
	['cf_next_visit', 'Next Visit', 'DATE'],
	['cf_services', 'Services', 'CHECKBOX', ['Cleaning', 'Whitening', 'Braces']],
	['cf_languages', 'Languages', 'MULTIPLE_OPTIONS', ['English', 'Spanish', 'French']],
	['cf_plan', 'Plan', 'SINGLE_OPTIONS', ['Basic', 'Premium']],
	['cf_contact_pref', 'Contact Preference', 'RADIO', ['Phone', 'Email', 'SMS']],
	['cf_emergency_phone', 'Emergency Phone', 'PHONE'],
	['cf_referrer_email', 'Referrer Email', 'EMAIL'],
	['cf_xray', 'X-Ray', 'FILE_UPLOAD'],
];

export const OPPORTUNITY_FIELD_TYPES: Array<[string, string, string, string[]?]> = [
	['cf_opp_seats', 'Chairs', 'NUMERICAL'],
	['cf_opp_close', 'Expected Close', 'DATE'],
	['cf_opp_products', 'Products', 'MULTIPLE_OPTIONS', ['Implants', 'Aligners']],
	['cf_opp_priority', 'Priority', 'RADIO', ['Low', 'High']],
];

export function seed(location: LocationState): void {
	const fields = location.collection('customFields');
	if (fields.has('cf_notes')) return;
	for (const [model, list] of [
		['contact', CONTACT_FIELD_TYPES],
		['opportunity', OPPORTUNITY_FIELD_TYPES],
	] as const) {
		for (const [id, name, dataType, options] of list) {
			fields.set(id, {
				id,
				name,
				fieldKey: `${model}.${name.toLowerCase().replace(/[^a-z0-9]+/g, '_')}`,
				dataType,
				model,
				locationId: location.id,
				...(options ? { picklistOptions: options } : {}),
			});
		}
	}
}
