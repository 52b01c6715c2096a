import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

/**
 * Turns each input item's `base64`, `fileName` and `mimeType` into a binary property `data` through n8n's own
 * binary helper, as Read File or HTTP Request would: what a media upload reads downstream.
 */
export class BinarySource implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Binary Source',
		name: 'binarySource',
		group: ['transform'],
		version: 1,
		description: 'Makes a binary property from base64 in the item',
		defaults: { name: 'Binary Source' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		properties: [],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = this.getInputData();
		const out: INodeExecutionData[] = [];
		for (const item of items) {
			const { base64, fileName, mimeType } = item.json as {
				base64: string;
				fileName: string;
				mimeType: string;
			};
			const data = await this.helpers.prepareBinaryData(
				Buffer.from(base64, 'base64'),
				fileName,
				mimeType,
			);
			out.push({ json: { fileName }, binary: { data } });
		}
		return [out];
	}
}
