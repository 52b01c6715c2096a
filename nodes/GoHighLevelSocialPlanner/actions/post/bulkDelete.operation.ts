import type { OperationDefinition } from '../../../shared/operations/types';
import { plannerPath, postLocator } from '../fields';

/** Posts per request: GHL documents no maximum; 50 keeps each request modest. */
const MAX_POSTS_PER_REQUEST = 50;

export const bulkDelete: OperationDefinition = {
	value: 'bulkDelete',
	name: 'Delete (Bulk)',
	action: 'Delete many social posts',
	description: 'Delete the post of every input item, 50 posts per request',
	endpoints: ['POST /social-media-posting/{locationId}/posts/bulk-delete'],
	properties: [postLocator],
	batch: {
		maxItems: MAX_POSTS_PER_REQUEST,
		groupKey: (p) => {
			p.id('postId');
			return p.locationId();
		},
		request: (batch) => ({
			method: 'POST',
			path: plannerPath(batch[0], '/posts/bulk-delete'),
			body: { postIds: batch.map((p) => p.id('postId')) },
		}),
		output: (body, batch) =>
			batch.map((p) => ({ id: p.id('postId'), deleted: body.success !== false })),
	},
};
