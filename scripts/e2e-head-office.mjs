#!/usr/bin/env node
// For Playwright's webServer: a fresh head office for each test run, in a new temporary data folder
// (seeded with the demo organisation and portfolio on start), on exactly the port given (`--port N`).
// The folder is removed when Playwright stops it (SIGTERM).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHeadOffice } from './headOffice.mjs';
import { buildConsole } from './web.mjs';

const flag = process.argv.indexOf('--port');
const port = Number(flag >= 0 ? process.argv[flag + 1] : process.env.E2E_HEAD_OFFICE_PORT ?? 4175);
const dataDir = mkdtempSync(join(tmpdir(), 'rd-e2e-headoffice-'));
const cleanUp = () => rmSync(dataDir, { recursive: true, force: true });

try {
  // The console's pages are tested against this head office, which serves them from out/console.
  await buildConsole();
  // One run signs the same demo users in dozens of times a minute, from one address: more than a branch does.
  const server = await startHeadOffice({ dataDir, port, env: { ...process.env, SIGN_IN_PER_USER_PER_MINUTE: '120', SIGN_IN_PER_ADDRESS_PER_MINUTE: '1000' } });
  console.log(`e2e head office: ${server.url} (data in ${dataDir})`);
  const stop = async () => {
    await server.stop();
    cleanUp();
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  void server.exited.then(({ code }) => {
    cleanUp();
    process.exit(code ?? 1);
  });
} catch (err) {
  cleanUp();
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}
