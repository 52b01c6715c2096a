import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';

import { sharedListSearch, sharedLoadOptions } from '../shared/methods/pickers';
import { actionNodeBase } from '../shared/node';
import { nodeProperties } from '../shared/operations/describe';
import { executeOperations } from '../shared/operations/execute';
import { collectionResource } from './actions/collection/Collection.resource';
import { inventoryResource } from './actions/inventory/Inventory.resource';
import { priceResource } from './actions/price/Price.resource';
import { productResource } from './actions/product/Product.resource';
import { searchCollections, searchPrices, searchProducts } from './methods';

export const resources = [productResource, priceResource, collectionResource, inventoryResource];

export class GoHighLevelProducts implements INodeType {
	description: INodeTypeDescription = {
		...actionNodeBase,
		displayName: 'GoHighLevel Products',
		name: 'goHighLevelProducts',
		icon: { light: 'file:gohighlevel.svg', dark: 'file:gohighlevel.dark.svg' },
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		usableAsTool: true,
		description: 'Manage GoHighLevel products, their prices, store collections and stock levels',
		defaults: { name: 'GoHighLevel Products' },
		properties: nodeProperties(resources),
	};

	methods = {
		listSearch: { ...sharedListSearch, searchProducts, searchPrices, searchCollections },
		loadOptions: { ...sharedLoadOptions },
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeOperations.call(this, resources);
	}
}
