import type { IDataObject } from 'n8n-workflow';

import type { Params } from '../../shared/operations/params';
import type { OperationDefinition } from '../../shared/operations/types';

/**
 * Domains GHL serves inbound-webhook URLs from (e.g.
 * https://services.leadconnectorhq.com/hooks/<locationId>/webhook-trigger/<id>). Anything else is refused unless
 * "Allow Any Host" is on, so a mistyped or injected URL cannot receive the contact data the payload carries.
 */
export const GHL_WEBHOOK_DOMAINS = ['leadconnectorhq.com', 'gohighlevel.com', 'msgsndr.com'];

export function isGhlHost(hostname: string): boolean {
	const host = hostname.toLowerCase().replace(/\.$/, '');
	return GHL_WEBHOOK_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

/** The webhook URL, checked before anything is sent. */
export function webhookUrl(p: Params): string {
	const raw = p.string('webhookUrl');
	let url: URL;
	try {
		url = new URL(raw);
	} catch {
		return p.fail(
			`"Webhook URL" is not a valid URL: "${raw}"`,
			'Copy the URL GHL shows on the workflow\'s "Inbound Webhook" trigger.',
		);
	}
	if (url.username || url.password)
		p.fail('"Webhook URL" must not contain a user name or password');
	if (p.boolean('options.allowAnyHost')) {
		if (url.protocol !== 'https:' && url.protocol !== 'http:')
			p.fail(`"Webhook URL" must be an http or https URL: "${raw}"`);
		return url.toString();
	}
	if (url.protocol !== 'https:') {
		p.fail(
			`"Webhook URL" must be an https URL: "${raw}"`,
			"GHL's inbound-webhook URLs start with https://.",
		);
	}
	if (!isGhlHost(url.hostname)) {
		p.fail(
			`"Webhook URL" is not on a GoHighLevel host: "${url.hostname}"`,
			`Inbound-webhook URLs are on ${GHL_WEBHOOK_DOMAINS.join(', ')}. For a white-label domain, turn on "Allow Any Host" under Options.`,
		);
	}
	return url.toString();
}

function payload(p: Params): IDataObject {
	if (p.raw<string>('payloadFrom', 'fields') === 'json') {
		const json = p.json('payloadJson');
		if (!json || typeof json !== 'object' || Array.isArray(json)) {
			p.fail(
				'"Payload (JSON)" must be a JSON object',
				'The trigger offers the keys of the object for mapping in the GHL workflow.',
			);
		}
		return json as IDataObject;
	}
	const fields = (p.collection('payloadFields').field as IDataObject[] | undefined) ?? [];
	const body: IDataObject = {};
	for (const field of fields) {
		const name = String(field.name ?? '').trim();
		if (!name) p.fail('Every field under "Payload Fields" needs a name');
		body[name] = field.value as IDataObject[keyof IDataObject];
	}
	return body;
}

/**
 * Starts a GHL workflow whose trigger is "Inbound Webhook" by POSTing JSON to its URL: no API token goes with
 * it (the URL itself is the secret), and the URL is checked to be GHL's before anything is sent.
 */
export const fireInboundWebhook: OperationDefinition = {
	value: 'fireInboundWebhook',
	name: 'Fire Inbound Webhook',
	action: 'Fire an inbound-webhook workflow',
	description: 'Start a workflow whose trigger is "Inbound Webhook" by sending it a JSON payload',
	// Not an API endpoint: the URL GHL shows on the trigger, outside the API spec.
	endpoints: [],
	outsideApi: 'POSTs to the inbound-webhook URL GHL shows on the workflow trigger',
	properties: [
		{
			displayName: 'Webhook URL',
			name: 'webhookUrl',
			type: 'string',
			default: '',
			required: true,
			placeholder:
				'https://services.leadconnectorhq.com/hooks/ve9EPM428h8vShlRW1KT/webhook-trigger/...',
			description: 'The URL GHL shows on the workflow\'s "Inbound Webhook" trigger',
		},
		{
			displayName: 'Payload',
			name: 'payloadFrom',
			type: 'options',
			options: [
				{ name: 'Using Fields Below', value: 'fields' },
				{ name: 'Using JSON', value: 'json' },
			],
			default: 'fields',
		},
		{
			displayName: 'Payload Fields',
			name: 'payloadFields',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Field',
			default: {},
			displayOptions: { show: { payloadFrom: ['fields'] } },
			options: [
				{
					displayName: 'Field',
					name: 'field',
					values: [
						{
							displayName: 'Name',
							name: 'name',
							type: 'string',
							default: '',
							placeholder: 'email',
						},
						{ displayName: 'Value', name: 'value', type: 'string', default: '' },
					],
				},
			],
		},
		{
			displayName: 'Payload (JSON)',
			name: 'payloadJson',
			type: 'json',
			default: '{\n  "email": "",\n  "event": ""\n}',
			displayOptions: { show: { payloadFrom: ['json'] } },
			description: 'A JSON object; its keys become the fields the trigger offers for mapping',
		},
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				{
					displayName: 'Allow Any Host',
					name: 'allowAnyHost',
					type: 'boolean',
					default: false,
					description:
						'Whether to send to a URL that is not on a GoHighLevel host (e.g. a white-label domain), over https or http. Off: only https URLs on leadconnectorhq.com, gohighlevel.com or msgsndr.com are accepted.',
				},
			],
		},
	],
	run: async (p, api) => {
		const url = webhookUrl(p);
		const body = payload(p);
		// `path` is the URL too, so an error names it (and asks for no API scope).
		return await api.request({
			method: 'POST',
			path: url,
			url,
			body,
			headers: { 'Content-Type': 'application/json' },
		});
	},
};
