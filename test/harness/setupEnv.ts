import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

// n8n-core's InstanceSettings reads its folder and encryption key from the environment; give each jest worker its own.
process.env.N8N_USER_FOLDER ??= mkdtempSync(join(tmpdir(), 'ghl-n8n-'));
process.env.N8N_ENCRYPTION_KEY ??= 'test-encryption-key-for-jest-only';
process.env.N8N_DIAGNOSTICS_ENABLED = 'false';
process.env.N8N_LOG_LEVEL ??= 'silent';
