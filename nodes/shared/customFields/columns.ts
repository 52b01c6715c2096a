import type {
	FieldType,
	INodeProperties,
	INodePropertyOptions,
	ResourceMapperField,
} from 'n8n-workflow';

/**
 * A GHL custom field as the resource mapper shows it: contacts' and opportunities' fields (locations API) and
 * custom objects' fields (custom fields API v2) have different shapes; both become this.
 */
export interface GhlFieldDefinition {
	/** What the value is sent under: the field id (contacts, opportunities) or the property key (records). */
	id: string;
	name: string;
	dataType: string;
	required?: boolean;
	options?: INodePropertyOptions[];
}

/** GHL data types by how a value of them is entered and sent. */
const NUMBER_TYPES = ['NUMERICAL', 'MONETORY', 'MONETARY'];
const SINGLE_CHOICE_TYPES = ['SINGLE_OPTIONS', 'RADIO'];
export const ARRAY_TYPES = ['CHECKBOX', 'MULTIPLE_OPTIONS', 'TEXTBOX_LIST'];
/** GHL stores uploads through its form upload endpoint only: a file field cannot be set with a value. */
export const FILE_TYPE = 'FILE_UPLOAD';

function fieldType(dataType: string, hasOptions: boolean): FieldType {
	if (NUMBER_TYPES.includes(dataType)) return 'number';
	if (dataType === 'DATE') return 'dateTime';
	if (ARRAY_TYPES.includes(dataType)) return 'array';
	if (SINGLE_CHOICE_TYPES.includes(dataType) && hasOptions) return 'options';
	return 'string';
}

const TYPE_LABELS: Record<string, string> = {
	TEXT: 'text',
	LARGE_TEXT: 'large text',
	NUMERICAL: 'number',
	MONETORY: 'monetary',
	PHONE: 'phone',
	EMAIL: 'email',
	DATE: 'date',
	CHECKBOX: 'checkboxes: a list',
	MULTIPLE_OPTIONS: 'multi-select: a list',
	TEXTBOX_LIST: 'text list: a list',
	SINGLE_OPTIONS: 'single select',
	RADIO: 'radio',
	FILE_UPLOAD: 'file upload: not settable through the API',
};

/** One column of the resource mapper, its label saying the GHL type (n8n shows no description per column). */
export function mapperField(definition: GhlFieldDefinition): ResourceMapperField {
	const options = definition.options?.length ? definition.options : undefined;
	const isFile = definition.dataType === FILE_TYPE;
	const label = TYPE_LABELS[definition.dataType] ?? definition.dataType.toLowerCase();
	return {
		id: definition.id,
		displayName: `${definition.name} (${label})`,
		required: Boolean(definition.required) && !isFile,
		defaultMatch: false,
		canBeUsedToMatch: false,
		display: true,
		type: fieldType(definition.dataType, Boolean(options)),
		...(options && SINGLE_CHOICE_TYPES.includes(definition.dataType) ? { options } : {}),
		...(isFile ? { readOnly: true, removed: true } : {}),
	};
}

/** The resource mapper parameter; `dependsOn` reloads its columns when those parameters change. */
export function mapperProperty(
	name: string,
	displayName: string,
	resourceMapperMethod: string,
	dependsOn: string[],
	words: { singular: string; plural: string },
	extra: Partial<INodeProperties> = {},
): INodeProperties {
	return {
		displayName,
		name,
		type: 'resourceMapper',
		noDataExpression: true,
		default: { mappingMode: 'defineBelow', value: null },
		required: true,
		typeOptions: {
			loadOptionsDependsOn: dependsOn,
			resourceMapper: {
				resourceMapperMethod,
				mode: 'add',
				fieldWords: words,
				addAllFields: false,
				multiKeyMatch: false,
				supportAutoMap: true,
			},
		},
		...extra,
	};
}
