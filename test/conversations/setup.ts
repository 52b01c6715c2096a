import type { IDataObject, ILoadOptionsFunctions } from 'n8n-workflow';

import { createContact, type FakeContact } from '../fake/handlers/contacts';
import {
	seed,
	type FakeConversation,
	type FakeEmailMessage,
	type FakeMessage,
} from '../fake/handlers/conversations';
import type { FakeGhl } from '../fake/server';
import type { LocationState } from '../fake/store';
import { useGhl } from '../harness/ghl';

export const rl = (value: string, mode = 'id') => ({ __rl: true, mode, value });

/** The fake with the seeded inbox (Ada: 120 SMS, Grace: 3 messages) and a few contacts to send to. */
export function useInbox() {
	const ghl = useGhl();
	const location = (): LocationState => ghl.fake.store.location('loc_main')!;
	const people = {} as {
		ada: FakeContact;
		grace: FakeContact;
		noPhone: FakeContact;
		noEmail: FakeContact;
		fresh: FakeContact;
	};
	beforeAll(() => {
		const users = location().collection('users');
		for (const [id, name] of [
			['user_sales', 'Sam Sales'],
			['user_front', 'Fiona Front Desk'],
		])
			users.set(id, { id, name, locationId: 'loc_main' });
		seed(location());
		const [ada, grace] = [...location().collection<FakeContact>('contacts').values()];
		Object.assign(people, {
			ada,
			grace,
			noPhone: createContact(location(), {
				firstName: 'Emma',
				lastName: 'Mailonly',
				email: 'emma@example.com',
			}),
			noEmail: createContact(location(), {
				firstName: 'Pete',
				lastName: 'Phoneonly',
				phone: '+14155550177',
			}),
			fresh: createContact(location(), {
				firstName: 'Nina',
				lastName: 'New',
				phone: '+14155550188',
				email: 'nina@example.com',
			}),
		});
	});
	const run = (
		parameters: IDataObject,
		items: object[] = [{}],
		extra: { continueOnFail?: boolean; credentialId?: string } = {},
	) =>
		ghl.harness.runNode(
			{
				type: 'goHighLevelConversations',
				parameters,
				credentialId: extra.credentialId ?? ghl.pit,
				continueOnFail: extra.continueOnFail,
			},
			items,
		);
	return {
		ghl,
		location,
		people,
		run,
		conversations: () => location().collection<FakeConversation>('conversations'),
		messages: () => location().collection<FakeMessage>('messages'),
		emails: () => location().collection<FakeEmailMessage>('emailMessages'),
		conversationOf: (contactId: string) =>
			[...location().collection<FakeConversation>('conversations').values()].find(
				(c) => c.contactId === contactId,
			),
	};
}

/**
 * Just enough of n8n's load-options context to call a list search against the fake as the editor does: a Private
 * Integration Token of the sub-account, sent as n8n's authenticated helper would.
 */
export function pickerContext(
	fake: FakeGhl,
	token = 'pit-location-main',
	locationId = 'loc_main',
): ILoadOptionsFunctions {
	const ctx = {
		getNode: () => ({
			id: 'picker',
			name: 'Picker',
			type: 'picker',
			typeVersion: 1,
			position: [0, 0],
			parameters: {},
		}),
		getNodeParameter: (_name: string, fallback?: unknown) => fallback ?? 'privateIntegrationToken',
		getCurrentNodeParameter: () => undefined,
		getCredentials: async () => ({
			accessToken: token,
			accountType: 'location',
			locationId,
			baseUrl: fake.url,
		}),
		helpers: {
			httpRequestWithAuthentication: async (
				_type: string,
				options: {
					method: string;
					url: string;
					qs?: Record<string, unknown>;
					headers?: Record<string, string>;
				},
			) => {
				const url = new URL(options.url);
				for (const [k, v] of Object.entries(options.qs ?? {})) url.searchParams.set(k, String(v));
				const response = await fetch(url, {
					method: options.method,
					headers: { ...options.headers, Authorization: `Bearer ${token}` },
				});
				return {
					statusCode: response.status,
					headers: Object.fromEntries(response.headers),
					body: await response.json(),
				};
			},
		},
	};
	return ctx as unknown as ILoadOptionsFunctions;
}
