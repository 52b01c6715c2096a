import { namedRecordResource } from './namedRecord';

export const tagResource = namedRecordResource({
	value: 'tag',
	name: 'Tag',
	plural: 'tags',
	segment: 'tags',
	idName: 'tagId',
	searchListMethod: 'searchTags',
	withValue: false,
	single: 'tag',
	many: 'tags',
});

export const [createTag, deleteTag, getTag, getManyTags, updateTag] = tagResource.operations;
