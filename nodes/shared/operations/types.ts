import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { GhlRequest } from '../transport';
import type { Pagination } from '../transport/pagination';
import type { Params } from './params';
import type { OperationApi } from './api';

export type OperationResult = IDataObject | IDataObject[];

/**
 * One operation of a node: what the editor shows, and either a request builder (the common case) or a
 * `run` for operations that need several requests. The executor supplies items, paired items,
 * Continue On Fail, Return All / Limit and errors, so an operation cannot forget them.
 */
export interface OperationDefinition {
	value: string;
	name: string;
	/** The sentence shown in the actions panel and to AI agents, e.g. "Create a contact". */
	action: string;
	description: string;
	/** Parameters of this operation only; the executor adds the display options. */
	properties?: INodeProperties[];
	/**
	 * Spec endpoints this operation calls, e.g. `POST /contacts/`: checked against the spec and the scopes. Where the
	 * catalogue's scopes for one are all outside the credential's default (PACK_SCOPES), the editor shows a notice.
	 */
	endpoints: string[];
	/** Why the operation calls no API endpoint (it POSTs to an inbound-webhook URL); then `endpoints` is empty. */
	outsideApi?: string;
	/** A list endpoint: adds Return All / Limit and pages through it. */
	list?: Pagination;
	request?: (params: Params) => GhlRequest | Promise<GhlRequest>;
	/** Shapes GHL's response into output records (default: the body as one item). */
	output?: (body: IDataObject, params: Params) => OperationResult;
	run?: (params: Params, api: OperationApi) => Promise<OperationResult>;
	/**
	 * For GHL's bulk endpoints: items are validated one by one, then sent together, up to `maxItems` per request
	 * (grouped by `groupKey`, e.g. the sub-account). `output` gives one result per item of the batch, in order: a
	 * record, or an Error for an item GHL refused within an accepted request (it fails that item alone).
	 */
	batch?: {
		maxItems: number;
		groupKey: (params: Params) => string;
		request: (batch: Params[]) => GhlRequest;
		output: (body: IDataObject, batch: Params[]) => Array<IDataObject | Error>;
	};
}

export interface ResourceDefinition {
	value: string;
	name: string;
	operations: OperationDefinition[];
	/** The operation a new node starts on (operations are listed alphabetically). */
	defaultOperation?: string;
}
