import type {
	ICredentialDataDecryptedObject,
	IExecuteFunctions,
	IHookFunctions,
	ILoadOptionsFunctions,
	IPollFunctions,
	IWebhookFunctions,
} from 'n8n-workflow';

export type GhlContext =
	| IExecuteFunctions
	| ILoadOptionsFunctions
	| IPollFunctions
	| IHookFunctions
	| IWebhookFunctions;

export type AuthenticationMethod = 'privateIntegrationToken' | 'oAuth2';

export const TOKEN_CREDENTIAL_TYPE = 'goHighLevelApi';
export const MARKETPLACE_APP_CREDENTIAL_TYPE = 'goHighLevelOAuth2Api';

/** The n8n credential type behind each choice of the nodes' Authentication parameter. */
export function credentialTypeFor(authentication: AuthenticationMethod): string {
	return authentication === 'oAuth2' ? MARKETPLACE_APP_CREDENTIAL_TYPE : TOKEN_CREDENTIAL_TYPE;
}

const DEFAULT_BASE_URL = 'https://services.leadconnectorhq.com';

/** Who the credential speaks for, read once from the credential the node uses. */
export interface GhlAccount {
	credentialType: string;
	baseUrl: string;
	kind: 'location' | 'agency';
	locationId?: string;
	companyId?: string;
	/** The part (0–1] of GHL's rate limit this n8n process may use: the credential's "Rate Limit Share (%)". */
	rateLimitShare?: number;
}

export function authenticationOf(ctx: GhlContext, itemIndex = 0): AuthenticationMethod {
	const value = (
		'getNodeParameter' in ctx
			? (ctx.getNodeParameter as (n: string, i: number, d: unknown) => unknown)(
					'authentication',
					itemIndex,
					'privateIntegrationToken',
				)
			: 'privateIntegrationToken'
	) as string;
	return value === 'oAuth2' ? 'oAuth2' : 'privateIntegrationToken';
}

export function accountFromCredentials(
	credentialType: string,
	credentials: ICredentialDataDecryptedObject,
): GhlAccount {
	return {
		...accountKind(credentialType, credentials),
		rateLimitShare: rateLimitShareOf(credentials),
	};
}

function rateLimitShareOf(credentials: ICredentialDataDecryptedObject): number | undefined {
	const percent = Number(credentials.rateLimitShare);
	return Number.isFinite(percent) && percent > 0 && percent < 100 ? percent / 100 : undefined;
}

function accountKind(
	credentialType: string,
	credentials: ICredentialDataDecryptedObject,
): GhlAccount {
	const baseUrl = String(credentials.baseUrl || DEFAULT_BASE_URL).replace(/\/+$/, '');
	if (credentialType === MARKETPLACE_APP_CREDENTIAL_TYPE) {
		const token = (credentials.oauthTokenData ?? {}) as Record<string, unknown>;
		const agency = (token.userType ?? credentials.userType) === 'Company';
		return {
			credentialType,
			baseUrl,
			kind: agency ? 'agency' : 'location',
			locationId: typeof token.locationId === 'string' ? token.locationId : undefined,
			companyId: typeof token.companyId === 'string' ? token.companyId : undefined,
		};
	}
	const agency = credentials.accountType === 'agency';
	return {
		credentialType,
		baseUrl,
		kind: agency ? 'agency' : 'location',
		locationId: !agency && credentials.locationId ? String(credentials.locationId) : undefined,
		companyId: agency && credentials.companyId ? String(credentials.companyId) : undefined,
	};
}

export async function accountOf(ctx: GhlContext, itemIndex = 0): Promise<GhlAccount> {
	const credentialType = credentialTypeFor(authenticationOf(ctx, itemIndex));
	const credentials = await ctx.getCredentials(credentialType, itemIndex);
	return accountFromCredentials(credentialType, credentials);
}

/** The Sub-Account chosen in the node (its `locationId` parameter), if the node has one and it is set. */
export function chosenSubAccount(ctx: GhlContext, itemIndex = 0): string | undefined {
	let value: unknown;
	try {
		const options = { extractValue: true };
		if ('getCurrentNodeParameter' in ctx) {
			value = ctx.getCurrentNodeParameter('locationId', options);
		} else if ('getInputData' in ctx) {
			value = ctx.getNodeParameter('locationId', itemIndex, '', options);
		} else {
			value = (ctx as IPollFunctions).getNodeParameter('locationId', '', options);
		}
	} catch {
		// Nodes without a Sub-Account field (triggers) act on the credential's own.
		return undefined;
	}
	const id = typeof value === 'string' ? value.trim() : '';
	return id || undefined;
}
