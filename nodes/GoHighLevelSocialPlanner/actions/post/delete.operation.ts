import type { OperationDefinition } from '../../../shared/operations/types';
import { plannerPath, postLocator } from '../fields';

export const remove: OperationDefinition = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a social post',
	description: 'Delete a post from the planner',
	endpoints: ['DELETE /social-media-posting/{locationId}/posts/{id}'],
	properties: [postLocator],
	request: (p) => ({ method: 'DELETE', path: plannerPath(p, `/posts/${p.id('postId')}`) }),
	output: (body, p) => ({ id: p.id('postId'), deleted: body.success !== false }),
};
