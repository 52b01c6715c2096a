/**
 * README's first command (`npm start`): a local HighLevel sandbox and a real n8n with this pack, the example
 * workflows and a credential for the sandbox. n8n's data stays in .sandbox/ so a second start keeps what you built.
 * Ctrl-C stops both.
 */
import { join } from 'path';

import { packageName, repoRoot } from '../test/harness/pack';
import {
	ensureOwner,
	SANDBOX_AGENCY_CREDENTIAL,
	SANDBOX_CREDENTIAL,
	SANDBOX_OWNER,
	startSandbox,
} from '../test/e2e/lib/sandbox';

async function main(): Promise<void> {
	const n8nPort = Number(process.argv[2] ?? 5678);
	const ghlPort = Number(process.argv[3] ?? 5680);
	console.log(
		'Starting the HighLevel sandbox and n8n (the first start installs n8n: a few minutes)…',
	);
	const sandbox = await startSandbox({
		n8nPort,
		ghlPort,
		userFolder: join(repoRoot, '.sandbox', 'n8n'),
	});
	const owner = await ensureOwner(sandbox.n8n);

	let stopping = false;
	const stop = async () => {
		if (stopping) return;
		stopping = true;
		console.log('\nStopping n8n and the sandbox…');
		await sandbox.stop();
		process.exit(0);
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);

	console.log(`
  n8n with ${packageName}:   ${sandbox.n8n.baseUrl}
  ${owner === 'created' ? 'log in with' : 'owner account (made on the first start)'}: ${SANDBOX_OWNER.email} / ${SANDBOX_OWNER.password}
  HighLevel sandbox (fake GHL API): ${sandbox.fake.url}
  credentials for it in n8n:        "${SANDBOX_CREDENTIAL.name}" (sub-account token),
                                    "${SANDBOX_AGENCY_CREDENTIAL.name}" (agency OAuth2, for the Sub-Accounts node)
  example workflows imported:
${sandbox.examples.map((e) => `    - ${e.workflow.name}`).join('\n') || '    (none)'}

  Ctrl-C stops everything.`);
}

main().catch((error) => {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
});
