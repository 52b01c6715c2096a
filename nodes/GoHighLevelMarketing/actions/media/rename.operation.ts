import { altOf } from '../../../shared/altLocation';
import type { OperationDefinition } from '../../../shared/operations/types';
import { mediaLocator } from '../fields';

export const rename: OperationDefinition = {
	value: 'rename',
	name: 'Rename',
	action: 'Rename a media file or folder',
	description: 'Give a file or folder of the media library a new name',
	endpoints: ['POST /medias/{id}'],
	properties: [
		mediaLocator,
		{ displayName: 'New Name', name: 'name', type: 'string', default: '', required: true },
	],
	request: (p) => ({
		method: 'POST',
		path: `/medias/${p.id('mediaId')}`,
		body: { ...altOf(p), name: p.string('name') },
	}),
	output: (_body, p) => ({ id: p.id('mediaId'), name: p.string('name'), renamed: true }),
};
