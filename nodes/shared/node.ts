import type { INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { credentialsFor } from './operations/describe';

/**
 * What every GoHighLevel action node's description has in common. A node spreads it into its own description
 * literal and adds its name, icon, subtitle, usableAsTool, description and `properties: nodeProperties(resources)`.
 */
export const actionNodeBase: Pick<
	INodeTypeDescription,
	'group' | 'version' | 'inputs' | 'outputs' | 'credentials'
> = {
	group: ['transform'],
	version: 1,
	inputs: [NodeConnectionTypes.Main],
	outputs: [NodeConnectionTypes.Main],
	credentials: credentialsFor,
};
