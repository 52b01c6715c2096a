import type { IDataObject, ResourceMapperValue } from 'n8n-workflow';

import { endpointByKey, endpointKey, type Endpoint } from '../shared/catalog';
import type { Params } from '../shared/operations/params';
import type { OperationDefinition } from '../shared/operations/types';
import type { GhlRequest } from '../shared/transport';
import { RecordsNotAListError } from '../shared/transport/pagination';
import { requestProperties } from './description';
import { FROM_SUB_ACCOUNT } from './methods';

const isEmpty = (value: unknown) => value === undefined || value === null || value === '';

function chosenEndpoint(p: Params): Endpoint {
	const key = String(p.optionalId('endpoint') ?? '');
	if (!key)
		p.fail(
			'"Endpoint" is required',
			'Pick one from the list, or give its method and path, e.g. GET /contacts/.',
		);
	const endpoint = endpointByKey(key);
	if (!endpoint)
		p.fail(
			`"Endpoint" is not an operation of GHL’s API: "${key}"`,
			'Pick one from the list, or give its method and path as the spec writes it, e.g. GET /contacts/.',
		);
	return endpoint;
}

/** The values given in Parameters, with `locationId` taken from the Sub-Account (or the credential) when left empty. */
function parameterValues(p: Params, endpoint: Endpoint): IDataObject {
	const mapped = (p.raw<ResourceMapperValue | null>('parameters', null)?.value ??
		{}) as IDataObject;
	const values: IDataObject = { ...mapped };
	const subAccount = p.optionalId('locationId') ?? p.account.locationId;
	for (const param of endpoint.params) {
		if (FROM_SUB_ACCOUNT.includes(param.name) && isEmpty(values[param.name]) && subAccount)
			values[param.name] = subAccount;
	}
	const missing = endpoint.params
		.filter((param) => param.required && isEmpty(values[param.name]))
		.map((param) => param.name);
	if (missing.length) {
		p.fail(
			`${missing.map((name) => `"${name}"`).join(', ')} ${missing.length > 1 ? 'are' : 'is'} required for ${endpointKey(endpoint)}`,
			'Add the value in Parameters. A sub-account id (locationId) is taken from the Sub-Account field when left empty.',
		);
	}
	return values;
}

function requestBody(p: Params, endpoint: Endpoint): IDataObject | IDataObject[] | undefined {
	const body = p.json('body');
	const given = Array.isArray(body) || Object.keys(body ?? {}).length > 0;
	if (!endpoint.body) {
		if (given) p.fail(`${endpointKey(endpoint)} takes no body`, 'Leave "Body (JSON)" as {}.');
		return undefined;
	}
	if (!Array.isArray(body)) {
		const missing = endpoint.body.filter((name) => isEmpty(body[name]));
		if (missing.length) {
			p.fail(
				`The body lacks ${missing.map((name) => `"${name}"`).join(', ')}, required for ${endpointKey(endpoint)}`,
				`Fields the spec requires: ${endpoint.body.join(', ')}.`,
			);
		}
	}
	return body;
}

export function buildRequest(p: Params, endpoint: Endpoint): GhlRequest {
	const values = parameterValues(p, endpoint);
	const path = endpoint.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
		encodeURIComponent(String(values[name])),
	);
	const qs: IDataObject = {};
	for (const param of endpoint.params) {
		if (param.in === 'query' && !isEmpty(values[param.name])) qs[param.name] = values[param.name];
	}
	const body = requestBody(p, endpoint);
	const locationId = [values.locationId, values.location_id, p.optionalId('locationId')].find(
		(v) => !isEmpty(v),
	);
	return {
		method: endpoint.method as GhlRequest['method'],
		path,
		...(Object.keys(qs).length ? { qs } : {}),
		...(body !== undefined ? { body } : {}),
		...(locationId ? { locationId: String(locationId) } : {}),
	};
}

/**
 * Any endpoint of the catalogue through the shared transport: Version, token kind (agency → sub-account exchange),
 * pacing, retries and GHL's errors come with it; endpoints that page return their records, one item each.
 */
export const apiRequest: OperationDefinition = {
	value: 'request',
	name: 'API Request',
	action: 'Call any GoHighLevel API endpoint',
	description: 'Call any of the 576 operations of GHL’s API',
	properties: requestProperties,
	endpoints: [],
	run: async (p, api) => {
		const endpoint = chosenEndpoint(p);
		const request = buildRequest(p, endpoint);
		const paging = endpoint.paging;
		if (!paging?.records) return await api.request(request);
		const limit = p.boolean('returnAll') ? undefined : p.number('limit', 50);
		// Where GHL answers in another shape than its spec (conversation messages come one level deeper), the
		// response is returned as it is rather than nothing; other errors are already the transport's NodeApiErrors.
		const paged = await api
			.all(
				request,
				{ ...paging, records: paging.records, maxPageSize: paging.maxPageSize ?? 100 },
				limit,
			)
			.catch((error: unknown) =>
				error instanceof RecordsNotAListError ? undefined : Promise.reject(error),
			);
		return paged ?? (await api.request(request));
	},
};
