import type { ResourceMapperField } from 'n8n-workflow';

import { GoHighLevelContacts } from '../../nodes/GoHighLevelContacts/GoHighLevelContacts.node';
import { GoHighLevelOpportunities } from '../../nodes/GoHighLevelOpportunities/GoHighLevelOpportunities.node';
import { createContact } from '../fake/handlers/contacts';
import { seed as seedFieldTypes } from '../fake/handlers/customFieldTypes';
import { addPipeline, createOpportunity } from '../fake/handlers/opportunities';
import { editorContext, locator } from '../customObjects/context';
import { useGhl } from '../harness/ghl';

/**
 * "Update Custom Fields" of contacts and opportunities: the resource mapper lists the sub-account's custom fields
 * typed by GHL's data type, and sends each as `{ id, field_value }` in the shape that type takes.
 */
describe('Contact and opportunity custom fields through the resource mapper', () => {
	const ghl = useGhl();
	const location = () => ghl.fake.store.location('loc_main')!;
	let contactColumns: ResourceMapperField[];
	let contactId: string;
	const mapped = (value: Record<string, unknown>, schema: ResourceMapperField[]) => ({
		mappingMode: 'defineBelow',
		value,
		matchingColumns: [],
		schema,
		attemptToConvertTypes: false,
		convertFieldsToString: false,
	});
	const updateContact = (value: Record<string, unknown>) =>
		ghl.harness.runNode({
			type: 'goHighLevelContacts',
			parameters: {
				authentication: 'privateIntegrationToken',
				resource: 'contact',
				operation: 'updateCustomFields',
				contactId: locator(contactId),
				customFieldValues: mapped(value, contactColumns),
			},
			credentialId: ghl.pit,
		});
	const stored = (id: string) =>
		(
			location().collection('contacts').get(contactId) as {
				customFields: Array<{ id: string; value: unknown }>;
			}
		).customFields.find((f) => f.id === id)?.value;

	beforeAll(async () => {
		seedFieldTypes(location());
		location().collection('customFields').set('cf_seeded_text', {
			id: 'cf_seeded_text',
			name: 'Favourite Toothpaste',
			fieldKey: 'contact.favourite_toothpaste',
			dataType: 'TEXT',
			model: 'contact',
			locationId: 'loc_main',
		});
		contactId = createContact(location(), { firstName: 'Custom', email: 'custom@example.com' }).id;
		({ fields: contactColumns } =
			await new GoHighLevelContacts().methods.resourceMapping.getContactCustomFieldColumns.call(
				editorContext(ghl.fake),
			));
	});

	test('the columns are the contact fields of the sub-account, typed by GHL type, options for single choices', async () => {
		const { fields } =
			await new GoHighLevelContacts().methods.resourceMapping.getContactCustomFieldColumns.call(
				editorContext(ghl.fake),
			);
		expect(ghl.fake.requests[0]).toMatchObject({
			path: '/locations/loc_main/customFields',
			query: { model: 'contact' },
		});
		const byId = Object.fromEntries(fields.map((f) => [f.id, f]));
		expect(
			Object.fromEntries(
				[
					'cf_seeded_text',
					'cf_notes',
					'cf_visits',
					'cf_balance',
					'cf_next_visit',
					'cf_services',
					'cf_languages',
					'cf_plan',
					'cf_contact_pref',
					'cf_emergency_phone',
					'cf_referrer_email',
					'cf_xray',
				].map((id) => [id, byId[id]?.type]),
			),
		).toEqual({
			cf_seeded_text: 'string',
			cf_notes: 'string',
			cf_visits: 'number',
			cf_balance: 'number',
			cf_next_visit: 'dateTime',
			cf_services: 'array',
			cf_languages: 'array',
			cf_plan: 'options',
			cf_contact_pref: 'options',
			cf_emergency_phone: 'string',
			cf_referrer_email: 'string',
			cf_xray: 'string',
		});
		expect(byId.cf_contact_pref.options).toEqual(
			['Phone', 'Email', 'SMS'].map((o) => ({ name: o, value: o })),
		);
		expect(byId.cf_xray).toMatchObject({
			readOnly: true,
			displayName: 'X-Ray (file upload: not settable through the API)',
		});
		expect(fields.some((f) => f.id.startsWith('cf_opp_'))).toBe(false);
	});

	test.each([
		['text', 'cf_seeded_text', 'Minty', 'Minty'],
		[
			'large text',
			'cf_notes',
			'Prefers mornings.\nNervous patient.',
			'Prefers mornings.\nNervous patient.',
		],
		['number', 'cf_visits', 7, 7],
		['monetary', 'cf_balance', 120.75, 120.75],
		['date', 'cf_next_visit', '2026-03-14', '2026-03-14'],
		['checkbox', 'cf_services', ['Cleaning', 'Braces'], ['Cleaning', 'Braces']],
		['multi-select', 'cf_languages', ['English', 'Spanish'], ['English', 'Spanish']],
		['single select', 'cf_plan', 'Premium', 'Premium'],
		['radio', 'cf_contact_pref', 'SMS', 'SMS'],
		['phone', 'cf_emergency_phone', '+14155550199', '+14155550199'],
		['email', 'cf_referrer_email', 'ref@example.com', 'ref@example.com'],
	])('%s: sets the value, then clears it', async (_type, id, value, sent) => {
		const set = await updateContact({ [id]: value });
		expect(set.error).toBeUndefined();
		const [request] = ghl.fake.requests;
		expect([request.method, request.path, request.headers.version]).toEqual([
			'PUT',
			`/contacts/${contactId}`,
			'2021-07-28',
		]);
		expect(request.body).toEqual({ customFields: [{ id, field_value: sent }] });
		expect(stored(id)).toEqual(sent);
		expect(set.items[0].json).toMatchObject({ id: contactId });

		ghl.fake.resetLog();
		const cleared = await updateContact({ [id]: null });
		expect(cleared.error).toBeUndefined();
		expect(ghl.fake.requests[0].body).toEqual({
			customFields: [{ id, field_value: Array.isArray(sent) ? [] : '' }],
		});
		expect(stored(id)).toEqual(Array.isArray(sent) ? [] : '');
	});

	test('several fields in one request, other custom fields left as they were', async () => {
		await updateContact({ cf_plan: 'Basic' });
		ghl.fake.resetLog();
		await updateContact({ cf_visits: 2, cf_languages: "={{ ['French'] }}" });
		// In the order of the columns (by name).
		expect(ghl.fake.requests[0].body).toEqual({
			customFields: [
				{ id: 'cf_languages', field_value: ['French'] },
				{ id: 'cf_visits', field_value: 2 },
			],
		});
		expect(stored('cf_plan')).toBe('Basic');
	});

	test('a file upload field, an unknown option and no field at all fail before any request', async () => {
		expect((await updateContact({ cf_xray: 'https://example.com/x.png' })).error?.message).toBe(
			'"X-Ray" is a file upload field, which GHL does not let the API set',
		);
		expect((await updateContact({ cf_plan: "={{ 'Gold' }}" })).error?.message).toBe(
			'"Plan" has no option "Gold"',
		);
		expect((await updateContact({})).error?.message).toBe(
			'"Custom Fields" needs at least one field',
		);
		expect(ghl.fake.requests).toHaveLength(0);
	});

	test('opportunities: the same mapper over opportunity fields, set and cleared', async () => {
		const pipeline = addPipeline(location(), 'Implants', ['Consult', 'Booked']);
		const opportunity = createOpportunity(location(), {
			pipelineId: pipeline.id,
			contactId,
			name: 'Implant case',
		});
		const { fields } =
			await new GoHighLevelOpportunities().methods.resourceMapping.getOpportunityCustomFieldColumns.call(
				editorContext(ghl.fake),
			);
		expect(fields.map((f) => f.id)).toEqual(
			expect.arrayContaining([
				'cf_opp_seats',
				'cf_opp_close',
				'cf_opp_products',
				'cf_opp_priority',
			]),
		);
		expect(fields.some((f) => f.id === 'cf_visits')).toBe(false);
		const update = (value: Record<string, unknown>) =>
			ghl.harness.runNode({
				type: 'goHighLevelOpportunities',
				parameters: {
					authentication: 'privateIntegrationToken',
					resource: 'opportunity',
					operation: 'updateCustomFields',
					opportunityId: opportunity.id,
					customFieldValues: mapped(value, fields),
				},
				credentialId: ghl.pit,
			});
		ghl.fake.resetLog();
		const set = await update({
			cf_opp_seats: 3,
			cf_opp_close: '2026-06-30',
			cf_opp_products: ['Implants'],
			cf_opp_priority: 'High',
		});
		expect(set.error).toBeUndefined();
		expect(ghl.fake.requests[0]).toMatchObject({
			method: 'PUT',
			path: `/opportunities/${opportunity.id}`,
		});
		expect(ghl.fake.requests[0].body).toEqual({
			// Numbers as text: the opportunities API takes text, lists or objects.
			customFields: [
				{ id: 'cf_opp_seats', field_value: '3' },
				{ id: 'cf_opp_close', field_value: '2026-06-30' },
				{ id: 'cf_opp_priority', field_value: 'High' },
				{ id: 'cf_opp_products', field_value: ['Implants'] },
			],
		});
		expect(set.items[0].json).toMatchObject({ id: opportunity.id });
		ghl.fake.resetLog();
		await update({ cf_opp_products: null, cf_opp_seats: null });
		expect(ghl.fake.requests[0].body).toEqual({
			customFields: [
				{ id: 'cf_opp_seats', field_value: '' },
				{ id: 'cf_opp_products', field_value: [] },
			],
		});
	});
});
