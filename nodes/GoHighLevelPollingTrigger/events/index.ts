import { appointmentCreated } from './appointments';
import { contactCreated, contactUpdated } from './contacts';
import { opportunityCreated, opportunityStageChanged } from './opportunities';
import { formSubmitted, surveySubmitted } from './submissions';
import { taskCreated } from './tasks';
import type { PollEvent } from './types';

/** Every event the node polls for, in the order the editor lists them. */
export const pollEvents: PollEvent[] = [
	contactCreated,
	contactUpdated,
	opportunityCreated,
	opportunityStageChanged,
	appointmentCreated,
	taskCreated,
	formSubmitted,
	surveySubmitted,
];
