import { recordLocator } from '../../../shared/descriptions';

export const linkLocator = () =>
	recordLocator('linkId', 'Trigger Link', 'searchTriggerLinks', {
		placeholder: 'e.g. n4AriwEnFrGh3tu08W0U',
	});
