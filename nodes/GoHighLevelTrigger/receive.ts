import { createHash, timingSafeEqual } from 'crypto';
import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { DEFAULT_REPLAY_WINDOW_MINUTES } from './description';
import { alreadySeen, isWithinWindow, remember, timestampMillis, type ReplayState } from './replay';
import { ALL_EVENTS, filteredOutBecause, identifyEvent, simplify, type EventFilters } from './select';
import {
	builtInKeys,
	parsePublicKeys,
	verifyEd25519,
	verifyRsaSha256,
	type KeyKind,
} from './signature';

const ED25519_HEADER = 'x-ghl-signature';
const RSA_HEADER = 'x-wh-signature';

interface TriggerOptions {
	acceptLegacySignature?: boolean;
	ed25519PublicKeys?: string;
	rsaPublicKeys?: string;
	replayWindowMinutes?: number;
}

function headerValue(headers: Record<string, string | string[] | undefined>, name: string): string | undefined {
	const value = headers[name.toLowerCase()];
	const first = Array.isArray(value) ? value[0] : value;
	// Some GHL senders put "N/A" where they have no signature.
	return first && first.trim() && first.trim() !== 'N/A' ? first.trim() : undefined;
}

/** Compares digests, so neither the length nor the content of the secret leaks through timing. */
function sameSecret(received: string, expected: string): boolean {
	const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
	return timingSafeEqual(digest(received), digest(expected));
}

function commaList(value: unknown): string[] {
	return String(value ?? '')
		.split(',')
		.map((part) => part.trim())
		.filter(Boolean);
}

/**
 * Handles one request at the trigger's URL. Refusals (401/400) are answered here and start nothing
 * (`noWebhookResponse`); events the workflow does not want are acknowledged with 200 and start nothing
 * (`webhookResponse` without `workflowData`); the rest start the workflow, and n8n answers 200 at once
 * (responseMode onReceived), which GHL needs because it does not retry on 5xx.
 */
export async function receiveWebhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
	const req = this.getRequestObject();
	const res = this.getResponseObject();
	const receivedAt = new Date();

	const refuse = (status: 400 | 401, message: string): IWebhookResponseData => {
		res.status(status).json({ message });
		return { noWebhookResponse: true };
	};
	const acknowledge = (reason: string): IWebhookResponseData => ({
		webhookResponse: { received: true, workflowStarted: false, reason },
	});

	const verifySignature = this.getNodeParameter('verifySignature', true) as boolean;
	const options = this.getNodeParameter('options', {}) as TriggerOptions;

	// n8n reads the body before it runs the node and keeps the bytes; read them here if it did not.
	if (!Buffer.isBuffer(req.rawBody) && typeof req.readRawBody === 'function') await req.readRawBody();
	const rawBody = Buffer.isBuffer(req.rawBody) ? req.rawBody : undefined;

	if (verifySignature) {
		const problem = signatureProblem.call(this, req.headers, rawBody, options);
		if (problem) return refuse(401, problem);
	} else {
		const name = (this.getNodeParameter('requiredHeaderName', '') as string).trim();
		if (name) {
			const expected = this.getNodeParameter('requiredHeaderValue', '') as string;
			const received = headerValue(req.headers, name);
			if (received === undefined || !sameSecret(received, expected)) return refuse(401, `Missing or wrong ${name} header`);
		}
	}

	// The output is parsed from the very bytes that were verified, not from a re-serialised copy. Unsigned
	// requests (a GHL workflow's Custom Webhook may post a form) may use the body n8n parsed instead.
	let body: unknown;
	try {
		body = rawBody ? JSON.parse(rawBody.toString('utf8')) : this.getBodyData();
	} catch {
		if (verifySignature) return refuse(400, 'The body is not JSON');
		body = this.getBodyData();
	}
	if (!body || typeof body !== 'object' || Array.isArray(body)) return refuse(400, 'The body is not a JSON object');
	const event = body as IDataObject;

	if (verifySignature) {
		const windowMinutes = options.replayWindowMinutes ?? DEFAULT_REPLAY_WINDOW_MINUTES;
		const timestamp = timestampMillis(event.timestamp);
		if (timestamp === undefined) return refuse(401, 'The event has no timestamp');
		if (!isWithinWindow(timestamp, receivedAt.getTime(), windowMinutes)) {
			return refuse(401, `The event's timestamp is more than ${windowMinutes} minutes away from now`);
		}
	}

	const type = identifyEvent(event);
	const events = this.getNodeParameter('events', []) as string[];
	if (!events.includes(ALL_EVENTS) && !events.includes(type)) return acknowledge(`${type} is not one of the trigger's events`);

	const filters = this.getNodeParameter('filters', {}) as IDataObject;
	const filteredOut = filteredOutBecause(type, event, {
		locationIds: commaList(filters.locationIds),
		pipelineIds: commaList(filters.pipelineIds),
		stageIds: commaList(filters.stageIds),
		tags: commaList(filters.tags),
	} satisfies EventFilters);
	if (filteredOut) return acknowledge(`Filtered out: ${filteredOut}`);

	const webhookId = typeof event.webhookId === 'string' || typeof event.webhookId === 'number' ? String(event.webhookId) : undefined;
	if (webhookId !== undefined) {
		const state = this.getWorkflowStaticData('node') as ReplayState;
		if (alreadySeen(state, webhookId)) return acknowledge(`webhookId ${webhookId} was already received`);
		remember(state, webhookId, receivedAt.getTime());
	}

	const receivedAtText = receivedAt.toISOString();
	const json = this.getNodeParameter('simplify', false)
		? simplify(type, event, receivedAtText)
		: { ...event, event: type, receivedAt: receivedAtText };
	return { workflowData: [[{ json }]], webhookResponse: { received: true, workflowStarted: true } };
}

/** Why the request's signature does not prove it came from GHL, or undefined when it does. */
function signatureProblem(
	this: IWebhookFunctions,
	headers: Record<string, string | string[] | undefined>,
	rawBody: Buffer | undefined,
	options: TriggerOptions,
): string | undefined {
	const ed25519Signature = headerValue(headers, ED25519_HEADER);
	const rsaSignature = options.acceptLegacySignature === false ? undefined : headerValue(headers, RSA_HEADER);
	if (!ed25519Signature && !rsaSignature) return 'The request is not signed (no X-GHL-Signature header)';
	if (!rawBody) return 'The request body could not be read to check its signature';
	// When both are present the Ed25519 signature decides: a valid legacy one cannot rescue a forged body.
	if (ed25519Signature) {
		return verifyEd25519(rawBody, ed25519Signature, keysFor.call(this, 'ed25519', options.ed25519PublicKeys))
			? undefined
			: 'Invalid X-GHL-Signature';
	}
	return verifyRsaSha256(rawBody, rsaSignature!, keysFor.call(this, 'rsa', options.rsaPublicKeys))
		? undefined
		: 'Invalid X-WH-Signature';
}

function keysFor(this: IWebhookFunctions, kind: KeyKind, override: string | undefined) {
	if (!override?.trim()) return builtInKeys(kind);
	const parsed = parsePublicKeys(override, kind);
	if (parsed.keys) return parsed.keys;
	// A misconfigured node, not a bad request: n8n answers 500 and records the failed execution for the user.
	const field = kind === 'ed25519' ? 'GHL Public Key (Ed25519)' : 'GHL Public Key (Legacy RSA)';
	throw new NodeOperationError(this.getNode(), `${field} in Options is not usable: ${parsed.problem}`, {
		description: 'Paste the public key GHL publishes, including the BEGIN/END PUBLIC KEY lines, or clear the field to use the built-in key.',
	});
}
