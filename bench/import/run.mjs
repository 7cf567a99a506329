#!/usr/bin/env node
// The core-banking import at scale: n rows of demo cases as an extract file (CSV UTF-8, GB18030, XLSX), read and
// imported into a fresh head-office database, then the same file again (the daily re-import: nothing changes).
// One JSON line per figure on stdout (and in bench/results/), progress on stderr.
//
//   npm run bench -- import [--sizes 10000,100000 (rows)] [--formats csv,xlsx] [--db pglite|postgres] [--database-url postgres://…]
//
// PGlite (the embedded default): each size gets a fresh in-memory database. PostgreSQL: a throwaway cluster
// (scripts/pg-cluster.mjs), or the one --database-url names, a fresh database in it per size, dropped afterwards.
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { startPgCluster } from '../../scripts/pg-cluster.mjs';
import { createReporter, log, parseOptions, parseSizes, round } from '../lib/common.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const load = async (path) => (await runnerImport(`${root}${path}`, { configFile: false, logLevel: 'error', root })).module;

const opts = parseOptions(process.argv.slice(2));
if (opts.help) {
  console.error('usage: npm run bench -- import [--sizes 10000,100000] [--formats csv,xlsx] [--db pglite|postgres] [--database-url URL]');
  process.exit(0);
}
const sizes = parseSizes(opts.sizes ?? '10000,100000');
const formats = (opts.formats ?? 'csv,xlsx').split(',');
const TARGETS = { xlsx: { rows: 10_000, maxMs: 15_000 } };

const [{ openPglite }, { openPostgres }, { migrate }, { seedDemoOrganisation }, { demoExtract }, { readExtract }, { importExtract }, fixture, pg] = await Promise.all([
  load('server/db/pglite.ts'),
  load('server/db/postgres.ts'),
  load('server/db/migrate.ts'),
  load('server/auth/seed.ts'),
  load('server/import/demoPortfolio.ts'),
  load('server/import/extract.ts'),
  load('server/import/apply.ts'),
  load('test/fixtures/import/demoExtract.ts'),
  import('pg'),
]);

const reporter = createReporter('import');
const dir = mkdtempSync(join(tmpdir(), 'rd-bench-import-'));
const backend = opts['database-url'] || opts.db === 'postgres' ? 'postgres' : 'pglite';
const cluster = backend === 'postgres' && !opts['database-url'] ? await startPgCluster() : null;
if (backend === 'postgres' && !opts['database-url'] && !cluster) {
  log('postgres: no PostgreSQL installed here; skipped');
  process.exit(0);
}
const databaseUrl = opts['database-url'] || cluster?.url;

async function freshDb() {
  if (backend === 'pglite') return { db: await openPglite(), drop: async () => {} };
  const admin = new pg.default.Client({ connectionString: databaseUrl });
  await admin.connect();
  const name = `bench_import_${process.pid}_${Date.now()}`;
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  const db = await openPostgres(url.toString());
  return {
    db,
    drop: async () => {
      await db.close();
      await admin.query(`DROP DATABASE ${name}`);
      await admin.end();
    },
  };
}

const seconds = (ms) => round(ms / 1000, 2);

try {
  for (const n of sizes) {
    // n rows: enough demo cases (1.4 accounts each on average), the rows cut at n.
    const extract = demoExtract({ cases: Math.ceil(n / 1.3), snapshotDate: '2026-11-20' });
    const rows = extract.rows.slice(0, n).map((r) => r.cells);
    const cases = new Set(rows.map((r) => r.customer_no)).size;
    for (const format of formats) {
      log(`${rows.length} rows (${cases} cases) as ${format}: writing the file`);
      const file = join(dir, `extract-${n}.${format}`);
      writeFileSync(file, format === 'xlsx' ? await fixture.toXlsx(rows) : fixture.toCsv(rows, format === 'gb18030' ? 'gb18030' : 'utf-8'));
      const bytes = statSync(file).size;
      const { db, drop } = await freshDb();
      try {
        await migrate(db);
        await seedDemoOrganisation(db, { kdf: { N: 2 ** 10, r: 8, p: 1 } });
        const { readFile } = await import('node:fs/promises');
        let t = performance.now();
        const read = await readExtract(await readFile(file), file);
        const readMs = performance.now() - t;
        t = performance.now();
        const first = await importExtract(db, read, { now: new Date('2026-11-20T22:00:00Z') });
        const importMs = performance.now() - t;
        if (first.fileError || first.counts.rejected > 0) throw new Error(`import refused or rejected: ${JSON.stringify(first.fileError ?? first.rejections.slice(0, 3))}`);
        t = performance.now();
        const again = await importExtract(db, await readExtract(await readFile(file), file), { now: new Date('2026-11-21T22:00:00Z') });
        const againMs = performance.now() - t;
        const target = TARGETS[format] && rows.length === TARGETS[format].rows ? { target_s: TARGETS[format].maxMs / 1000, met: readMs + importMs <= TARGETS[format].maxMs } : {};
        reporter.emit({
          backend,
          format,
          cases,
          rows: rows.length,
          file_mb: round(bytes / 2 ** 20, 1),
          read_s: seconds(readMs),
          first_import_s: seconds(importMs),
          read_and_import_s: seconds(readMs + importMs),
          reimport_unchanged_s: seconds(againMs),
          reimport_counts: again.counts,
          max_rss_mb: round(process.resourceUsage().maxRSS / 1024, 0),
          ...target,
        });
      } finally {
        await drop();
        if (backend === 'pglite') await db.close();
      }
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
  await cluster?.stop();
}
