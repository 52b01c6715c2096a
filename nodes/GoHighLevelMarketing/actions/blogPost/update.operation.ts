import type { IDataObject } from 'n8n-workflow';

import { pick } from '../../../shared/altLocation';
import type { OperationDefinition } from '../../../shared/operations/types';
import { blogLocator } from '../fields';
import { POST_STATUSES, postFields, postFieldsBody } from './fields';

const PAGE = 100;
const KEPT = [
	'title',
	'description',
	'imageUrl',
	'imageAltText',
	'status',
	'urlSlug',
	'canonicalLink',
	'author',
	'categories',
	'tags',
	'publishedAt',
];

export const update: OperationDefinition = {
	value: 'update',
	name: 'Update',
	action: 'Update a blog post',
	description: 'Change a blog post; fields left out keep their values',
	endpoints: ['GET /blogs/posts/all', 'PUT /blogs/posts/{postId}'],
	properties: [
		blogLocator,
		{
			displayName: 'Post ID',
			name: 'postId',
			type: 'string',
			default: '',
			required: true,
			description: 'The ID of the post, e.g. from Blog Post → Get Many',
		},
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{ displayName: 'Title', name: 'title', type: 'string', default: '' },
				{
					displayName: 'Content (HTML)',
					name: 'rawHTML',
					type: 'string',
					typeOptions: { rows: 8 },
					default: '',
				},
				{
					displayName: 'Status',
					name: 'status',
					type: 'options',
					options: POST_STATUSES,
					default: 'PUBLISHED',
				},
				...postFields,
			],
		},
	],
	run: async (p, api) => {
		const postId = p.string('postId');
		if (/[/?#\s]/.test(postId)) p.fail(`"Post ID" is not a valid ID: "${postId}"`);
		const fields = p.collection('updateFields');
		if (!Object.keys(fields).length)
			p.fail('Nothing to update', 'Add at least one field under "Update Fields".');
		const locationId = p.locationId();
		const blogId = p.id('blogId');
		// PUT requires every field and GHL has no "get one post": the post is found in its blog's list.
		let current: IDataObject | undefined;
		for (let offset = 0; !current; offset += PAGE) {
			const page =
				((
					await api.request({
						method: 'GET',
						path: '/blogs/posts/all',
						qs: { locationId, blogId, limit: PAGE, offset },
					})
				).blogs as IDataObject[]) ?? [];
			current = page.find((post) => post._id === postId);
			if (!current && page.length < PAGE)
				p.fail(`Blog post "${postId}" was not found in this blog`);
		}
		if (!fields.rawHTML && current.rawHTML === undefined) {
			p.fail(
				'"Content (HTML)" is required',
				'GHL does not return the content of a post, and the update replaces it: give the content again.',
			);
		}
		const body: IDataObject = {
			description: '',
			imageUrl: '',
			imageAltText: '',
			author: '',
			categories: [],
			...pick(current, KEPT),
			rawHTML: current.rawHTML ?? '',
			...postFieldsBody(p, fields),
			locationId,
			blogId,
		};
		const answer = await api.request({ method: 'PUT', path: `/blogs/posts/${postId}`, body });
		return (answer.updatedBlogPost as IDataObject) ?? answer;
	},
};
