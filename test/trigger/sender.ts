import { generateKeyPairSync, randomUUID, sign, type KeyObject } from 'crypto';
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';

import type { IDataObject } from 'n8n-workflow';

import type { EventFixture } from '../../scripts/generate-webhook-events';
import type { WebhookRequest } from '../harness/webhook';

/**
 * Plays GHL's part: signs webhook bodies. The tests do not have GHL's private key, so they make their own key
 * pairs and give the node their public keys through its key-override options.
 */
export class GhlSender {
	readonly ed25519 = generateKeyPairSync('ed25519');
	readonly rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });

	get ed25519PublicPem(): string {
		return this.ed25519.publicKey.export({ type: 'spki', format: 'pem' }).toString();
	}

	get rsaPublicPem(): string {
		return this.rsa.publicKey.export({ type: 'spki', format: 'pem' }).toString();
	}

	/** A body as GHL sends it, with Ed25519 X-GHL-Signature over exactly these bytes. */
	signed(
		payload: object | Buffer,
		privateKey: KeyObject = this.ed25519.privateKey,
	): WebhookRequest & { body: Buffer } {
		const body = Buffer.isBuffer(payload) ? payload : Buffer.from(JSON.stringify(payload), 'utf8');
		return {
			body,
			headers: { 'X-GHL-Signature': sign(null, body, privateKey).toString('base64') },
		};
	}

	/** The legacy way: RSA-SHA256 in X-WH-Signature. */
	signedLegacy(
		payload: object | Buffer,
		privateKey: KeyObject = this.rsa.privateKey,
	): WebhookRequest & { body: Buffer } {
		const body = Buffer.isBuffer(payload) ? payload : Buffer.from(JSON.stringify(payload), 'utf8');
		return {
			body,
			headers: { 'X-WH-Signature': sign('sha256', body, privateKey).toString('base64') },
		};
	}
}

/** Every GHL webhook body carries when it was sent and a unique id; a fresh pair per delivery. */
export function fresh<T extends object>(
	payload: T,
	at: Date = new Date(),
): T & { timestamp: string; webhookId: string } {
	return { ...payload, timestamp: at.toISOString(), webhookId: randomUUID() };
}

export function minutesAgo(minutes: number): Date {
	return new Date(Date.now() - minutes * 60_000);
}

/** Node parameters that check signatures with the sender's test keys instead of GHL's. */
export function verifyingWith(sender: GhlSender, parameters: IDataObject = {}): IDataObject {
	const { options, ...rest } = parameters;
	return {
		events: ['*'],
		...rest,
		options: {
			ed25519PublicKeys: sender.ed25519PublicPem,
			rsaPublicKeys: sender.rsaPublicPem,
			...(options as IDataObject),
		},
	};
}

export const fixturesDir = join(__dirname, '..', 'fixtures', 'webhook-events');

/** The examples extracted from GHL's webhook event docs by scripts/generate-webhook-events.ts. */
export function docFixtures(): EventFixture[] {
	return readdirSync(fixturesDir)
		.filter((file) => file.endsWith('.json'))
		.sort()
		.map((file) => JSON.parse(readFileSync(join(fixturesDir, file), 'utf8')) as EventFixture);
}

/** A contact event as in GHL's ContactCreate doc example. */
export function contactCreate(overrides: Record<string, unknown> = {}) {
	return {
		type: 'ContactCreate',
		locationId: 've9EPM428h8vShlRW1KT',
		id: 'nmFmQEsNgz6AVpgLVUJ0',
		email: 'JohnDeo@gmail.comm',
		firstName: 'John',
		lastName: 'Deo',
		name: 'John Deo',
		phone: '+919509597501',
		tags: ['id magna sed Lorem'],
		...overrides,
	};
}
