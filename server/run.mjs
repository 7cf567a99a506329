#!/usr/bin/env node
// `npm run server [-- COMMAND]`: the head-office service. Node 20 does not run TypeScript, so server/cli.ts
// (and the shared/ code it imports) goes through Vite's module runner, as scripts/letters does.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('../', import.meta.url));

try {
  const { module: cli } = await runnerImport(`${root}server/cli.ts`, { configFile: false, logLevel: 'error', root });
  const result = await cli.main(process.argv.slice(2), process.env);
  if (result !== 'running') process.exit(result);
} catch (err) {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exit(1);
}
