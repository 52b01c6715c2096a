/** An error a handler throws to answer the way GHL does: `{ statusCode, message }`. */
export class FakeHttpError extends Error {
	constructor(
		readonly status: number,
		message: string | string[],
		readonly extra: Record<string, unknown> = {},
	) {
		super(Array.isArray(message) ? message.join('; ') : message);
		this.body = { statusCode: status, message, ...extra };
	}

	readonly body: Record<string, unknown>;
}

export const notFound = (what: string) => new FakeHttpError(404, `${what} not found`);
export const badRequest = (message: string | string[]) => new FakeHttpError(400, message);
export const unprocessable = (message: string | string[]) =>
	new FakeHttpError(422, message, { error: 'Unprocessable Entity' });
