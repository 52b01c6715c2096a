import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { recordLocator } from '../../shared/descriptions';
import type { Params } from '../../shared/operations/params';

export const postLocator = recordLocator('postId', 'Post', 'searchPosts', {
	placeholder: '6578278e879ad2646715ba9c',
});
export const categoryLocator = recordLocator('categoryId', 'Category', 'searchCategories', {
	placeholder: '6578278e879ad2646715ba9c',
});

/** The social planner's paths carry the sub-account. */
export const plannerPath = (p: Params, rest: string) =>
	`/social-media-posting/${p.locationId()}${rest}`;

export const accountsProperty: INodeProperties = {
	displayName: 'Account Names or IDs',
	name: 'accountIds',
	type: 'multiOptions',
	typeOptions: { loadOptionsMethod: 'getSocialAccounts' },
	default: [],
	required: true,
	description:
		'The connected social accounts to post to. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

export const POST_TYPES = [
	{ name: 'Post', value: 'post' },
	{ name: 'Story', value: 'story' },
	{ name: 'Reel', value: 'reel' },
];

export const mediaProperty: INodeProperties = {
	displayName: 'Media',
	name: 'media',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Image or Video',
	default: {},
	description:
		'Public URLs of images or videos, e.g. the URL the Marketing node returns after a media upload',
	options: [
		{
			displayName: 'File',
			name: 'file',
			values: [
				{ displayName: 'URL', name: 'url', type: 'string', default: '', required: true },
				{
					displayName: 'Type',
					name: 'type',
					type: 'options',
					options: [
						{ name: 'Image', value: 'image/png' },
						{ name: 'JPEG Image', value: 'image/jpeg' },
						{ name: 'Video', value: 'video/mp4' },
					],
					default: 'image/png',
				},
				{ displayName: 'Caption', name: 'caption', type: 'string', default: '' },
			],
		},
	],
};

export function mediaBody(p: Params): IDataObject[] | undefined {
	const rows = (p.collection('media').file as IDataObject[] | undefined) ?? [];
	if (!rows.length) return undefined;
	return rows.map((row, i) => {
		const url = String(row.url ?? '').trim();
		if (!/^https?:\/\/\S+$/.test(url)) p.fail(`"Media ${i + 1}: URL" is not a valid URL: "${url}"`);
		return {
			url,
			type: String(row.type || 'image/png'),
			...(row.caption ? { caption: String(row.caption) } : {}),
		};
	});
}

export const postOptions: INodeProperties[] = [
	{
		displayName: 'Category Name or ID',
		name: 'categoryId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getSocialCategories' },
		default: '',
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	},
	{
		displayName: 'Tag Names or IDs',
		name: 'tags',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getSocialTags' },
		default: [],
		description:
			'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	},
	{
		displayName: 'First Comment',
		name: 'followUpComment',
		type: 'string',
		default: '',
		description: 'A comment posted right after the post (where the platform allows it)',
	},
	{
		displayName: 'Link Preview URL',
		name: 'metaLink',
		type: 'string',
		default: '',
		description: 'The link whose preview (Open Graph) is shown',
	},
	{
		displayName: 'TikTok Privacy',
		name: 'tiktokPrivacy',
		type: 'options',
		options: [
			{ name: 'Public', value: 'PUBLIC_TO_EVERYONE' },
			{ name: 'Friends', value: 'MUTUAL_FOLLOW_FRIENDS' },
			{ name: 'Followers', value: 'FOLLOWER_OF_CREATOR' },
			{ name: 'Only Me', value: 'SELF_ONLY' },
		],
		default: 'PUBLIC_TO_EVERYONE',
		description: 'Who sees the post on TikTok accounts',
	},
	{
		displayName: 'Google Business Button',
		name: 'gmbActionType',
		type: 'options',
		options: [
			{ name: 'Book', value: 'BOOK' },
			{ name: 'Call', value: 'CALL' },
			{ name: 'Learn More', value: 'LEARN_MORE' },
			{ name: 'Order', value: 'ORDER' },
			{ name: 'Shop', value: 'SHOP' },
			{ name: 'Sign Up', value: 'SIGN_UP' },
		],
		default: 'LEARN_MORE',
		description: 'The call-to-action button of the post on Google Business Profile accounts',
	},
	{ displayName: 'Google Business Button URL', name: 'gmbUrl', type: 'string', default: '' },
];

/** The post options as GHL's per-platform body fields. */
export function postOptionsBody(options: IDataObject): IDataObject {
	const body: IDataObject = {};
	if (options.categoryId) body.categoryId = options.categoryId;
	if (Array.isArray(options.tags) && options.tags.length) body.tags = options.tags;
	if (options.followUpComment) body.followUpComment = options.followUpComment;
	if (options.metaLink) body.ogTagsDetails = { metaLink: options.metaLink };
	if (options.tiktokPrivacy) body.tiktokPostDetails = { privacyLevel: options.tiktokPrivacy };
	if (options.gmbActionType || options.gmbUrl) {
		body.gmbPostDetails = {
			...(options.gmbActionType ? { actionType: options.gmbActionType } : {}),
			...(options.gmbUrl ? { url: options.gmbUrl } : {}),
		};
	}
	return body;
}

/** GHL's post envelope: `{ results: { post } }`. */
export const postOf = (body: IDataObject) =>
	((body.results as IDataObject | undefined)?.post as IDataObject) ?? body;
