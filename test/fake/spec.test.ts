import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { defaultSpecDir, GhlSpec, violationResponse, type IncomingRequest } from './spec';

const CONTACTS_VERSION = { authorization: 'Bearer token-1', version: '2021-07-28' };
const CALENDARS_VERSION = { authorization: 'Bearer token-1', version: '2021-04-15' };

function request(
	method: string,
	path: string,
	parts: Partial<IncomingRequest> = {},
): IncomingRequest {
	return { method, path, query: {}, headers: CONTACTS_VERSION, body: undefined, ...parts };
}

describe('GhlSpec: requests checked against the official HighLevel specs', () => {
	let spec: GhlSpec;
	beforeAll(async () => {
		spec = await GhlSpec.load();
	});

	describe('accepts valid requests', () => {
		test('POST /contacts/ with a contact body (dateOfBirth as the spec example writes it)', () => {
			const result = spec.validate(
				request('POST', '/contacts/', {
					body: {
						locationId: 'loc1',
						firstName: 'Ada',
						email: 'ada@example.com',
						tags: ['vip'],
						dateOfBirth: '1990-09-25',
					},
				}),
			);
			expect(result.violations).toEqual([]);
			expect(result.operation).toMatchObject({
				api: 'contacts',
				operationId: 'create-contact',
				method: 'POST',
				pathTemplate: '/contacts/',
			});
			expect(result.operation?.security).toEqual([
				{ scheme: 'bearer', scopes: ['contacts.write'] },
			]);
		});

		test('GET /calendars/{calendarId}/free-slots with its query on Version 2021-04-15, numbers and arrays coerced from strings', () => {
			const result = spec.validate(
				request('GET', '/calendars/cal-1/free-slots', {
					query: {
						startDate: '1767225600000',
						endDate: '1767830400000',
						timezone: 'America/New_York',
						userIds: 'user-1',
					},
					headers: CALENDARS_VERSION,
				}),
			);
			expect(result.violations).toEqual([]);
			expect(result.operation).toMatchObject({
				operationId: 'get-slots',
				pathParams: { calendarId: 'cal-1' },
				versions: ['2021-04-15'],
			});
		});

		test('POST /opportunities/upsert with the fields the spec requires and a numeric monetaryValue', () => {
			const result = spec.validate(
				request('POST', '/opportunities/upsert', {
					body: {
						locationId: 'loc1',
						pipelineId: 'pipe1',
						name: 'Deal',
						status: 'open',
						monetaryValue: 220,
						followers: ['user-1'],
						isRemoveAllFollowers: false,
						followersActionType: 'add',
					},
				}),
			);
			expect(result.violations).toEqual([]);
			expect(result.operation?.operationId).toBe('Upsert-opportunity');
		});

		test('GET /contacts/ with locationId and a numeric limit, header names in any case', () => {
			const result = spec.validate(
				request('GET', '/contacts', {
					query: { locationId: 'loc1', limit: '20' },
					headers: { Authorization: 'Bearer t', Version: '2021-07-28' },
				}),
			);
			expect(result.violations).toEqual([]);
		});

		test('POST /oauth/token needs no bearer token and no Version (the spec gives it neither)', () => {
			const result = spec.validate(
				request('POST', '/oauth/token', {
					headers: { 'content-type': 'application/x-www-form-urlencoded' },
					body: {
						client_id: 'id',
						client_secret: 'secret',
						grant_type: 'refresh_token',
						refresh_token: 'r1',
						user_type: 'Location',
					},
				}),
			);
			expect(result.violations).toEqual([]);
			expect(result.operation?.security).toEqual([]);
		});
	});

	describe('routing', () => {
		test('static segments win over templated ones', () => {
			expect(spec.match('DELETE', '/contacts/c1/campaigns/removeAll')?.operationId).toBe(
				'remove-contact-from-every-campaign',
			);
			expect(spec.match('DELETE', '/contacts/c1/campaigns/camp1')).toMatchObject({
				operationId: 'remove-contact-from-campaign',
				pathParams: { contactId: 'c1', campaignId: 'camp1' },
			});
			expect(spec.match('POST', '/contacts/search')?.operationId).toBe('search-contacts-advanced');
			expect(spec.match('GET', '/contacts/c1')).toMatchObject({
				operationId: 'get-contact',
				pathParams: { contactId: 'c1' },
			});
		});

		test('trailing slashes do not matter either way, the template keeps the spec spelling', () => {
			expect(spec.match('GET', '/contacts')?.pathTemplate).toBe('/contacts/');
			expect(spec.match('GET', '/contacts/')?.pathTemplate).toBe('/contacts/');
			expect(spec.match('POST', '/contacts/upsert/')?.operationId).toBe('upsert-contact');
			expect(spec.match('GET', '/contacts/c1/')?.pathParams).toEqual({ contactId: 'c1' });
		});

		test('path parameters are URL-decoded', () => {
			expect(spec.match('GET', '/contacts/a%20b')?.pathParams).toEqual({ contactId: 'a b' });
		});

		test('every operation of every spec file is reachable at its own path, and its validator compiles', () => {
			const files = readdirSync(join(defaultSpecDir(), 'apps')).filter((f) => f.endsWith('.json'));
			expect(files).toHaveLength(41);
			let inFiles = 0;
			for (const file of files) {
				const paths = JSON.parse(readFileSync(join(defaultSpecDir(), 'apps', file), 'utf8'))
					.paths as Record<string, object>;
				for (const item of Object.values(paths))
					inFiles += Object.keys(item).filter((k) => k !== 'parameters').length;
			}
			const operations = spec.operations();
			expect(operations).toHaveLength(inFiles);
			const unreachable: string[] = [];
			for (const operation of operations) {
				const path = operation.pathTemplate.replace(/\{[^}]+\}/g, 'sample1');
				const { operation: routed } = spec.validate(request(operation.method, path, { body: {} }));
				if (routed?.operationId !== operation.operationId || routed.api !== operation.api) {
					unreachable.push(
						`${operation.api} ${operation.method} ${operation.pathTemplate} → ${routed?.api} ${routed?.operationId}`,
					);
				}
			}
			expect(unreachable).toEqual([]);
		});
	});

	describe('rejects', () => {
		test('an unknown route with a 404', () => {
			const { operation, violations } = spec.validate(request('GET', '/nope/here'));
			expect(operation).toBeUndefined();
			expect(violations).toEqual([{ where: 'route', message: 'Cannot GET /nope/here' }]);
			expect(violationResponse(violations)).toEqual({
				status: 404,
				body: { statusCode: 404, message: 'Cannot GET /nope/here', error: 'Not Found' },
			});
		});

		test('a method the path does not have, naming the ones it has', () => {
			const { violations } = spec.validate(request('PATCH', '/contacts/c1'));
			expect(violations).toEqual([
				{
					where: 'route',
					message:
						'Cannot PATCH /contacts/c1 (the HighLevel API has GET, PUT, DELETE for this path)',
				},
			]);
		});

		test('Version 2021-07-28 sent to a calendars endpoint, with a 400', () => {
			const { violations } = spec.validate(request('GET', '/calendars/cal1'));
			expect(violations).toEqual([
				{
					where: 'version',
					message: 'Version header "2021-07-28" not accepted: get-calendar expects 2021-04-15',
				},
			]);
			expect(violationResponse(violations)).toEqual({
				status: 400,
				body: {
					statusCode: 400,
					message: 'Version header "2021-07-28" not accepted: get-calendar expects 2021-04-15',
				},
			});
		});

		test('a missing Version', () => {
			const { violations } = spec.validate(
				request('GET', '/contacts/c1', { headers: { authorization: 'Bearer t' } }),
			);
			expect(violations).toEqual([
				{ where: 'version', message: 'Version header missing: get-contact expects 2021-07-28' },
			]);
		});

		test('a missing or non-bearer Authorization, with a 401', () => {
			const missing = spec.validate(
				request('GET', '/contacts/c1', { headers: { version: '2021-07-28' } }),
			);
			expect(missing.violations).toEqual([
				{
					where: 'auth',
					message:
						'Authorization header with a Bearer token is required (get-contact accepts bearer)',
				},
			]);
			expect(violationResponse(missing.violations)).toEqual({
				status: 401,
				body: {
					statusCode: 401,
					message:
						'Authorization header with a Bearer token is required (get-contact accepts bearer)',
					error: 'Unauthorized',
				},
			});
			for (const authorization of ['Basic dXNlcjpwYXNz', 'Bearer ', 'token-without-scheme']) {
				const { violations } = spec.validate(
					request('GET', '/contacts/c1', { headers: { version: '2021-07-28', authorization } }),
				);
				expect(violations.map((v) => v.where)).toEqual(['auth']);
			}
		});

		test('an operation that declares a required Authorization header but no security still needs the token', () => {
			const { violations } = spec.validate(
				request('GET', '/store/shipping-zone', {
					headers: {},
					query: { altId: 'loc1', altType: 'location' },
				}),
			);
			expect(violations.map((v) => v.where)).toEqual(['auth']);
		});

		test('GET /contacts/ without locationId, with a 422', () => {
			const { violations } = spec.validate(request('GET', '/contacts/'));
			expect(violations).toEqual([{ where: 'query', message: 'query.locationId is required' }]);
			expect(violationResponse(violations)).toEqual({
				status: 422,
				body: {
					statusCode: 422,
					message: ['query.locationId is required'],
					error: 'Unprocessable Entity',
				},
			});
		});

		test('a query value that is not of its type, and a query parameter the operation does not have', () => {
			const { violations } = spec.validate(
				request('GET', '/contacts/', {
					query: { locationId: 'loc1', limit: 'twenty', pageSize: '5' },
				}),
			);
			expect(violations).toEqual([
				{ where: 'query', message: 'query.pageSize is not a parameter of this operation' },
				{ where: 'query', message: 'query.limit must be number' },
			]);
		});

		test('a body field of the wrong type and a missing required body field', () => {
			const { violations } = spec.validate(
				request('POST', '/contacts/c1/tasks', {
					body: { title: 5, dueDate: '2026-01-01T10:00:00Z' },
				}),
			);
			expect(violations).toEqual([
				{ where: 'body', message: 'body.completed is required' },
				{ where: 'body', message: 'body.title must be string' },
			]);
			const create = spec.validate(request('POST', '/contacts/', { body: { firstName: 'Ada' } }));
			expect(create.violations).toEqual([
				{ where: 'body', message: 'body.locationId is required' },
			]);
		});

		test('a body value outside its enum', () => {
			const { violations } = spec.validate(
				request('PUT', '/opportunities/opp1', { body: { status: 'closed' } }),
			);
			expect(violations).toEqual([
				{ where: 'body', message: 'body.status must be one of: open, won, lost, abandoned, all' },
			]);
		});

		test('a missing body and a body that is not JSON where the spec requires one', () => {
			expect(spec.validate(request('POST', '/contacts/c1/tasks')).violations).toEqual([
				{ where: 'body', message: 'body is required' },
			]);
			const text = spec.validate(request('POST', '/contacts/c1/tasks', { body: 'title=x' }));
			expect(text.violations.map((v) => v.where)).toEqual(['body', 'body']);
			expect(text.violations[0].message).toMatch(/^body is not valid JSON/);
		});

		test('the earliest failing stage answers: route, then auth, then Version, then validation', () => {
			const all = spec.validate(
				request('GET', '/calendars/', { headers: { version: '2021-07-28' } }),
			);
			expect(all.violations.map((v) => v.where)).toEqual(['auth', 'version', 'query']);
			expect(violationResponse(all.violations).status).toBe(401);
			expect(violationResponse(all.violations.filter((v) => v.where !== 'auth')).status).toBe(400);
		});
	});

	test("violationResponse bodies have the properties and types of GHL's common error DTOs", () => {
		const common = JSON.parse(
			readFileSync(join(defaultSpecDir(), 'common', 'common-schemas.json'), 'utf8'),
		).components.schemas;
		const shapeOf = (dto: { properties: Record<string, { type: string }> }) =>
			Object.fromEntries(
				Object.entries(dto.properties).map(([name, p]) => [
					name,
					p.type === 'number' ? 'number' : p.type === 'array' ? 'array' : 'string',
				]),
			);
		const shapeOfBody = (body: Record<string, unknown>) =>
			Object.fromEntries(
				Object.entries(body).map(([name, v]) => [name, Array.isArray(v) ? 'array' : typeof v]),
			);
		expect(shapeOfBody(violationResponse([{ where: 'version', message: 'm' }]).body)).toEqual(
			shapeOf(common.BadRequestDTO),
		);
		expect(shapeOfBody(violationResponse([{ where: 'auth', message: 'm' }]).body)).toEqual(
			shapeOf(common.UnauthorizedDTO),
		);
		expect(shapeOfBody(violationResponse([{ where: 'body', message: 'm' }]).body)).toEqual(
			shapeOf(common.UnprocessableDTO),
		);
	});

	test('the spec files are read once per directory', async () => {
		expect(await GhlSpec.load()).toBe(spec);
	});
});

describe('GhlSpec: defects of spec files are repaired in memory and listed', () => {
	const dirs: string[] = [];
	afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
	function writeSpecDir(app: object): string {
		const dir = mkdtempSync(join(tmpdir(), 'ghl-spec-'));
		dirs.push(dir);
		mkdirSync(join(dir, 'apps'));
		mkdirSync(join(dir, 'common'));
		writeFileSync(
			join(dir, 'common', 'common-schemas.json'),
			readFileSync(join(defaultSpecDir(), 'common', 'common-schemas.json')),
		);
		writeFileSync(join(dir, 'apps', 'widgets.json'), JSON.stringify(app));
		return dir;
	}
	const version = {
		name: 'Version',
		in: 'header',
		required: true,
		schema: { type: 'string', enum: ['2021-07-28'] },
	};
	const defective = {
		openapi: '3.0.0',
		info: { title: 'Widgets', version: '1' },
		components: {
			securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
			schemas: {
				WidgetDto: {
					type: 'object',
					required: ['size'],
					properties: {
						size: { type: 'string', enum: ['S', 'M', 'S'] },
						since: { type: 'object', example: '2024-01-01' },
						anything: { type: 'any' },
						help: { type: 'string', examples: { one: { value: 'x' } } },
						owner: { $ref: '#/components/schemas/MissingDto' },
					},
				},
			},
		},
		paths: {
			'/widgets/{widgetId}': {
				put: {
					operationId: 'update-widget',
					security: [{ bearer: ['widgets.write'] }],
					parameters: [version],
					requestBody: {
						required: true,
						content: { 'application/json': { schema: { $ref: '#/components/schemas/WidgetDto' } } },
					},
					responses: {
						200: {
							description: 'ok',
							content: {
								'application/json': {
									schema: {
										$ref: '../common/common-schemas.json#/components/schemas/BadRequestDTO',
									},
								},
							},
						},
					},
				},
			},
		},
	};

	test('a defective file still validates, and every repair is named', async () => {
		const spec = await GhlSpec.load(writeSpecDir(defective));
		expect(spec.workarounds()).toEqual([
			'widgets PUT /widgets/{widgetId}: path parameter "widgetId" not declared; declared as a required string',
			'widgets #/components/schemas/WidgetDto/properties/size: "enum" lists 1 value(s) twice; duplicates dropped',
			'widgets #/components/schemas/WidgetDto/properties/since: "type": "object" but the example is a string; type widened to both',
			'widgets #/components/schemas/WidgetDto/properties/anything: "type": "any" is not a JSON Schema type; removed (any value)',
			'widgets #/components/schemas/WidgetDto/properties/help: "examples" is not an array; removed (annotation only)',
			'widgets #/components/schemas/WidgetDto/properties/owner: $ref "#/components/schemas/MissingDto" resolves to nothing; treated as any value',
		]);
		const headers = { authorization: 'Bearer t', version: '2021-07-28' };
		const ok = spec.validate({
			method: 'PUT',
			path: '/widgets/w1',
			query: {},
			headers,
			body: { size: 'M', since: '2024-02-02', anything: 3, owner: { id: 1 } },
		});
		expect(ok.violations).toEqual([]);
		expect(ok.operation).toMatchObject({ api: 'widgets', pathParams: { widgetId: 'w1' } });
		const bad = spec.validate({
			method: 'PUT',
			path: '/widgets/w1',
			query: {},
			headers,
			body: { size: 'XL', since: 5 },
		});
		expect(bad.violations).toEqual([
			{ where: 'body', message: 'body.size must be one of: S, M' },
			{ where: 'body', message: 'body.since must be object,string' },
		]);
	});

	test('a directory without the specs fails with a clear message', async () => {
		await expect(GhlSpec.load(join(tmpdir(), 'no-such-ghl-spec-dir'))).rejects.toThrow(
			/HighLevel API specs not found/,
		);
	});
});

describe("GhlSpec: answers checked against the operations' documented responses", () => {
	let spec: GhlSpec;
	beforeAll(async () => {
		spec = await GhlSpec.load();
	});
	const bulkTags = { method: 'POST', pathTemplate: '/contacts/bulk/tags/update/{type}' };

	test('the documented UpdateTagsResponseDTO passes; the shape the fake used to invent does not', () => {
		const [documented] = spec.responseExamples('POST', '/contacts/bulk/tags/update/{type}');
		expect(spec.validateResponse(bulkTags, 201, documented.example)).toEqual([]);
		expect(
			spec.validateResponse(bulkTags, 201, {
				succeded: true,
				errorCount: 0,
				responses: [{ contactId: 'c1', success: true }],
				ids: ['c1'],
			}),
		).toEqual([
			{
				where: 'response',
				message: 'create-association answered 201: response.responses.0 must be string',
			},
			{
				where: 'response',
				message: 'create-association answered 201: response.responses.0.message is required',
			},
			{
				where: 'response',
				message: 'create-association answered 201: response.responses.0.type is required',
			},
			{
				where: 'response',
				message:
					'create-association answered 201: response.responses.0 must match a schema in anyOf',
			},
		]);
		expect(spec.validateResponse(bulkTags, 201, { ids: [] })).toEqual([
			{
				where: 'response',
				message: 'create-association answered 201: response.succeded is required',
			},
			{
				where: 'response',
				message: 'create-association answered 201: response.errorCount is required',
			},
			{
				where: 'response',
				message: 'create-association answered 201: response.responses is required',
			},
		]);
	});

	test('a success status the operation does not declare is a violation', () => {
		expect(
			spec.validateResponse({ method: 'POST', pathTemplate: '/contacts/upsert' }, 201, {
				contact: {},
			}),
		).toEqual([
			{
				where: 'response',
				message:
					'upsert-contact answered 201, a status the spec does not declare (it declares 200)',
			},
		]);
		expect(spec.validateResponse(bulkTags, 200, {})[0].message).toBe(
			'create-association answered 200, a status the spec does not declare (it declares 201)',
		);
	});

	test("an error status the operation does not declare must have GHL's common error shape", () => {
		expect(
			spec.validateResponse(bulkTags, 429, { statusCode: 429, message: 'Too Many Requests' }),
		).toEqual([]);
		expect(
			spec.validateResponse(bulkTags, 404, {
				statusCode: 404,
				message: ['a', 'b'],
				error: 'Not Found',
			}),
		).toEqual([]);
		expect(spec.validateResponse(bulkTags, 503, { statusCode: '503', error: 5 })).toEqual([
			{
				where: 'response',
				message:
					"create-association answered 503 (GHL's common error shape): response.statusCode must be number",
			},
			{
				where: 'response',
				message:
					"create-association answered 503 (GHL's common error shape): response.message is required",
			},
			{
				where: 'response',
				message:
					"create-association answered 503 (GHL's common error shape): response.error must be string",
			},
		]);
		// A declared error status is checked against its own schema (UnprocessableDTO: message is a list).
		expect(
			spec.validateResponse(bulkTags, 422, { statusCode: 422, message: 'one string' }),
		).toEqual([
			{
				where: 'response',
				message: 'create-association answered 422: response.message must be array',
			},
		]);
	});

	test('a declared body must be there', () => {
		expect(spec.validateResponse(bulkTags, 201, undefined)).toEqual([
			{
				where: 'response',
				message: 'create-association answered 201 with no body; the spec documents one',
			},
		]);
	});

	test('free slots: the documented map of days passes, with the traceId GHL documents for every response', () => {
		const slots = { method: 'GET', pathTemplate: '/calendars/{calendarId}/free-slots' };
		const [documented] = spec.responseExamples('GET', '/calendars/{calendarId}/free-slots');
		expect(
			spec.validateResponse(slots, 200, { ...(documented.example as object), traceId: 'trace-1' }),
		).toEqual([]);
		expect(spec.validateResponse(slots, 200, { '2024-10-28': { slot: [] } })).toEqual([
			{
				where: 'response',
				message: 'get-slots answered 200: response.2024-10-28.slots is required',
			},
		]);
	});
});

describe('GhlSpec: response schemas that contradict themselves are repaired, each with its reason', () => {
	const dirs: string[] = [];
	afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
	const json = (schema: object) => ({
		description: 'ok',
		content: { 'application/json': { schema } },
	});
	const app = {
		openapi: '3.0.0',
		info: { title: 'Gadgets', version: '1' },
		components: {
			schemas: {
				A: { type: 'object', properties: { a: { type: 'string' } } },
				B: { type: 'object', properties: { b: { type: 'string' } } },
				ListDto: {
					type: 'object',
					properties: {
						stages: { type: 'array', items: { type: 'array' } },
						results: {
							type: 'array',
							items: { type: 'string' },
							example: [{ id: 'x', ok: true }, { id: 'y' }],
						},
						either: {
							type: 'array',
							items: {
								oneOf: [{ $ref: '#/components/schemas/A' }, { $ref: '#/components/schemas/B' }],
							},
						},
					},
				},
			},
		},
		paths: {
			'/gadgets': {
				get: {
					operationId: 'list-gadgets',
					responses: { 200: json({ $ref: '#/components/schemas/ListDto' }) },
				},
			},
			'/gadgets/by-day': {
				get: {
					operationId: 'by-day',
					responses: { 200: json({ type: 'object', additionalProperties: { type: 'array' } }) },
				},
			},
		},
	};

	test('repairs are listed and GHL-shaped answers pass, while wrong ones still fail', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'ghl-spec-'));
		dirs.push(dir);
		mkdirSync(join(dir, 'apps'));
		mkdirSync(join(dir, 'common'));
		writeFileSync(
			join(dir, 'common', 'common-schemas.json'),
			readFileSync(join(defaultSpecDir(), 'common', 'common-schemas.json')),
		);
		writeFileSync(join(dir, 'apps', 'gadgets.json'), JSON.stringify(app));
		const spec = await GhlSpec.load(dir);
		expect(spec.workarounds()).toEqual([
			'gadgets #/components/schemas/ListDto/properties/stages/items: a list of lists with no element type (an untyped list); elements any value',
			'gadgets #/components/schemas/ListDto/properties/results/items: "type": "string" but the example\'s elements are not; elements may be either',
			'gadgets #/components/schemas/ListDto/properties/either/items: "oneOf" of objects that require no field, so any object matches all of them; read as "anyOf"',
			'gadgets GET /gadgets/by-day 200: a map of answers that would refuse the traceId GHL returns with every response; traceId declared',
		]);
		const list = { method: 'GET', pathTemplate: '/gadgets' };
		expect(
			spec.validateResponse(list, 200, {
				stages: [{ id: 's1' }],
				results: ['x', { id: 'z', ok: false }],
				either: [{ a: 'x' }],
			}),
		).toEqual([]);
		expect(
			spec.validateResponse(list, 200, { results: [{ ok: true }] }).map((v) => v.message),
		).toContain('list-gadgets answered 200: response.results.0.id is required');
		expect(
			spec.validateResponse({ method: 'GET', pathTemplate: '/gadgets/by-day' }, 200, {
				'2024-01-01': [],
				traceId: 't',
			}),
		).toEqual([]);
		expect(
			spec.validateResponse({ method: 'GET', pathTemplate: '/gadgets/by-day' }, 200, {
				traceId: 5,
			}),
		).toHaveLength(1);
	});
});
