import { altOf } from '../../../shared/altLocation';
import type { OperationDefinition } from '../../../shared/operations/types';
import { folderLocator } from '../fields';

export const createFolder: OperationDefinition = {
	value: 'createFolder',
	name: 'Create Folder',
	action: 'Create a media folder',
	description: 'Create a folder in the media library',
	endpoints: ['POST /medias/folder'],
	properties: [
		{ displayName: 'Name', name: 'name', type: 'string', default: '', required: true },
		folderLocator(),
	],
	request: (p) => {
		const parentId = p.optionalId('parentId');
		return {
			method: 'POST',
			path: '/medias/folder',
			body: { ...altOf(p), name: p.string('name'), ...(parentId ? { parentId } : {}) },
		};
	},
};
