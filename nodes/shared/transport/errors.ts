import type { INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { PACK_SCOPES } from '../scopes';

export interface GhlErrorDetails {
	status?: number;
	body?: unknown;
	method: string;
	path: string;
	/** Scopes the spec names for this endpoint, for the 403 hint. */
	scopes?: string[];
	itemIndex?: number;
	retriedAfterRateLimit?: boolean;
	networkError?: string;
}

/** GHL's message, as GHL wrote it: a string, or a list of field errors on 422. */
export function ghlMessage(body: unknown): string | undefined {
	if (!body || typeof body !== 'object') return typeof body === 'string' && body ? body : undefined;
	const record = body as Record<string, unknown>;
	const message = record.message ?? record.msg ?? record.error_description ?? record.error;
	if (Array.isArray(message)) return message.map(String).join('; ');
	if (typeof message === 'string' && message) return message;
	return undefined;
}

function hintFor(details: GhlErrorDetails): string {
	const { status, method, path } = details;
	switch (status) {
		case 400:
			return `GHL rejected the request ${method} ${path}. Check the fields named in the message.`;
		case 401:
			return 'The token was refused. Reconnect the GoHighLevel credential (OAuth2), or create a new Private Integration Token if it was rotated or deleted.';
		case 403: {
			if (!details.scopes?.length)
				return 'The credential may not act on this sub-account or lacks a scope this operation needs.';
			const hint = `The credential lacks a scope this operation needs: ${details.scopes.join(' or ')}. Add it to the marketplace app or Private Integration Token and reconnect.`;
			const extra = details.scopes.filter((s) => !PACK_SCOPES.includes(s));
			return extra.length
				? `${hint} ${extra.join(', ')} is not in the credential's default scopes: GHL grants it only to some apps, so add it to the credential's Scope field only if your app has it.`
				: hint;
		}
		case 404:
			return `Not found: ${path}. Check that the ID exists in this sub-account.`;
		case 422:
			return 'GHL could not process the fields listed in the message.';
		case 429:
			return details.retriedAfterRateLimit
				? 'GHL kept answering "too many requests" after the node waited and retried. Lower the batch size or spread the run over more time; the daily limit may be used up.'
				: 'GHL rate limit reached.';
		default:
			if (status && status >= 500) return 'GoHighLevel had a server error. Try again later.';
			return '';
	}
}

export function ghlApiError(node: INode, details: GhlErrorDetails): NodeApiError {
	const fromGhl = ghlMessage(details.body);
	const message =
		fromGhl ??
		details.networkError ??
		(details.status ? `GoHighLevel answered ${details.status}` : 'GoHighLevel request failed');
	const response: JsonObject = {
		message,
		...(details.status ? { statusCode: details.status } : {}),
		...(details.body && typeof details.body === 'object'
			? { body: details.body as JsonObject }
			: {}),
	};
	return new NodeApiError(node, response, {
		message: details.status ? `${message} [${details.status}]` : message,
		description: hintFor(details),
		httpCode: details.status ? String(details.status) : undefined,
		itemIndex: details.itemIndex,
	});
}
