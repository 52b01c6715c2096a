import type { IDataObject } from 'n8n-workflow';

/**
 * The association list endpoints answer `{ associations: [...] }` (what GHL sends; the spec documents a single
 * association as their response), so a body that is one association is taken as a list of one.
 */
export function associationsOf(body: IDataObject): IDataObject[] {
	if (Array.isArray(body.associations)) return body.associations as IDataObject[];
	return body.id ? [body] : [];
}
