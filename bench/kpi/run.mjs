#!/usr/bin/env node
// `npm run bench -- kpi [--only compute|head-office] [options]`: the measures' computing cost (compute.ts) and
// head office's figures read from PGlite or PostgreSQL (headOffice.ts, `--pg URL`); docs/benchmarks.md.
// Each runs in its own vite-node process (TypeScript sources); figures are JSON lines on stdout.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
const rest = args.filter((a, i) => a !== '--only' && args[i - 1] !== '--only');
const parts = [['compute', 'compute.ts'], ['head-office', 'headOffice.ts']].filter(([name]) => only === null || only === name);
let failed = 0;
for (const [, file] of parts) {
  const r = spawnSync('npx', ['vite-node', fileURLToPath(new URL(file, import.meta.url)), '--', ...rest], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed > 0 ? 1 : 0);
