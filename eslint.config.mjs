// n8n's own lint configuration for community nodes, exactly as the n8n-nodes-starter uses it (`n8n-node lint`).
import { config } from '@n8n/node-cli/eslint';

export default config;
