import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INode,
	INodeCredentialsDetails,
	INodeProperties,
	IRequestOptionsSimplified,
	IWorkflowExecuteAdditionalData,
	Workflow,
} from 'n8n-workflow';
import { ICredentialsHelper, deepCopy, NodeHelpers } from 'n8n-workflow';

import { GoHighLevelApi } from '../../credentials/GoHighLevelApi.credentials';
import { GoHighLevelOAuth2Api } from '../../credentials/GoHighLevelOAuth2Api.credentials';

/**
 * n8n's own oAuth2Api lives in n8n-nodes-base, which this harness does not load; these are the parent
 * type's fields that the GHL credential inherits and n8n-core's OAuth2 code reads.
 */
class OAuth2ApiParent implements ICredentialType {
	name = 'oAuth2Api';
	displayName = 'OAuth2 API';
	properties: INodeProperties[] = [
		{ displayName: 'Grant Type', name: 'grantType', type: 'hidden', default: 'authorizationCode' },
		{ displayName: 'Authorization URL', name: 'authUrl', type: 'string', default: '' },
		{ displayName: 'Access Token URL', name: 'accessTokenUrl', type: 'string', default: '' },
		{ displayName: 'Client ID', name: 'clientId', type: 'string', default: '' },
		{
			displayName: 'Client Secret',
			name: 'clientSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
		},
		{ displayName: 'Scope', name: 'scope', type: 'string', default: '' },
		{
			displayName: 'Auth URI Query Parameters',
			name: 'authQueryParameters',
			type: 'string',
			default: '',
		},
		{
			displayName: 'Authentication',
			name: 'authentication',
			type: 'options',
			options: [
				{ name: 'Body', value: 'body' },
				{ name: 'Header', value: 'header' },
			],
			default: 'header',
		},
		{ displayName: 'Ignore SSL Issues', name: 'ignoreSSLIssues', type: 'boolean', default: false },
	];
}

export const credentialTypes: Record<string, ICredentialType> = Object.fromEntries(
	[new OAuth2ApiParent(), new GoHighLevelApi(), new GoHighLevelOAuth2Api()].map((t) => [t.name, t]),
);

export interface StoredCredential {
	id: string;
	name: string;
	type: string;
	data: ICredentialDataDecryptedObject;
}

/**
 * Resolves and applies credentials the way n8n's CredentialsHelper does: stored data is encrypted and
 * decrypted with n8n-core's Credentials, defaults of the type (and its parents) fill missing fields, `={{ }}`
 * expressions (with $self) are resolved by n8n-workflow, generic `authenticate` blocks are applied, and OAuth2
 * token updates are written back, so a refreshed token is what the next run reads.
 */
export class TestCredentialsHelper extends ICredentialsHelper {
	/** Stored as serialized JSON, as n8n stores credential data (encryption is n8n's business, not the pack's). */
	private readonly stored = new Map<string, { name: string; type: string; json: string }>();
	readonly updates: Array<{ id: string; type: string; data: ICredentialDataDecryptedObject }> = [];

	/** Credential types from outside the pack (e.g. n8n's built-in HighLevel node, for benchmarks). */
	registerCredentialType(type: ICredentialType): void {
		credentialTypes[type.name] = type;
	}

	add(credential: StoredCredential): INodeCredentialsDetails {
		this.stored.set(credential.id, {
			name: credential.name,
			type: credential.type,
			json: JSON.stringify(credential.data),
		});
		return { id: credential.id, name: credential.name };
	}

	/** The decrypted data as stored now (after any token refresh). */
	read(id: string): ICredentialDataDecryptedObject {
		const entry = this.stored.get(id);
		if (!entry) throw new Error(`No credential ${id}`);
		return JSON.parse(entry.json) as ICredentialDataDecryptedObject;
	}

	getParentTypes(name: string): string[] {
		const parents = credentialTypes[name]?.extends ?? [];
		return parents.flatMap((p) => [p, ...this.getParentTypes(p)]);
	}

	isCredentialUsableByNode(): boolean {
		return true;
	}

	getCredentialsProperties(type: string): INodeProperties[] {
		const own = credentialTypes[type]?.properties ?? [];
		const inherited = (credentialTypes[type]?.extends ?? []).flatMap((p) =>
			this.getCredentialsProperties(p),
		);
		const names = new Set(own.map((p) => p.name));
		return [...inherited.filter((p) => !names.has(p.name)), ...own];
	}

	async getCredentials(nodeCredentials: INodeCredentialsDetails, type: string) {
		const data = this.read(nodeCredentials.id!);
		return {
			id: nodeCredentials.id,
			name: nodeCredentials.name,
			type,
			getData: () => data,
		} as never;
	}

	async getDecrypted(
		_additionalData: IWorkflowExecuteAdditionalData,
		nodeCredentials: INodeCredentialsDetails,
		type: string,
	): Promise<ICredentialDataDecryptedObject> {
		const raw = this.read(nodeCredentials.id!);
		const properties = this.getCredentialsProperties(type);
		const withDefaults = NodeHelpers.getNodeParameters(
			properties,
			raw as never,
			true,
			false,
			null,
			null,
		) as ICredentialDataDecryptedObject;
		// oauthTokenData is not a declared property; n8n keeps it beside the fields.
		if (raw.oauthTokenData) withDefaults.oauthTokenData = raw.oauthTokenData;
		return resolveSelfExpressions(withDefaults);
	}

	async updateCredentials(
		nodeCredentials: INodeCredentialsDetails,
		type: string,
		data: ICredentialDataDecryptedObject,
	) {
		const entry = this.stored.get(nodeCredentials.id!)!;
		entry.json = JSON.stringify(data);
		this.updates.push({ id: nodeCredentials.id!, type, data: deepCopy(data) });
	}

	async updateCredentialsOauthTokenData(
		nodeCredentials: INodeCredentialsDetails,
		type: string,
		data: ICredentialDataDecryptedObject,
	) {
		const current = this.read(nodeCredentials.id!);
		await this.updateCredentials(nodeCredentials, type, {
			...current,
			oauthTokenData: data.oauthTokenData,
		});
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions | IRequestOptionsSimplified,
		_workflow?: Workflow,
		_node?: INode,
	): Promise<IHttpRequestOptions> {
		const authenticate = credentialTypes[typeName]?.authenticate;
		const options = requestOptions as IHttpRequestOptions;
		if (!authenticate) return options;
		if (typeof authenticate === 'function') return await authenticate(credentials, options);
		const resolve = (value: unknown) => resolveExpression(value, { $credentials: credentials });
		for (const [where, values] of Object.entries(authenticate.properties) as Array<
			[string, Record<string, unknown>]
		>) {
			const target = ((options as unknown as Record<string, Record<string, unknown>>)[where] ??=
				{});
			for (const [key, value] of Object.entries(values)) target[key] = resolve(value);
		}
		return options;
	}

	async preAuthentication(
		_helpers: IHttpRequestHelper,
		_credentials: ICredentialDataDecryptedObject,
		_typeName: string,
		_node: INode,
		_expired: boolean,
	) {
		return undefined;
	}

	async runPreAuthentication() {
		return undefined;
	}
}

/** `={{ ... }}` with $self (credential fields) and $credentials, evaluated as JavaScript like n8n's expressions. */
function resolveExpression(value: unknown, scope: Record<string, unknown>): unknown {
	if (typeof value !== 'string' || !value.startsWith('=')) return value;
	const template = value.slice(1);
	const names = Object.keys(scope);
	const evaluate = (code: string) =>
		// eslint-disable-next-line @typescript-eslint/no-implied-eval
		new Function(...names, `return (${code});`)(...names.map((n) => scope[n]));
	const whole = /^\{\{([\s\S]*)\}\}$/.exec(template.trim());
	if (whole && !whole[1].includes('}}')) return evaluate(whole[1]);
	return template.replace(/\{\{([\s\S]*?)\}\}/g, (_, code: string) => String(evaluate(code)));
}

function resolveSelfExpressions(
	data: ICredentialDataDecryptedObject,
): ICredentialDataDecryptedObject {
	const resolved: ICredentialDataDecryptedObject = { ...data };
	for (const [key, value] of Object.entries(data)) {
		resolved[key] = resolveExpression(value, { $self: data }) as never;
	}
	return resolved;
}
