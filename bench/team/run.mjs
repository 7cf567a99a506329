#!/usr/bin/env node
// The supervisor's team view (团队) on a branch of 20,000 cases with six weeks of field work. The renderer is
// built with VITE_BENCH=1 (renderer/src/benchHooks.ts); the demo is loaded through the app state, the field
// work is seeded straight into IndexedDB, and each step is timed inside the page with performance.now().
//
//   npm run bench -- team [--cases 20000] [--days 42] [--per-day 1600] [--reps 9] [--url http://…] [--no-build]
//
// One JSON line per figure on stdout (and in bench/results/), progress on stderr.
import { build, preview } from 'vite';
import { fileURLToPath } from 'node:url';
import { WEB_CONFIG } from '../../scripts/web.mjs';
import { createReporter, launchFreshProfile, log, median, parseOptions, percentile, round } from '../lib/common.mjs';
import { loadDemo, seedBranchWork, timeAllActivities, timeReadParts, timeTeamScreen, timeTeamView } from './inPage.mjs';

const OUT_DIR = fileURLToPath(new URL('../../out/bench-team/', import.meta.url));
const TARGET_MS = 300;
const WARMUPS = 2;

const opts = parseOptions(process.argv.slice(2));
if (opts.help) {
  console.error('usage: npm run bench -- team [--cases 20000] [--days 42] [--per-day 1600] [--reps 9] [--url URL] [--no-build]');
  process.exit(0);
}
const caseCount = Number(opts.cases ?? 20000);
const days = Number(opts.days ?? 42);
const perDay = Number(opts['per-day'] ?? 1600);
const reps = Number(opts.reps ?? 9);
const reporter = createReporter('team');

async function startServer() {
  if (opts.url) return { url: opts.url, close: async () => {} };
  if (!opts['no-build']) {
    log('building the renderer with VITE_BENCH=1 into out/bench-team');
    process.env.VITE_BENCH = '1';
    await build({ configFile: WEB_CONFIG, logLevel: 'warn', build: { outDir: OUT_DIR, emptyOutDir: true } });
  }
  const server = await preview({ configFile: WEB_CONFIG, logLevel: 'warn', build: { outDir: OUT_DIR }, preview: { port: 4392, strictPort: false, open: false } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  log(`serving ${url}`);
  return { url, close: () => server.close() };
}

function stats(samples, field = 'ms') {
  const v = samples.map((s) => s[field]);
  return { median_ms: round(median(v)), p95_ms: round(percentile(v, 95)), min_ms: round(Math.min(...v)), max_ms: round(Math.max(...v)) };
}

async function bench(url) {
  const { page, close } = await launchFreshProfile('rd-bench-team-');
  try {
    await page.goto(url);
    await page.waitForFunction(() => typeof globalThis.__recoveryDeskBench === 'object', null, { timeout: 30_000 }).catch(() => {
      throw new Error('no __recoveryDeskBench in the page: was the renderer built with VITE_BENCH=1? (drop --no-build)');
    });
    log(`loading the ${caseCount}-case demo`);
    const loaded = await page.evaluate(loadDemo, { count: caseCount });
    if (loaded.rows !== caseCount || !loaded.complete) throw new Error(`loaded ${loaded.rows} rows (complete: ${loaded.complete}), expected ${caseCount}`);
    log(`loaded in ${round(loaded.ms / 1000)} s`);
    const seeded = await page.evaluate(seedBranchWork, { days, perDay });
    log(`seeded ${JSON.stringify(seeded)}`);

    const view = await page.evaluate(timeTeamView, { warmups: WARMUPS, reps });
    const s = stats(view.samples);
    reporter.emit({
      name: 'team_view',
      n: view.rows,
      ...s,
      runs: view.samples.length,
      read_median_ms: round(median(view.samples.map((x) => x.readMs))),
      compute_median_ms: round(median(view.samples.map((x) => x.computeMs))),
      records_read: view.read,
      people: view.people,
      totals: view.totals,
      seeded,
      target: TARGET_MS,
      met: s.median_ms <= TARGET_MS,
    });
    log(`team_view (${view.rows} cases): median ${s.median_ms} ms, p95 ${s.p95_ms} ms; read ${JSON.stringify(view.read)}`);

    const parts = await page.evaluate(timeReadParts, { reps: 5 });
    reporter.emit({ name: 'team_read_parts', n: view.rows, parts, note: 'each request of the read alone, raw IndexedDB, median of 5' });
    log(`team_read_parts: ${JSON.stringify(parts)}`);

    const all = await page.evaluate(timeAllActivities, { reps: 3 });
    reporter.emit({ name: 'all_activities_read', n: all.count, ...stats(all.samples), runs: all.samples.length, note: 'reference: every activity through Dexie (decrypted), what a read without the at index would pay' });
    log(`all_activities_read (${all.count}): median ${round(median(all.samples.map((x) => x.ms)))} ms`);

    const screen = await page.evaluate(timeTeamScreen, { warmups: WARMUPS, reps });
    reporter.emit({ name: 'team_screen', n: caseCount, ...stats(screen.samples), runs: screen.samples.length, shown_rows: screen.shownRows, note: 'navigate to 团队 → first frame with the table; the demo operator’s branch only' });
    log(`team_screen: median ${round(median(screen.samples.map((x) => x.ms)))} ms (${screen.shownRows} people shown)`);
  } finally {
    await close();
  }
}

const started = performance.now();
const server = await startServer();
try {
  await bench(server.url);
} finally {
  await server.close();
}
log(`team: done in ${round((performance.now() - started) / 1000)} s; figures appended to ${reporter.file}`);
