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
import { appointmentResource } from './actions/appointment';
import { appointmentNoteResource } from './actions/appointmentNote';
import { calendarGroupResource, calendarResource } from './actions/calendar';
import { blockedSlotResource, eventResource } from './actions/event';
import { freeSlotResource } from './actions/freeSlot';
import {
	getCalendarGroups,
	getCalendars,
	getTimezones,
	searchCalendarGroups,
	searchCalendars,
} from './methods';

export const resources = [
	appointmentResource,
	freeSlotResource,
	eventResource,
	blockedSlotResource,
	appointmentNoteResource,
	calendarResource,
	calendarGroupResource,
];

export class GoHighLevelCalendars implements INodeType {
	description: INodeTypeDescription = {
		...actionNodeBase,
		displayName: 'GoHighLevel Calendars',
		name: 'goHighLevelCalendars',
		icon: { light: 'file:gohighlevel.svg', dark: 'file:gohighlevel.dark.svg' },
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		usableAsTool: true,
		description:
			'Book, reschedule and cancel appointments in GoHighLevel, find free slots, manage calendars and blocked time',
		defaults: { name: 'GoHighLevel Calendars' },
		properties: nodeProperties(resources),
	};

	methods = {
		listSearch: { ...sharedListSearch, searchCalendars, searchCalendarGroups },
		loadOptions: { ...sharedLoadOptions, getCalendars, getCalendarGroups, getTimezones },
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeOperations.call(this, resources);
	}
}
