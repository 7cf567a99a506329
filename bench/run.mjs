#!/usr/bin/env node
// `npm run bench` runs every suite; `npm run bench -- <suite> [options]` runs one.
// A suite is a folder bench/<suite>/ with a run.mjs; each runs in its own Node process so that one
// suite's memory and browser never skew the next. Figures go to stdout as JSON lines, logs to stderr.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const benchDir = fileURLToPath(new URL('.', import.meta.url));
const suites = readdirSync(benchDir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(benchDir, d.name, 'run.mjs')))
  .map((d) => d.name)
  .sort();

const args = process.argv.slice(2);
if (args[0] === '--help' || args[0] === '-h') {
  console.error(`usage: npm run bench [-- <suite> [options]]\nsuites: ${suites.join(', ')}\nWith no suite, runs them all (options then go to every suite).`);
  process.exit(0);
}
const chosen = args[0] && !args[0].startsWith('-') ? [args[0]] : suites;
const rest = args[0] && !args[0].startsWith('-') ? args.slice(1) : args;
const unknown = chosen.filter((s) => !suites.includes(s));
if (unknown.length > 0) {
  console.error(`bench: no suite "${unknown.join(', ')}" (have: ${suites.join(', ') || 'none'})`);
  process.exit(2);
}

let failed = 0;
for (const suite of chosen) {
  console.error(`bench: ${suite}`);
  const r = spawnSync(process.execPath, [join(benchDir, suite, 'run.mjs'), ...rest], { stdio: 'inherit' });
  if (r.status !== 0) {
    failed++;
    console.error(`bench: ${suite} failed (${r.status ?? r.signal})`);
  }
}
process.exit(failed > 0 ? 1 : 0);
