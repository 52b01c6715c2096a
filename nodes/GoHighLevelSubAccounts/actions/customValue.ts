import { namedRecordResource } from './namedRecord';

export const customValueResource = namedRecordResource({
	value: 'customValue',
	name: 'Custom Value',
	plural: 'custom values',
	segment: 'customValues',
	idName: 'customValueId',
	searchListMethod: 'searchCustomValues',
	withValue: true,
	single: 'customValue',
	many: 'customValues',
});

export const [
	createCustomValue,
	deleteCustomValue,
	getCustomValue,
	getManyCustomValues,
	updateCustomValue,
] = customValueResource.operations;
