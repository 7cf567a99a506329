#!/usr/bin/env node
// `npm run server [-- COMMAND]`: the head-office service (docs/operations.md).
// - A production install (`npm ci`, `npm run build:server`, `npm prune --omit=dev`) runs the compiled bundle,
//   dist/head-office.mjs, with production dependencies only.
// - A developer's checkout (Vite installed) runs server/entry.ts from source through Vite's module runner, so an
//   edit takes effect without a build and a stale bundle is never run by mistake.
// HEAD_OFFICE_CODE=compiled or =source chooses explicitly.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const BUNDLE = `${root}dist/head-office.mjs`;

function viteInstalled() {
  try {
    createRequire(import.meta.url).resolve('vite');
    return true;
  } catch {
    return false;
  }
}

async function loadCli(choice) {
  if (choice === 'source') {
    const { runnerImport } = await import('vite');
    return (await runnerImport(`${root}server/entry.ts`, { configFile: false, logLevel: 'error', root })).module;
  }
  if (!existsSync(BUNDLE)) {
    throw new Error(`${BUNDLE} is missing: run \`npm run build:server\` (before \`npm prune --omit=dev\`), see docs/operations.md`);
  }
  // Stack traces name server/*.ts lines, through the bundle's source map.
  process.setSourceMapsEnabled(true);
  return import(pathToFileURL(BUNDLE).href);
}

const asked = process.env.HEAD_OFFICE_CODE?.trim();
try {
  if (asked && asked !== 'compiled' && asked !== 'source') {
    console.error(`HEAD_OFFICE_CODE must be compiled or source, not ${JSON.stringify(asked)}`);
    process.exit(2);
  }
  const cli = await loadCli(asked || (viteInstalled() ? 'source' : 'compiled'));
  const result = await cli.main(process.argv.slice(2), process.env);
  if (result !== 'running') process.exit(result);
} catch (err) {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exit(1);
}
