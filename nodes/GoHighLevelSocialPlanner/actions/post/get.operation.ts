import type { OperationDefinition } from '../../../shared/operations/types';
import { plannerPath, postLocator, postOf } from '../fields';

export const get: OperationDefinition = {
	value: 'get',
	name: 'Get',
	action: 'Get a social post',
	description: 'Get a post with its status and accounts',
	endpoints: ['GET /social-media-posting/{locationId}/posts/{id}'],
	properties: [postLocator],
	request: (p) => ({ method: 'GET', path: plannerPath(p, `/posts/${p.id('postId')}`) }),
	output: postOf,
};
