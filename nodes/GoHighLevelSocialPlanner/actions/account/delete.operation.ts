import type { OperationDefinition } from '../../../shared/operations/types';
import { plannerPath } from '../fields';

export const remove: OperationDefinition = {
	value: 'delete',
	name: 'Disconnect',
	action: 'Disconnect a social account',
	description: 'Remove a connected account from the planner',
	endpoints: ['DELETE /social-media-posting/{locationId}/accounts/{id}'],
	properties: [
		{
			displayName: 'Account Name or ID',
			name: 'accountId',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getSocialAccounts' },
			default: '',
			required: true,
			description:
				'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		},
	],
	request: (p) => {
		const accountId = p.string('accountId');
		if (/[/?#\s]/.test(accountId)) p.fail(`"Account" is not a valid ID: "${accountId}"`);
		return { method: 'DELETE', path: plannerPath(p, `/accounts/${encodeURIComponent(accountId)}`) };
	},
	output: (body, p) => ({ id: p.string('accountId'), disconnected: body.success !== false }),
};
