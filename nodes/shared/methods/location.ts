import type { ILoadOptionsFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { accountOf, type GhlAccount } from '../transport/account';

/** The sub-account a picker lists from: the node's Sub-Account field, else the credential's. */
export async function pickerLocation(
	ctx: ILoadOptionsFunctions,
): Promise<{ account: GhlAccount; locationId: string }> {
	const account = await accountOf(ctx);
	let chosen: unknown;
	try {
		chosen = ctx.getCurrentNodeParameter('locationId', { extractValue: true });
	} catch {
		chosen = undefined;
	}
	const locationId = (typeof chosen === 'string' && chosen.trim()) || account.locationId;
	if (!locationId) {
		throw new NodeOperationError(ctx.getNode(), 'Choose a Sub-Account first', {
			description:
				'With an agency credential, the lists come from the sub-account chosen in the node.',
		});
	}
	return { account, locationId };
}

/** Case-insensitive filter for lists GHL cannot filter itself. */
export function matchesFilter(
	filter: string | undefined,
	...values: Array<string | undefined>
): boolean {
	if (!filter) return true;
	const needle = filter.toLowerCase();
	return values.some((v) => v?.toLowerCase().includes(needle));
}
