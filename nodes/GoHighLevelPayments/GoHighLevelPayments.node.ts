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
import { couponResource } from './actions/coupon/Coupon.resource';
import { orderResource } from './actions/order/Order.resource';
import { subscriptionResource } from './actions/subscription/Subscription.resource';
import { transactionResource } from './actions/transaction/Transaction.resource';
import { searchCoupons, searchOrders, searchSubscriptions, searchTransactions } from './methods';

export const resources = [orderResource, transactionResource, subscriptionResource, couponResource];

export class GoHighLevelPayments implements INodeType {
	description: INodeTypeDescription = {
		...actionNodeBase,
		displayName: 'GoHighLevel Payments',
		name: 'goHighLevelPayments',
		icon: { light: 'file:gohighlevel.svg', dark: 'file:gohighlevel.dark.svg' },
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		usableAsTool: true,
		description:
			'Read GoHighLevel orders, transactions and subscriptions, fulfil orders and manage coupons',
		defaults: { name: 'GoHighLevel Payments' },
		properties: nodeProperties(resources),
	};

	methods = {
		listSearch: {
			...sharedListSearch,
			searchOrders,
			searchTransactions,
			searchSubscriptions,
			searchCoupons,
		},
		loadOptions: { ...sharedLoadOptions },
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeOperations.call(this, resources);
	}
}
