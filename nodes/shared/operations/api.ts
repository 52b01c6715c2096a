import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { ghlRequest, type GhlAccount, type GhlRequest } from '../transport';
import { ghlRequestAllItems, type Pagination } from '../transport/pagination';

export interface BinaryFile {
	data: Buffer;
	fileName: string;
	mimeType: string;
	size: number;
}

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
		return await ghlRequestAllItems.call(
			this.ctx,
			request,
			pagination,
			limit,
			this.itemIndex,
			this.account,
		);
	}

	/**
	 * A binary property of the input item. Its size is checked against `maxBytes` from n8n's metadata before the
	 * bytes are read, so an oversized file is refused without loading it or sending anything.
	 */
	async binary(propertyName: string, maxBytes: number, field: string): Promise<BinaryFile> {
		const binary = this.ctx.helpers.assertBinaryData(this.itemIndex, propertyName);
		const size = binary.id
			? (await this.ctx.helpers.getBinaryMetadata(binary.id)).fileSize
			: Buffer.byteLength(binary.data, 'base64');
		if (size > maxBytes) {
			throw new NodeOperationError(
				this.ctx.getNode(),
				`The file in "${field}" (${propertyName}) is ${formatBytes(size)}; GoHighLevel accepts at most ${formatBytes(maxBytes)}`,
				{
					itemIndex: this.itemIndex,
					description:
						'Compress or resize the file first, or upload it elsewhere and add it by URL.',
				},
			);
		}
		const data = await this.ctx.helpers.getBinaryDataBuffer(this.itemIndex, propertyName);
		const fileName =
			binary.fileName || `file${binary.fileExtension ? `.${binary.fileExtension}` : ''}`;
		return {
			data,
			fileName,
			mimeType: binary.mimeType || 'application/octet-stream',
			size: data.length,
		};
	}
}

function formatBytes(bytes: number): string {
	return bytes >= 1024 * 1024
		? `${(bytes / 1024 / 1024).toFixed(1)} MB`
		: `${Math.ceil(bytes / 1024)} KB`;
}
