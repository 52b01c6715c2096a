import { defineE2eSuite } from './lib/suite';

// The same scenarios in n8n 1.x, which many self-hosted users still run (Node 20).
describe('end to end in n8n 1.123.50', () => defineE2eSuite('v1'));
