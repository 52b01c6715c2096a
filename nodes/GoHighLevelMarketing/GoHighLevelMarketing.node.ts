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
import { blogResource } from './actions/blog/Blog.resource';
import { blogPostResource } from './actions/blogPost/BlogPost.resource';
import { emailCampaignResource } from './actions/emailCampaign/EmailCampaign.resource';
import { emailTemplateResource } from './actions/emailTemplate/EmailTemplate.resource';
import { funnelResource } from './actions/funnel/Funnel.resource';
import { mediaResource } from './actions/media/Media.resource';
import { redirectResource } from './actions/redirect/Redirect.resource';
import {
	getBlogAuthors,
	getBlogCategories,
	searchBlogs,
	searchEmailTemplates,
	searchFunnels,
	searchMedia,
	searchMediaFolders,
	searchRedirects,
} from './methods';

export const resources = [
	mediaResource,
	blogPostResource,
	blogResource,
	funnelResource,
	redirectResource,
	emailTemplateResource,
	emailCampaignResource,
];

export class GoHighLevelMarketing implements INodeType {
	description: INodeTypeDescription = {
		...actionNodeBase,
		displayName: 'GoHighLevel Marketing',
		name: 'goHighLevelMarketing',
		icon: { light: 'file:gohighlevel.svg', dark: 'file:gohighlevel.dark.svg' },
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		usableAsTool: true,
		description:
			'Upload to the GoHighLevel media library, write blog posts, manage funnels, URL redirects and email templates',
		defaults: { name: 'GoHighLevel Marketing' },
		properties: nodeProperties(resources),
	};

	methods = {
		listSearch: {
			...sharedListSearch,
			searchMedia,
			searchMediaFolders,
			searchBlogs,
			searchFunnels,
			searchRedirects,
			searchEmailTemplates,
		},
		loadOptions: { ...sharedLoadOptions, getBlogAuthors, getBlogCategories },
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeOperations.call(this, resources);
	}
}
