import type { INodeProperties } from 'n8n-workflow';

/** A record of the sub-account picked from a searchable list or given by ID. */
export function recordLocator(
	name: string,
	displayName: string,
	searchListMethod: string,
	extra: Partial<INodeProperties> = {},
): INodeProperties {
	return {
		displayName,
		name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description: `The ${displayName.toLowerCase()}, picked from the sub-account or given by ID`,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod, searchable: true },
			},
			{ displayName: 'ID', name: 'id', type: 'string', placeholder: 'e.g. 3xkJ9QmZp2LqR7sT1vWa' },
		],
		...extra,
	};
}
