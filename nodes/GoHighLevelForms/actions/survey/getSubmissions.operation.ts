import { submissionsOperation } from '../submissions';

export const getSubmissions = submissionsOperation('survey');
