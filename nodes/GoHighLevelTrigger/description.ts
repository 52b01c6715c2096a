import type { INodeProperties } from 'n8n-workflow';

import { webhookEvents } from './events';
import { ALL_EVENTS, UNIDENTIFIED_EVENT, WORKFLOW_WEBHOOK } from './select';

export const DEFAULT_REPLAY_WINDOW_MINUTES = 5;

const eventOptions = [
	{
		name: 'All Events',
		value: ALL_EVENTS,
		description:
			'Every event GHL sends to this URL, also events GHL adds after this node was released',
	},
	{
		name: 'GHL Workflow Webhook',
		value: WORKFLOW_WEBHOOK,
		description:
			"A GHL workflow's Webhook or Custom Webhook action: the contact's fields plus your custom data",
	},
	...webhookEvents.map((event) => ({
		name: event.name,
		value: event.value,
		description: event.description,
	})),
	{
		name: 'Unidentified Event',
		value: UNIDENTIFIED_EVENT,
		description:
			'A GHL delivery whose body names no event (no "type", or a "type" like "one_time"), as in GHL\'s documented examples for invoices, products, prices, records and associations. Its item\'s event is "Unidentified".',
	},
];

export const triggerProperties: INodeProperties[] = [
	{
		displayName:
			"Paste the Production URL above into your GHL marketplace app's webhook URL, or into a GHL workflow's Webhook / Custom Webhook action. While building, paste the Test URL instead and click \"Listen for test event\" here; then switch GHL to the Production URL and activate this workflow. GHL sends all of an app's events to that one URL: events not chosen below get a 200 and start nothing.",
		name: 'setupNotice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Events',
		name: 'events',
		type: 'multiOptions',
		required: true,
		default: [],
		description:
			'The events that start this workflow. The area comes first: "Contact: Tag Update".',
		options: eventOptions,
	},
	{
		displayName: 'Verify Signature',
		name: 'verifySignature',
		type: 'boolean',
		default: true,
		description:
			'Whether to refuse (401) requests GHL did not sign. GHL signs marketplace webhooks with X-GHL-Signature (Ed25519; X-WH-Signature RSA is accepted as legacy), and each carries a timestamp and a webhookId that are checked against replays. Turn off only for GHL workflow Webhook actions that arrive unsigned.',
	},
	{
		displayName:
			'Copies of one event (same webhookId) start the workflow once within the Replay Window, also after an n8n restart. With several n8n processes receiving webhooks (queue mode), a copy at another process ends at this trigger without items, except that copies arriving at two processes at the same moment can both run. Each item carries webhookId so later steps can check.',
		name: 'replayNotice',
		type: 'notice',
		default: '',
	},
	{
		displayName:
			'Without signature verification anyone who knows this URL can start the workflow. Set a required header below and add the same header to the GHL workflow action.',
		name: 'unsignedNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { verifySignature: [false] } },
	},
	{
		displayName: 'Required Header Name',
		name: 'requiredHeaderName',
		type: 'string',
		default: '',
		placeholder: 'X-Webhook-Secret',
		description:
			'A header every request must carry, with the value below; leave empty to accept any request',
		displayOptions: { show: { verifySignature: [false] } },
	},
	{
		displayName: 'Required Header Value',
		name: 'requiredHeaderValue',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		description: 'The secret value of the required header, as set in the GHL workflow action',
		displayOptions: { show: { verifySignature: [false] } },
	},
	{
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: false,
		description:
			'Whether to return only the fields people use most (ID, event, sub-account and the key fields of its area) instead of the whole event',
	},
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		description: 'Events that do not match get a 200 and start nothing',
		options: [
			{
				displayName: 'Pipeline IDs',
				name: 'pipelineIds',
				type: 'string',
				default: '',
				placeholder: 'VDm7RPYC2GLUvdpKmBfC',
				description:
					'Opportunity events only: comma-separated pipeline IDs the opportunity must be in',
			},
			{
				displayName: 'Stage IDs',
				name: 'stageIds',
				type: 'string',
				default: '',
				description:
					'Opportunity events only: comma-separated stage IDs the opportunity must be in',
			},
			{
				displayName: 'Sub-Account IDs',
				name: 'locationIds',
				type: 'string',
				default: '',
				placeholder: 've9EPM428h8vShlRW1KT',
				description:
					'Comma-separated sub-account (location) IDs; events of other sub-accounts, and agency events without one, start nothing',
			},
			{
				displayName: 'Tags',
				name: 'tags',
				type: 'string',
				default: '',
				placeholder: 'hot lead, vip',
				description:
					'"Contact: Tag Update" only: comma-separated tags; the contact must have at least one of them',
			},
		],
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Accept Legacy RSA Signature',
				name: 'acceptLegacySignature',
				type: 'boolean',
				default: true,
				description:
					'Whether to accept requests signed only with the legacy X-WH-Signature (RSA-SHA256), which GHL stopped sending on 2026-07-01',
			},
			{
				displayName: 'GHL Public Key (Ed25519)',
				name: 'ed25519PublicKeys',
				type: 'string',
				typeOptions: { rows: 4 },
				default: '',
				placeholder: '-----BEGIN PUBLIC KEY-----\n...\n-----END PUBLIC KEY-----',
				description:
					'Only when GHL rotates its key: the PEM (or base64) public key(s) to check X-GHL-Signature with, replacing the built-in key. More than one key may be pasted.',
			},
			{
				displayName: 'GHL Public Key (Legacy RSA)',
				name: 'rsaPublicKeys',
				type: 'string',
				typeOptions: { rows: 4 },
				default: '',
				placeholder: '-----BEGIN PUBLIC KEY-----\n...\n-----END PUBLIC KEY-----',
				description:
					'Only when GHL rotates its key: the PEM public key(s) to check X-WH-Signature with, replacing the built-in key',
			},
			{
				displayName: 'Replay Window (Minutes)',
				name: 'replayWindowMinutes',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: 1440 },
				default: DEFAULT_REPLAY_WINDOW_MINUTES,
				description:
					"Signed events whose timestamp is further than this from the n8n server's clock are refused (401)",
			},
		],
	},
];
