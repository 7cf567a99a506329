#!/usr/bin/env node
// Electronegativity (Doyensec's static checker for Electron misconfigurations) over electron/, and with
// --built over the built main and preload (out/main, out/preload). Fails on any finding that is not listed,
// with why it is fixed elsewhere or accepted, in the "Electronegativity findings" table of docs/security.md.
// A listed finding that no longer occurs is reported so the table can be trimmed, but does not fail.
//
//   npm run lint:electron            # sources
//   npm run lint:electron -- --built # sources and the last build
import run from '@doyensec/electronegativity';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DOC = path.join(root, 'docs', 'security.md');
const SECTION = /^##+\s+Electronegativity findings/i;

/** `| \`CHECK_ID\` | \`path\` | why |` rows of the section: "CHECK_ID path" → why. */
export function acceptedFindings(markdown) {
  const accepted = new Map();
  let inside = false;
  for (const line of markdown.split('\n')) {
    if (/^##+\s/.test(line)) inside = SECTION.test(line);
    if (!inside) continue;
    const m = /^\|\s*`([A-Z0-9_]+)`\s*\|\s*`([^`]+)`\s*\|\s*(.*?)\s*\|\s*$/.exec(line);
    if (m) accepted.set(`${m[1]} ${m[2]}`, m[3]);
  }
  return accepted;
}

/** The Electron we ship: electronegativity's checks depend on its defaults, and it cannot find it in electron/. */
function electronVersion() {
  const file = path.join(root, 'node_modules', 'electron', 'package.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).version : undefined;
}

async function scan(target) {
  const input = path.join(root, target);
  // Electronegativity reports through its own logger; keep its chatter out of the result.
  const log = console.log;
  console.log = () => {};
  try {
    const version = electronVersion();
    const result = await run({ input, isRelative: true, ...(version ? { electronVersionOverride: version } : {}) }, false);
    return {
      errors: result.errors.filter((e) => !e.tolerable).map((e) => `${target}/${e.file}: ${e.message}`),
      findings: result.issues.map((i) => ({
        id: i.id,
        file: i.file === 'N/A' ? 'N/A' : path.posix.join(target, i.file.split(path.sep).join('/')),
        line: i.location?.line ?? 0,
        severity: i.severity?.name ?? String(i.severity),
        description: i.description,
      })),
    };
  } finally {
    console.log = log;
  }
}

async function main() {
  const targets = ['electron'];
  if (process.argv.includes('--built')) for (const t of ['out/main', 'out/preload']) if (existsSync(path.join(root, t))) targets.push(t);
  const accepted = acceptedFindings(existsSync(DOC) ? readFileSync(DOC, 'utf8') : '');
  const seen = new Set();
  const unlisted = [];
  const errors = [];
  for (const target of targets) {
    const { findings, errors: e } = await scan(target);
    errors.push(...e);
    for (const f of findings) {
      const key = `${f.id} ${f.file}`;
      seen.add(key);
      const why = accepted.get(key);
      if (why === undefined || why.length < 10) unlisted.push(f);
      else console.log(`accepted  ${f.severity.padEnd(13)} ${key}:${f.line}`);
    }
  }
  for (const key of accepted.keys()) if (!seen.has(key) && targets.some((t) => key.split(' ')[1].startsWith(t) || key.endsWith(' N/A'))) console.log(`stale     ${key} is listed in docs/security.md but no longer found`);
  for (const e of errors) console.error(`error     ${e}`);
  for (const f of unlisted) console.error(`FINDING   ${f.severity.padEnd(13)} ${f.id} ${f.file}:${f.line} — ${f.description}`);
  if (unlisted.length > 0) {
    console.error(`\n${unlisted.length} electronegativity finding(s) not accepted in docs/security.md ("Electronegativity findings"): fix them, or add a row | \`ID\` | \`file\` | why |.`);
  }
  process.exit(unlisted.length > 0 || errors.length > 0 ? 1 : 0);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
