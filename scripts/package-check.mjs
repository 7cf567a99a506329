// Checks the desktop packaging as far as a machine without Electron's binary allows (docs/operations.md,
// "Desktop packages"): electron-builder.json is valid for every target, and a real electron-builder run against a
// stand-in Electron (an empty executable) packs exactly the app: its bundles and package.json, no node_modules,
// no head-office server, no tests, benches or web build, and a main bundle that needs nothing but Electron and
// Node. Exits non-zero with the reason on the first failure.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const root = new URL('..', import.meta.url).pathname;
const fail = (why) => {
  console.error(`package-check: ${why}`);
  process.exit(1);
};

// 1. The configuration, validated by electron-builder itself (its JSON schema, all targets).
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config');
const { DebugLogger } = require('builder-util');
const config = await getConfig(root, join(root, 'electron-builder.json'), null);
await validateConfiguration(config, new DebugLogger(false)).catch((e) => fail(`electron-builder.json is invalid: ${e.message}`));
for (const target of ['nsis', 'deb', 'AppImage']) if (!JSON.stringify(config).includes(`"${target}"`)) fail(`no ${target} target`);
if (!existsSync(join(root, config.icon))) fail(`the icon ${config.icon} is missing`);

// 2. A real packing run, with the bundles built now and a stand-in for Electron's binary.
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
execFileSync(npx, ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' });
const electronDist = mkdtempSync(join(tmpdir(), 'rd-electron-'));
const output = mkdtempSync(join(tmpdir(), 'rd-release-'));
try {
  writeFileSync(join(electronDist, 'electron'), '#!/bin/sh\nexit 0\n');
  chmodSync(join(electronDist, 'electron'), 0o755);
  writeFileSync(join(electronDist, 'LICENSE'), 'stand-in for the check\n');
  const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version;
  execFileSync(npx, ['electron-builder', '--linux', 'dir', '--config', 'electron-builder.json', `-c.electronDist=${electronDist}`, `-c.electronVersion=${electronVersion}`, `-c.directories.output=${output}`], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });

  // 3. What the package holds.
  const { listPackage, extractFile } = require('@electron/asar');
  const asar = join(output, 'linux-unpacked', 'resources', 'app.asar');
  if (!existsSync(asar)) fail('no app.asar was produced');
  const files = listPackage(asar).map((f) => f.replaceAll('\\', '/'));
  for (const needed of ['/package.json', '/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html']) if (!files.includes(needed)) fail(`${needed} is not in the package`);
  const forbidden = files.filter((f) => /^\/(node_modules|server|test|bench|docs|scripts|shared|renderer|electron|out\/web|out\/bench)/.test(f) || f.endsWith('.map'));
  if (forbidden.length) fail(`the package holds what it must not:\n  ${forbidden.slice(0, 20).join('\n  ')}`);
  const main = extractFile(asar, 'out/main/index.js').toString('utf8');
  const imports = [...main.matchAll(/(?:from\s+|require\()\s*["']([^"']+)["']/g)].map((m) => m[1]);
  const foreign = [...new Set(imports.filter((m) => m !== 'electron' && !m.startsWith('node:') && !m.startsWith('.')))];
  if (foreign.length) fail(`the main bundle needs packages the app does not ship: ${foreign.join(', ')}`);
  console.log(`package-check: ok (${files.length} entries in app.asar, no node_modules, no server; targets nsis, deb, AppImage)`);
} finally {
  rmSync(electronDist, { recursive: true, force: true });
  rmSync(output, { recursive: true, force: true });
}
