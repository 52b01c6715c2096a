import type { IDataObject } from 'n8n-workflow';

import type { Params } from '../../../shared/operations/params';

/** Price options as GHL's body fields; a recurring price gets its billing interval. */
export function priceBody(p: Params, type: string, options: IDataObject): IDataObject {
	const body: IDataObject = {};
	for (const [key, value] of Object.entries(options)) {
		if (value === '' || value === undefined) continue;
		body[key] = value;
	}
	if (type === 'recurring') {
		const intervalCount = p.number('intervalCount', 1);
		if (!Number.isInteger(intervalCount) || intervalCount < 1)
			p.fail('"Every" must be a whole number of 1 or more');
		body.recurring = { interval: p.string('interval'), intervalCount };
	}
	return body;
}

export function checkAmount(p: Params, amount: number): number {
	if (amount < 0) p.fail('"Amount" must be 0 or more');
	return amount;
}
