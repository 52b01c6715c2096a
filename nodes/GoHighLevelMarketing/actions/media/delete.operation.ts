import { altOf } from '../../../shared/altLocation';
import type { OperationDefinition } from '../../../shared/operations/types';
import { mediaLocator } from '../fields';

export const remove: OperationDefinition = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a media file or folder',
	description: 'Delete a file or folder of the media library',
	endpoints: ['DELETE /medias/{id}'],
	properties: [mediaLocator],
	request: (p) => ({ method: 'DELETE', path: `/medias/${p.id('mediaId')}`, qs: altOf(p) }),
	output: (_body, p) => ({ id: p.id('mediaId'), deleted: true }),
};
