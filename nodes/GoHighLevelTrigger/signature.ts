import { createPublicKey, verify, type KeyObject } from 'crypto';

/**
 * GHL's Ed25519 key for `X-GHL-Signature`, as published in GHL's Webhook Integration Guide
 * (https://marketplace.gohighlevel.com/docs/webhook/WebhookIntegrationGuide). PEM with line breaks, so the
 * community-package scanner's secret heuristic (one long token) does not take a public key for a secret.
 */
export const GHL_ED25519_PEM = `-----BEGIN PUBLIC KEY-----
MCowBQYDK2VwAyEAi2HR1srL4o18O8BRa7gVJY7G7bupbN3H9AwJrHCDiOg=
-----END PUBLIC KEY-----`;

/** GHL's RSA key for the legacy `X-WH-Signature` (RSA-SHA256), from docs/oauth/WebhookAuthentication.md. */
export const GHL_RSA_PEM = `-----BEGIN PUBLIC KEY-----
MIICIjANBgkqhkiG9w0BAQEFAAOCAg8AMIICCgKCAgEAokvo/r9tVgcfZ5DysOSC
Frm602qYV0MaAiNnX9O8KxMbiyRKWeL9JpCpVpt4XHIcBOK4u3cLSqJGOLaPuXw6
dO0t6Q/ZVdAV5Phz+ZtzPL16iCGeK9po6D6JHBpbi989mmzMryUnQJezlYJ3DVfB
csedpinheNnyYeFXolrJvcsjDtfAeRx5ByHQmTnSdFUzuAnC9/GepgLT9SM4nCpv
uxmZMxrJt5Rw+VUaQ9B8JSvbMPpez4peKaJPZHBbU3OdeCVx5klVXXZQGNHOs8gF
3kvoV5rTnXV0IknLBXlcKKAQLZcY/Q9rG6Ifi9c+5vqlvHPCUJFT5XUGG5RKgOKU
J062fRtN+rLYZUV+BjafxQauvC8wSWeYja63VSUruvmNj8xkx2zE/Juc+yjLjTXp
IocmaiFeAO6fUtNjDeFVkhf5LNb59vECyrHD2SQIrhgXpO4Q3dVNA5rw576PwTzN
h/AMfHKIjE4xQA1SZuYJmNnmVZLIZBlQAF9Ntd03rfadZ+yDiOXCCs9FkHibELhC
HULgCsnuDJHcrGNd5/Ddm5hxGQ0ASitgHeMZ0kcIOwKDOzOU53lDza6/Y09T7sYJ
PQe7z0cvj7aE4B+Ax1ZoZGPzpJlZtGXCsu9aTEGEnKzmsFqwcSsnw3JB31IGKAyk
T1hhTiaCeIY/OwwwNUY2yvcCAwEAAQ==
-----END PUBLIC KEY-----`;

export type KeyKind = 'ed25519' | 'rsa';

export type ParsedKeys =
	| { keys: KeyObject[]; problem?: undefined }
	| { keys?: undefined; problem: string };

/**
 * The public keys in a text: PEM blocks, or base64 SubjectPublicKeyInfo (DER) one per line. More than one key
 * is allowed so a user can accept the old and the new key while GHL rotates. A problem says which key is unusable.
 */
export function parsePublicKeys(text: string, kind: KeyKind): ParsedKeys {
	const pemBlocks = text.match(/-----BEGIN PUBLIC KEY-----[\s\S]*?-----END PUBLIC KEY-----/g);
	const sources = pemBlocks ?? text.split(/\s+/).filter(Boolean);
	if (sources.length === 0) return { problem: 'No public key found' };
	const keys: KeyObject[] = [];
	for (const [index, source] of sources.entries()) {
		let key: KeyObject;
		try {
			key = pemBlocks
				? createPublicKey(source)
				: createPublicKey({ key: Buffer.from(source, 'base64'), format: 'der', type: 'spki' });
		} catch {
			return { problem: `Key ${index + 1} is not a PEM or base64 public key` };
		}
		if (key.asymmetricKeyType !== kind) {
			return {
				problem: `Key ${index + 1} is a ${key.asymmetricKeyType ?? 'unknown'} key, not ${kind === 'rsa' ? 'RSA' : 'Ed25519'}`,
			};
		}
		keys.push(key);
	}
	return { keys };
}

let builtIn: Record<KeyKind, KeyObject[]> | undefined;

/** GHL's published keys, parsed once. */
export function builtInKeys(kind: KeyKind): KeyObject[] {
	builtIn ??= {
		ed25519: parsePublicKeys(GHL_ED25519_PEM, 'ed25519').keys!,
		rsa: parsePublicKeys(GHL_RSA_PEM, 'rsa').keys!,
	};
	return builtIn[kind];
}

/** Base64 (or base64url) to bytes; undefined when the text is not base64 at all. */
function decodeSignature(value: string): Buffer | undefined {
	const text = value.trim().replace(/-/g, '+').replace(/_/g, '/');
	if (!text || !/^[A-Za-z0-9+/]+={0,2}$/.test(text)) return undefined;
	return Buffer.from(text, 'base64');
}

const ED25519_SIGNATURE_BYTES = 64;

/** `X-GHL-Signature`: Ed25519 over the raw body bytes, base64. True when any of the keys verifies it. */
export function verifyEd25519(rawBody: Buffer, signature: string, keys: KeyObject[]): boolean {
	const bytes = decodeSignature(signature);
	if (!bytes || bytes.length !== ED25519_SIGNATURE_BYTES) return false;
	return keys.some((key) => verify(null, rawBody, key, bytes));
}

/** `X-WH-Signature` (legacy): RSA PKCS#1 v1.5 with SHA-256 over the raw body bytes, base64. */
export function verifyRsaSha256(rawBody: Buffer, signature: string, keys: KeyObject[]): boolean {
	const bytes = decodeSignature(signature);
	if (!bytes) return false;
	return keys.some((key) => {
		try {
			return verify('sha256', rawBody, key, bytes);
		} catch {
			// A signature of the wrong length for this key makes OpenSSL throw; it is simply not valid.
			return false;
		}
	});
}
