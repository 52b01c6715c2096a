import type { OperationDefinition } from '../../../shared/operations/types';

export const checkSlug: OperationDefinition = {
	value: 'checkSlug',
	name: 'Check URL Slug',
	action: 'Check whether a blog URL slug is taken',
	description: 'Check whether a URL slug is already used by a post, before creating one',
	endpoints: ['GET /blogs/posts/url-slug-exists'],
	properties: [
		{ displayName: 'URL Slug', name: 'urlSlug', type: 'string', default: '', required: true },
		{
			displayName: 'Ignore Post ID',
			name: 'postId',
			type: 'string',
			default: '',
			description: 'A post whose own slug does not count (when renaming it)',
		},
	],
	request: (p) => {
		const postId = p.optionalString('postId');
		return {
			method: 'GET',
			path: '/blogs/posts/url-slug-exists',
			qs: {
				urlSlug: p.string('urlSlug'),
				locationId: p.locationId(),
				...(postId ? { postId } : {}),
			},
		};
	},
	output: (body, p) => ({ urlSlug: p.string('urlSlug'), exists: body.exists === true }),
};
