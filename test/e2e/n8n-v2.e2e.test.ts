import { defineE2eSuite } from './lib/suite';

// The pack inside a real n8n 2.x (installed on first run by scripts/ensure-n8n.sh).
describe('end to end in n8n 2.40.7', () => defineE2eSuite('v2'));
