import { relations } from '../../fake/handlers/associations';
import { records } from '../../fake/handlers/customObjects';
import type { Scenario } from '../lib/scenario';

/** The CRM-depth example (examples/form-to-pet-record.json), imported into the sandbox as shipped, run in real n8n. */
const formToPetRecord: Scenario = {
	name: 'example "Form submission to contact, custom-object record and association": the owner contact, a Pet record mapped from the schema, and their relation',
	workflows: () => [],
	async run({ call, fake }) {
		const location = fake.store.location('loc_main')!;
		const contactsWith = (email: string) =>
			[...location.collection<Record<string, any>>('contacts').values()].filter(
				(c) => c.email === email,
			);
		const petsNamed = (name: string) =>
			[...records(location).values()].filter(
				(r) => r.objectKey === 'custom_objects.pet' && r.properties.name === name,
			);

		const submission = {
			email: 'pia.petowner@example.com',
			firstName: 'Pia',
			lastName: 'Owner',
			phone: '+14155550166',
			petName: 'Pepper',
			species: 'Cat',
			birthday: '2023-05-17',
			formName: 'New patient (pets)',
		};
		const answer = await call('example-form-to-pet', submission);
		expect(answer.status).toBe(200);

		const [pia] = contactsWith('pia.petowner@example.com');
		expect(pia).toMatchObject({
			firstName: 'Pia',
			lastName: 'Owner',
			phone: '+14155550166',
			source: 'form: New patient (pets)',
		});
		const [pepper] = petsNamed('Pepper');
		expect(pepper.properties).toEqual({ name: 'Pepper', species: 'cat', birthday: '2023-05-17' });
		expect(answer.body).toEqual([
			expect.objectContaining({
				associationId: 'assoc_pet_owner',
				firstRecordId: pepper.id,
				secondRecordId: pia.id,
				firstObjectKey: 'custom_objects.pet',
				secondObjectKey: 'contact',
			}),
		]);
		expect(
			[...relations(location).values()].filter((r) => r.secondRecordId === pia.id),
		).toHaveLength(1);
		expect(
			fake.requestsTo('POST', '/objects/custom_objects.pet/records').at(-1)!.headers.version,
		).toBe('2021-07-28');

		// A second pet of the same owner: the contact is updated, not duplicated; the owner has two related pets.
		const second = await call('example-form-to-pet', {
			...submission,
			petName: 'Pickle',
			species: 'Dog',
			birthday: '2024-01-02',
		});
		expect(second.status).toBe(200);
		expect(contactsWith('pia.petowner@example.com')).toHaveLength(1);
		const [pickle] = petsNamed('Pickle');
		expect(pickle.properties).toMatchObject({ species: 'dog' });
		expect(
			[...relations(location).values()]
				.filter((r) => r.secondRecordId === pia.id)
				.map((r) => r.firstRecordId),
		).toEqual([pepper.id, pickle.id]);
	},
};

export default [formToPetRecord];
