#!/usr/bin/env node
// `npm run build:server`: head office compiled to one JavaScript file, so it runs with production dependencies
// only (docs/operations.md). Our code (server/ and the shared/ it imports) is bundled; every package stays an
// import from node_modules, and the build fails if one of them is not in package.json "dependencies" (a dev
// dependency would be missing after `npm prune --omit=dev`).
import { builtinModules } from 'node:module';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
/**
 * One level below the project root on purpose: server/version.ts reads `../package.json` next to its module, and
 * in the bundle that module is this file.
 */
export const SERVER_BUNDLE = 'dist/head-office.mjs';

/** The package a bare import names: `pg`, `@fastify/cors` (not `@fastify/cors/x`); null for a Node builtin. */
export function packageOf(specifier) {
  if (specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0])) return null;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Builds the bundle; throws naming any import that production dependencies do not provide. */
export async function buildServer({ outfile = SERVER_BUNDLE, quiet = false } = {}) {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['server/entry.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    packages: 'external',
    tsconfig: 'tsconfig.node.json',
    sourcemap: 'linked',
    metafile: true,
    logLevel: quiet ? 'silent' : 'warning',
    banner: { js: '// Built by scripts/build-server.mjs from server/ and shared/; do not edit.' },
  });
  const imported = new Set();
  for (const output of Object.values(result.metafile.outputs)) {
    for (const imp of output.imports) if (imp.external) imported.add(imp.path);
  }
  const missing = [...imported].map(packageOf).filter((name) => name !== null && !(name in (pkg.dependencies ?? {})));
  if (missing.length > 0) {
    throw new Error(`head office imports packages that are not production dependencies: ${[...new Set(missing)].join(', ')} (move them to "dependencies" in package.json)`);
  }
  return {
    outfile,
    packages: [...new Set([...imported].map(packageOf).filter((n) => n !== null))].sort(),
    // The checkout's files the bundle was made from (the container's build stage must copy each).
    inputs: Object.keys(result.metafile.inputs).sort(),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const started = performance.now();
    const { outfile, packages } = await buildServer();
    console.log(`head office built: ${outfile} in ${Math.round(performance.now() - started)} ms (packages from node_modules: ${packages.join(', ')})`);
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
}
