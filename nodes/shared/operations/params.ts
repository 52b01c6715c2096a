import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { GhlAccount } from '../transport';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const E164 = /^\+[1-9]\d{6,14}$/;

/**
 * Reads one item's parameters and checks them before any request is sent, naming the field the user
 * sees in the editor when something is wrong.
 */
export class Params {
	constructor(
		private readonly ctx: IExecuteFunctions,
		readonly itemIndex: number,
		readonly account: GhlAccount,
		private readonly properties: INodeProperties[],
	) {}

	get node() {
		return this.ctx.getNode();
	}

	displayName(name: string): string {
		const [top, ...rest] = name.split('.');
		const property = this.properties.find((p) => p.name === top);
		if (!property) return name;
		if (!rest.length) return property.displayName;
		const inner = (property.options ?? []).find((o) => 'name' in o && o.name === rest[0]) as
			| { displayName?: string }
			| undefined;
		return inner?.displayName ?? rest[0];
	}

	fail(message: string, description?: string): never {
		throw new NodeOperationError(this.node, message, { itemIndex: this.itemIndex, description });
	}

	raw<T = unknown>(name: string, fallback?: T): T {
		return this.ctx.getNodeParameter(name, this.itemIndex, fallback) as T;
	}

	/** A required text parameter, trimmed. */
	string(name: string): string {
		const value = String(this.raw(name, '') ?? '').trim();
		if (!value) this.fail(`"${this.displayName(name)}" is required`);
		return value;
	}

	optionalString(name: string): string | undefined {
		const value = String(this.raw(name, '') ?? '').trim();
		return value || undefined;
	}

	number(name: string, fallback?: number): number {
		const value = Number(this.raw(name, fallback));
		if (!Number.isFinite(value)) this.fail(`"${this.displayName(name)}" must be a number`);
		return value;
	}

	boolean(name: string, fallback = false): boolean {
		return Boolean(this.raw(name, fallback));
	}

	/** The id of a resource locator (or plain string) parameter. */
	id(name: string): string {
		const value = this.ctx.getNodeParameter(name, this.itemIndex, '', { extractValue: true });
		const id = String(value ?? '').trim();
		if (!id)
			this.fail(
				`"${this.displayName(name)}" is required`,
				'Pick one from the list or give its ID.',
			);
		if (/[/?#\s]/.test(id)) this.fail(`"${this.displayName(name)}" is not a valid ID: "${id}"`);
		return id;
	}

	optionalId(name: string): string | undefined {
		const value = this.ctx.getNodeParameter(name, this.itemIndex, '', { extractValue: true });
		const id = String(value ?? '').trim();
		return id || undefined;
	}

	/** The input item this item's parameters are read for (resource mappers' "Map Automatically"). */
	item(): IDataObject {
		return this.ctx.getInputData()[this.itemIndex]?.json ?? {};
	}

	collection(name: string): IDataObject {
		return (this.raw<IDataObject>(name, {}) ?? {}) as IDataObject;
	}

	/** The sub-account to act on: the node's Sub-Account field, else the credential's own. */
	locationId(): string {
		const chosen = this.optionalId('locationId');
		const locationId = chosen ?? this.account.locationId;
		if (!locationId) {
			this.fail(
				'"Sub-Account" is required with an agency credential',
				'Choose the sub-account (location) this operation acts on.',
			);
		}
		return locationId;
	}

	email(value: unknown, field: string): string {
		const email = String(value ?? '').trim();
		if (!EMAIL.test(email)) this.fail(`"${field}" is not a valid email address: "${email}"`);
		return email;
	}

	phone(value: unknown, field: string): string {
		const raw = String(value ?? '').trim();
		const phone = raw.replace(/[\s().-]/g, '');
		if (!E164.test(phone)) {
			this.fail(
				`"${field}" is not a valid phone number: "${raw}"`,
				'Use the international E.164 format: a plus sign, the country code and the number, e.g. +14155550123.',
			);
		}
		return phone;
	}

	/** A date-time parameter as ISO 8601; accepts n8n date-times, ISO strings and epoch milliseconds. */
	isoDate(value: unknown, field: string): string {
		const date = toDate(value);
		if (!date)
			this.fail(
				`"${field}" is not a valid date: "${String(value)}"`,
				'Use an ISO 8601 date-time, e.g. 2026-05-01T14:30:00Z.',
			);
		return date.toISOString();
	}

	epochMillis(value: unknown, field: string): number {
		const date = toDate(value);
		if (!date)
			this.fail(
				`"${field}" is not a valid date: "${String(value)}"`,
				'Use an ISO 8601 date-time, e.g. 2026-05-01T14:30:00Z.',
			);
		return date.getTime();
	}

	/** Tags from a comma-separated string or a list. */
	tags(value: unknown, field: string): string[] {
		const list = Array.isArray(value) ? value : String(value ?? '').split(',');
		const tags = list.map((t) => String(t).trim()).filter(Boolean);
		if (!tags.length) this.fail(`"${field}" needs at least one tag`);
		return tags;
	}

	/** A JSON parameter that may arrive as text or as an object. */
	json(name: string): IDataObject | IDataObject[] {
		const value = this.raw<unknown>(name, {});
		if (typeof value !== 'string') return value as IDataObject;
		try {
			return JSON.parse(value) as IDataObject;
		} catch (error) {
			return this.fail(
				`"${this.displayName(name)}" is not valid JSON: ${(error as Error).message}`,
			);
		}
	}
}

export function toDate(value: unknown): Date | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
	if (typeof value === 'object' && 'toISO' in (value as object)) {
		return new Date(String((value as { toISO: () => string }).toISO()));
	}
	if (typeof value === 'number' || /^\d{10,13}$/.test(String(value))) {
		const n = Number(value);
		return new Date(n < 1e12 ? n * 1000 : n);
	}
	const date = new Date(String(value));
	return Number.isNaN(date.getTime()) ? undefined : date;
}

/** Drops undefined, null and empty-string fields, so GHL gets only what the user filled in. */
export function compact<T extends IDataObject>(object: T): T {
	const result: IDataObject = {};
	for (const [key, value] of Object.entries(object)) {
		if (value === undefined || value === null || value === '') continue;
		result[key] = value;
	}
	return result as T;
}
