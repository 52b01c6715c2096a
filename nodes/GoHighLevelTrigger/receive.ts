import { createHash, timingSafeEqual } from 'crypto';
import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { DEFAULT_REPLAY_WINDOW_MINUTES } from './description';
import {
	claimDelivery,
	isWithinWindow,
	timestampMillis,
	webhookIdOf,
	type ReplayState,
} from './replay';
import {
	ALL_EVENTS,
	filteredOutBecause,
	identifyEvent,
	simplify,
	UNIDENTIFIED_EVENT,
	type EventFilters,
} from './select';
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

function headerValue(
	headers: Record<string, string | string[] | undefined>,
	name: string,
): string | undefined {
	const value = headers[name.toLowerCase()];
	const first = Array.isArray(value) ? value[0] : value;
	// Some GHL senders put "N/A" where they have no signature.
	return first && first.trim() && first.trim() !== 'N/A' ? first.trim() : undefined;
}

/** The legacy RSA signature header, unless the node refuses legacy signatures. */
function signatureHeader(
	headers: Record<string, string | string[] | undefined>,
	options: TriggerOptions,
	name: string,
): string | undefined {
	return options.acceptLegacySignature === false ? undefined : headerValue(headers, name);
}

/**
 * The body's bytes as received. n8n has usually read them already; otherwise they are read here. When n8n has
 * consumed the stream itself (multipart forms) or the bytes are not what the headers say (gzip that is not gzip),
 * there are none: undefined, never an error, so the caller answers with a 4xx.
 */
async function readRawBody(
	req: ReturnType<IWebhookFunctions['getRequestObject']>,
): Promise<Buffer | undefined> {
	if (!Buffer.isBuffer(req.rawBody) && typeof req.readRawBody === 'function') {
		try {
			await req.readRawBody();
		} catch {
			return undefined;
		}
	}
	return Buffer.isBuffer(req.rawBody) ? req.rawBody : undefined;
}

/** The replay memory's key: one per trigger node of a workflow, the editor's test URL apart from production. */
export function replayScope(
	ctx: Pick<IWebhookFunctions, 'getWorkflow' | 'getNode' | 'getMode'>,
): string {
	return `${ctx.getMode() === 'manual' ? 'test' : 'live'}:${ctx.getWorkflow().id ?? ''}:${ctx.getNode().id}`;
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

	// Who sent it is decided before the body is touched: a request that cannot be from GHL gets 401 whatever its
	// body is (multipart, binary, gzip that is not gzip), and starts nothing.
	if (verifySignature) {
		if (
			!headerValue(req.headers, ED25519_HEADER) &&
			!signatureHeader(req.headers, options, RSA_HEADER)
		) {
			return refuse(401, 'The request is not signed (no X-GHL-Signature header)');
		}
	} else {
		const name = (this.getNodeParameter('requiredHeaderName', '') as string).trim();
		if (name) {
			const expected = this.getNodeParameter('requiredHeaderValue', '') as string;
			const received = headerValue(req.headers, name);
			if (received === undefined || !sameSecret(received, expected))
				return refuse(401, `Missing or wrong ${name} header`);
		}
	}

	const rawBody = await readRawBody(req);
	if (verifySignature) {
		const problem = signatureProblem.call(this, req.headers, rawBody, options);
		if (problem) return refuse(401, problem);
	}

	// The output is parsed from the very bytes that were verified, not from a re-serialised copy. Unsigned
	// requests (a GHL workflow's Custom Webhook may post a form) may use the body n8n parsed instead.
	let body: unknown;
	try {
		body = rawBody?.length ? JSON.parse(rawBody.toString('utf8')) : this.getBodyData();
	} catch {
		if (verifySignature) return refuse(400, 'The body is not JSON');
		body = this.getBodyData();
	}
	if (!body || typeof body !== 'object' || Array.isArray(body))
		return refuse(400, 'The body is not a JSON object');
	const event = body as IDataObject;

	// GHL's deliveries carry a timestamp; when one is there it must be recent. (GHL's documented examples carry
	// none: the signature still proves the sender, the webhookId still guards against copies.)
	const windowMinutes = options.replayWindowMinutes ?? DEFAULT_REPLAY_WINDOW_MINUTES;
	const timestamp = timestampMillis(event.timestamp);
	if (
		verifySignature &&
		timestamp !== undefined &&
		!isWithinWindow(timestamp, receivedAt.getTime(), windowMinutes)
	) {
		return refuse(401, `The event's timestamp is more than ${windowMinutes} minutes away from now`);
	}

	// Marketplace deliveries carry GHL's signature header (checked or not); a GHL workflow action's webhook does not.
	const fromMarketplace = !!(
		headerValue(req.headers, ED25519_HEADER) ?? headerValue(req.headers, RSA_HEADER)
	);
	const type = identifyEvent(event, fromMarketplace);
	const events = this.getNodeParameter('events', []) as string[];
	if (!events.includes(ALL_EVENTS) && !events.includes(type)) {
		return acknowledge(
			type === UNIDENTIFIED_EVENT
				? 'The body names no event (its type is missing or not an event name); the trigger starts workflows listening for "Unidentified Event" or "All Events" with it'
				: `${type} is not one of the trigger's events`,
		);
	}

	const filters = this.getNodeParameter('filters', {}) as IDataObject;
	const filteredOut = filteredOutBecause(type, event, {
		locationIds: commaList(filters.locationIds),
		pipelineIds: commaList(filters.pipelineIds),
		stageIds: commaList(filters.stageIds),
		tags: commaList(filters.tags),
	} satisfies EventFilters);
	if (filteredOut) return acknowledge(`Filtered out: ${filteredOut}`);

	const webhookId = webhookIdOf(event);
	if (webhookId !== undefined) {
		const now = receivedAt.getTime();
		const until = Math.max(now, timestamp ?? now) + windowMinutes * 60_000;
		const saved = this.getWorkflowStaticData('node') as ReplayState;
		if (!claimDelivery(replayScope(this), webhookId, until, now, saved)) {
			return acknowledge(`webhookId ${webhookId} was already received`);
		}
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
	const rsaSignature = signatureHeader(headers, options, RSA_HEADER);
	if (!ed25519Signature && !rsaSignature)
		return 'The request is not signed (no X-GHL-Signature header)';
	if (!rawBody) return 'The request body could not be read to check its signature';
	// When both are present the Ed25519 signature decides: a valid legacy one cannot rescue a forged body.
	if (ed25519Signature) {
		return verifyEd25519(
			rawBody,
			ed25519Signature,
			keysFor.call(this, 'ed25519', options.ed25519PublicKeys),
		)
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
	throw new NodeOperationError(
		this.getNode(),
		`${field} in Options is not usable: ${parsed.problem}`,
		{
			description:
				'Paste the public key GHL publishes, including the BEGIN/END PUBLIC KEY lines, or clear the field to use the built-in key.',
		},
	);
}
