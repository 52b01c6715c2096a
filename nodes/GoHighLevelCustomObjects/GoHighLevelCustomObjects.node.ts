import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';

import { sharedListSearch, sharedLoadOptions } from '../shared/methods/pickers';
import { actionNodeBase } from '../shared/node';
import { nodeProperties } from '../shared/operations/describe';
import { executeOperations } from '../shared/operations/execute';
import { associationResource } from './actions/association/Association.resource';
import { objectResource } from './actions/object/Object.resource';
import { objectFieldResource } from './actions/objectField/ObjectField.resource';
import { objectFolderResource } from './actions/objectFolder/ObjectFolder.resource';
import { recordResource } from './actions/record/Record.resource';
import { relationResource } from './actions/relation/Relation.resource';
import {
	getObjectFieldKeys,
	searchAssociations,
	searchObjectFields,
	searchObjectFolders,
	searchObjects,
	searchRecords,
} from './methods/listSearch';
import { getRecordColumns, getRecordColumnsForUpdate } from './methods/resourceMapping';

export const resources = [
	recordResource,
	objectResource,
	objectFieldResource,
	objectFolderResource,
	associationResource,
	relationResource,
];

export class GoHighLevelCustomObjects implements INodeType {
	description: INodeTypeDescription = {
		...actionNodeBase,
		displayName: 'GoHighLevel Custom Objects',
		name: 'goHighLevelCustomObjects',
		icon: { light: 'file:gohighlevel.svg', dark: 'file:gohighlevel.dark.svg' },
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		usableAsTool: true,
		description:
			'Records of GoHighLevel custom objects, their schemas and fields, and associations between records',
		defaults: { name: 'GoHighLevel Custom Objects' },
		properties: nodeProperties(resources),
	};

	methods = {
		listSearch: {
			...sharedListSearch,
			searchObjects,
			searchRecords,
			searchAssociations,
			searchObjectFields,
			searchObjectFolders,
		},
		loadOptions: { ...sharedLoadOptions, getObjectFieldKeys },
		resourceMapping: { getRecordColumns, getRecordColumnsForUpdate },
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeOperations.call(this, resources);
	}
}
