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
import { accountResource } from './actions/account/Account.resource';
import { categoryResource } from './actions/category/Category.resource';
import { postResource } from './actions/post/Post.resource';
import { tagResource } from './actions/tag/Tag.resource';
import {
	getSocialAccounts,
	getSocialCategories,
	getSocialTags,
	searchCategories,
	searchPosts,
} from './methods';

export const resources = [postResource, accountResource, categoryResource, tagResource];

export class GoHighLevelSocialPlanner implements INodeType {
	description: INodeTypeDescription = {
		...actionNodeBase,
		displayName: 'GoHighLevel Social Planner',
		name: 'goHighLevelSocialPlanner',
		icon: { light: 'file:gohighlevel.svg', dark: 'file:gohighlevel.dark.svg' },
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		usableAsTool: true,
		description: 'Schedule and manage social media posts through the GoHighLevel Social Planner',
		defaults: { name: 'GoHighLevel Social Planner' },
		properties: nodeProperties(resources),
	};

	methods = {
		listSearch: { ...sharedListSearch, searchPosts, searchCategories },
		loadOptions: { ...sharedLoadOptions, getSocialAccounts, getSocialCategories, getSocialTags },
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeOperations.call(this, resources);
	}
}
