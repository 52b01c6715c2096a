import type { IDataObject } from 'n8n-workflow';

import { altOf } from '../../../shared/altLocation';
import type { OperationDefinition } from '../../../shared/operations/types';
import { folderLocator } from '../fields';

export const getMany: OperationDefinition = {
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many media files or folders',
	description: 'List or search the files (or folders) of the media library',
	endpoints: ['GET /medias/files'],
	properties: [
		{
			displayName: 'Type',
			name: 'type',
			type: 'options',
			options: [
				{ name: 'Files', value: 'file' },
				{ name: 'Folders', value: 'folder' },
			],
			default: 'file',
		},
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Search',
					name: 'query',
					type: 'string',
					default: '',
					description: 'Text in the name',
				},
				{ ...folderLocator(), displayName: 'In Folder', name: 'parentId' },
			],
		},
	],
	// offset and limit are strings in this API's query: the pager sends them as text anyway.
	list: {
		style: 'skip',
		pageParam: 'offset',
		sizeParam: 'limit',
		records: 'files',
		maxPageSize: 100,
	},
	request: (p) => {
		const filters = p.collection('filters');
		const folder = filters.parentId as { value?: string } | string | undefined;
		const parentId = String((typeof folder === 'object' ? folder?.value : folder) ?? '').trim();
		const qs: IDataObject = {
			...altOf(p),
			type: p.string('type'),
			sortBy: 'createdAt',
			sortOrder: 'desc',
		};
		if (filters.query) qs.query = filters.query;
		if (parentId) qs.parentId = parentId;
		return { method: 'GET', path: '/medias/files', qs };
	},
};
