#!/usr/bin/env node
// Field work at scale: logging a contact attempt on a case with 5,000 earlier activities, and My day for
// 2,000 cases. The renderer is built with VITE_BENCH=1, so the page exposes the repositories and rules the
// UI uses (renderer/src/benchHooks.ts); the demo is loaded through the UI, the field work is seeded
// directly into IndexedDB, and each step is timed inside the page with performance.now().
//
//   npm run bench -- fieldwork [--cases 2000] [--activities 5000] [--reps 30] [--myday-reps 20] [--url http://…] [--no-build]
//
// One JSON line per figure on stdout (and in bench/results/), progress on stderr.
import { build, preview } from 'vite';
import { fileURLToPath } from 'node:url';
import { WEB_CONFIG } from '../../scripts/web.mjs';
import { createReporter, launchFreshProfile, log, median, parseOptions, percentile, round } from '../lib/common.mjs';
import { installHelpers, rawActivities, seedActivities, seedWork, timeLogActivity, timeMyDay } from './inPage.mjs';

const OUT_DIR = fileURLToPath(new URL('../../out/bench-fieldwork/', import.meta.url));
const TARGETS = { log_activity: 50, my_day: 200 };
const WARMUPS = 2;
const DB_NAME = 'recovery-desk-demo'; // renderer/src/store/database.ts

const opts = parseOptions(process.argv.slice(2));
if (opts.help) {
  console.error('usage: npm run bench -- fieldwork [--cases 2000] [--activities 5000] [--reps 30] [--myday-reps 20] [--url URL] [--no-build]');
  process.exit(0);
}
const caseCount = Number(opts.cases ?? 2000);
const activityCount = Number(opts.activities ?? 5000);
const reps = Number(opts.reps ?? 30);
const mydayReps = Number(opts['myday-reps'] ?? 20);
const reporter = createReporter('fieldwork');

async function startServer() {
  if (opts.url) return { url: opts.url, close: async () => {} };
  if (!opts['no-build']) {
    log('building the renderer with VITE_BENCH=1 into out/bench-fieldwork');
    // Vite hands VITE_* variables of the environment to the page as import.meta.env.VITE_*.
    process.env.VITE_BENCH = '1';
    await build({ configFile: WEB_CONFIG, logLevel: 'warn', build: { outDir: OUT_DIR, emptyOutDir: true } });
  }
  const server = await preview({ configFile: WEB_CONFIG, logLevel: 'warn', build: { outDir: OUT_DIR }, preview: { port: 4390, strictPort: false, open: false } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  log(`serving ${url}`);
  return { url, close: () => server.close() };
}

/** median, p95 and spread of one field of the samples. */
function stats(samples, field = 'ms') {
  const v = samples.map((s) => s[field]);
  return { median_ms: round(median(v)), p95_ms: round(percentile(v, 95)), min_ms: round(Math.min(...v)), max_ms: round(Math.max(...v)) };
}
const target = (name, value) => (name in TARGETS ? { target: TARGETS[name], met: value <= TARGETS[name] } : {});

async function loadDemo(page, n) {
  await page.getByTestId('demo-count').selectOption(String(n));
  log(`loading the ${n}-case demo through the UI`);
  await page.getByTestId('load-demo').click();
  await page.waitForFunction(() => performance.getEntriesByName('rd:demo-load-end').length > 0, null, { timeout: 300_000, polling: 100 });
  await page.waitForFunction((count) => globalThis.__recoveryDeskBench?.state().rowsComplete && globalThis.__recoveryDeskBench.state().rows.length === count, n, {
    timeout: 120_000,
    polling: 100,
  });
}

async function bench(url) {
  const { page, close } = await launchFreshProfile('rd-bench-fieldwork-');
  try {
    await page.goto(url);
    await page.waitForFunction(() => typeof globalThis.__recoveryDeskBench === 'object', null, { timeout: 30_000 }).catch(() => {
      throw new Error('no __recoveryDeskBench in the page: was the renderer built with VITE_BENCH=1? (drop --no-build)');
    });
    await page.evaluate(installHelpers);
    await loadDemo(page, caseCount);

    // log_activity: 5,000 earlier activities over 90 days, ending before the days the timed logs use.
    const logDays = 2 * (WARMUPS + reps);
    const seeded = await page.evaluate(seedActivities, { count: activityCount, days: 90, lastDayOffset: -logDays });
    log(`case ${seeded.caseNumber} (${seeded.status}, ${seeded.timeZone}): ${seeded.seeded} activities seeded in ${round(seeded.seedMs)} ms`);
    if (seeded.seeded !== activityCount) throw new Error(`seeded ${seeded.seeded} activities, expected ${activityCount}`);

    const direct = await page.evaluate(timeLogActivity, { caseId: seeded.caseId, warmups: WARMUPS, reps, firstDayOffset: -logDays, outcome: 'right_party_contact', viaPerform: false });
    const s1 = stats(direct.samples);
    reporter.emit({
      name: 'log_activity',
      n: activityCount,
      ...s1,
      runs: direct.samples.length,
      history_and_check_median_ms: round(median(direct.samples.map((s) => s.historyMs + s.checkMs))),
      history_median_ms: round(median(direct.samples.map((s) => s.historyMs))),
      check_median_ms: round(median(direct.samples.map((s) => s.checkMs))),
      record_median_ms: round(median(direct.samples.map((s) => s.recordMs))),
      verdicts: direct.verdicts,
      history_length: direct.lastHistoryLength,
      ...target('log_activity', s1.median_ms),
    });
    log(`log_activity: median ${s1.median_ms} ms, p95 ${s1.p95_ms} ms; verdicts ${JSON.stringify(direct.verdicts)}`);
    const raw = await page.evaluate(rawActivities, { dbName: DB_NAME, caseId: seeded.caseId, reps: 10 });
    reporter.emit({ name: 'raw_activities_read', n: raw.count, ...stats(raw.samples), runs: raw.samples.length, note: 'reference: IndexedDB getAll on the caseId index, no Dexie' });
    log(`raw_activities_read (${raw.count}): median ${round(median(raw.samples.map((x) => x.ms)))} ms`);

    const viaPerform = await page.evaluate(timeLogActivity, { caseId: seeded.caseId, warmups: WARMUPS, reps, firstDayOffset: -logDays + WARMUPS + reps, outcome: 'right_party_contact', viaPerform: true });
    const s2 = stats(viaPerform.samples);
    reporter.emit({
      name: 'log_activity_perform',
      n: activityCount,
      ...s2,
      runs: viaPerform.samples.length,
      history_and_check_median_ms: round(median(viaPerform.samples.map((s) => s.historyMs + s.checkMs))),
      perform_median_ms: round(median(viaPerform.samples.map((s) => s.recordMs))),
      verdicts: viaPerform.verdicts,
      cases: caseCount,
      note: 'the write through the store act(logContact), as the form submits: the gate judged again in the transaction, then case work, list row and outbox reloaded',
    });
    log(`log_activity_perform: median ${s2.median_ms} ms, p95 ${s2.p95_ms} ms (${viaPerform.activitiesNow} activities on the case now)`);

    // my_day: field work on the 2,000 cases, then My day as the screen computes it.
    const work = await page.evaluate(seedWork);
    log(`seeded field work: ${JSON.stringify(work)}`);
    for (const scope of ['all', 'operator']) {
      const r = await page.evaluate(timeMyDay, { warmups: WARMUPS, reps: mydayReps, scope, pureOnly: false });
      const s = stats(r.samples);
      reporter.emit({
        name: 'my_day',
        n: r.rows,
        scope,
        ...s,
        runs: r.samples.length,
        read_median_ms: round(median(r.samples.map((x) => x.readMs))),
        compute_median_ms: round(median(r.samples.map((x) => x.computeMs))),
        entries: r.entries,
        kinds: r.kinds,
        seeded: work,
        ...(scope === 'all' ? target('my_day', s.median_ms) : { operator: r.operator }),
      });
      log(`my_day (${scope}, ${r.rows} cases): median ${s.median_ms} ms, p95 ${s.p95_ms} ms, ${r.entries} entries`);
    }
    const pure = await page.evaluate(timeMyDay, { warmups: WARMUPS, reps: mydayReps, scope: 'all', pureOnly: true });
    const sp = stats(pure.samples, 'computeMs');
    reporter.emit({ name: 'my_day_compute', n: pure.rows, ...sp, runs: pure.samples.length, entries: pure.entries });
    log(`my_day_compute: median ${sp.median_ms} ms, p95 ${sp.p95_ms} ms`);
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
log(`fieldwork: done in ${round((performance.now() - started) / 1000)} s; figures appended to ${reporter.file}`);
