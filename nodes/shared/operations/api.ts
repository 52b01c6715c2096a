import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { ghlRequest, type GhlAccount, type GhlRequest } from '../transport';
import { ghlRequestAllItems, type Pagination } from '../transport/pagination';

/** The transport bound to one item: what a multi-request operation calls. */
export class OperationApi {
	constructor(
		private readonly ctx: IExecuteFunctions,
		private readonly itemIndex: number,
		private readonly account: GhlAccount,
	) {}

	async request(request: GhlRequest): Promise<IDataObject> {
		return (await ghlRequest.call(this.ctx, request, this.itemIndex, this.account)).body;
	}

	async all(request: GhlRequest, pagination: Pagination, limit?: number): Promise<IDataObject[]> {
		return await ghlRequestAllItems.call(this.ctx, request, pagination, limit, this.itemIndex, this.account);
	}
}
