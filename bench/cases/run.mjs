#!/usr/bin/env node
// The case list at scale: load n demo cases through the app's own demo action, then start-up to list,
// the raw IndexedDB reference, filter/sort latency, scrolling and JS heap; plus the pure in-memory
// query in Node. One JSON line per figure on stdout (and in bench/results/), progress on stderr.
//
//   npm run bench -- cases [--sizes 10000,100000] [--reloads 5] [--reps 9] [--url http://…] [--no-build] [--profile]
//
// Each n gets a fresh, persistent Chromium profile in a temp folder: Playwright's default contexts are
// off-the-record, and there IndexedDB lives in memory, which would flatter every store figure.
import { build, preview } from 'vite';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WEB_CONFIG } from '../../scripts/web.mjs';
import { RESULTS_DIR, createReporter, launchFreshProfile, log, median, parseOptions, parseSizes, percentile, round } from '../lib/common.mjs';
import { profileStep, summarizeProfile, writeProfile } from '../lib/profile.mjs';
import { armActionTimer, rawGetAll, readMarks, scrollFrames } from './inPage.mjs';
import { loadShared, timePureQueries } from './pure.mjs';

const TARGETS = {
  store_open_to_list_ms: { n: 100_000, max: 1_500 },
  filter_sort_ms: { n: 100_000, max: 100 },
  js_heap_mb: { n: 100_000, max: 400 },
};
const DEMO_SEED = 20261123; // renderer/src/state/storeSlice.ts
const DB_NAME = 'recovery-desk-demo';
const ROWS_STORE = 'caseRows';
const BUCKET = 'M1';
const OUT_DIR = fileURLToPath(new URL('../../out/bench-web/', import.meta.url));

const opts = parseOptions(process.argv.slice(2));
if (opts.help) {
  console.error('usage: npm run bench -- cases [--sizes 10000,100000] [--reloads 5] [--reps 9] [--scroll-frames 300] [--url URL] [--no-build] [--profile]');
  process.exit(0);
}
const sizes = parseSizes(opts.sizes ?? '10000,100000');
const reloads = Number(opts.reloads ?? 5);
const reps = Number(opts.reps ?? 9);
const scrollFrameCount = Number(opts['scroll-frames'] ?? 300);
const reporter = createReporter('cases');
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

const targetFields = (key, n, value) => {
  const t = TARGETS[key];
  return t && t.n === n ? { target: t.max, met: value <= t.max } : {};
};

async function startServer() {
  if (opts.url) return { url: opts.url, close: async () => {} };
  if (!opts['no-build']) {
    log('building the renderer into out/bench-web (not out/web, which the e2e tests use)');
    await build({ configFile: WEB_CONFIG, logLevel: 'warn', build: { outDir: OUT_DIR, emptyOutDir: true } });
  }
  const server = await preview({ configFile: WEB_CONFIG, logLevel: 'warn', build: { outDir: OUT_DIR }, preview: { port: 4290, strictPort: false, open: false } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  log(`serving ${url}`);
  return { url, close: () => server.close() };
}

async function waitForMark(page, name, timeoutMs) {
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, name, { timeout: timeoutMs, polling: 50 });
}

async function heapMb(cdp, page) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value;
  const total = metrics.find((m) => m.name === 'JSHeapTotalSize')?.value;
  const precise = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? null);
  return { usedMb: used / 2 ** 20, totalMb: total / 2 ** 20, perfMemoryMb: precise === null ? null : precise / 2 ** 20 };
}

/** Runs one UI step `reps` times (after one unmeasured warm-up) and returns the in-page timings. */
async function timeAction(page, label, act) {
  const samples = [];
  for (let i = -1; i < reps; i++) {
    await page.evaluate(armActionTimer, { timeoutMs: 20_000 });
    await act(i);
    const r = await page.evaluate(() => globalThis.__rdResult);
    if (r.timedOut) throw new Error(`${label}: no re-render seen within 20 s (event seen: ${r.sawEvent})`);
    if (i >= 0) samples.push(r);
    await page.waitForTimeout(150);
  }
  return samples;
}

async function benchSize(url, n, shared) {
  const { context, page, close } = await launchFreshProfile('rd-bench-cases-');
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');

    // load_idb: the app's own demo action, fresh profile.
    await page.goto(url);
    await page.getByTestId('demo-count').selectOption(String(n));
    log(`n=${n}: loading the demo portfolio through the UI`);
    await page.getByTestId('load-demo').click();
    for (;;) {
      try {
        await waitForMark(page, 'rd:demo-load-end', 15_000);
        break;
      } catch (error) {
        if (!String(error).includes('Timeout')) throw error;
        const done = await page.getByRole('progressbar').getAttribute('aria-valuenow', { timeout: 1_000 }).catch(() => '?');
        log(`n=${n}: … ${done} of ${n}`);
      }
    }
    await waitForMark(page, 'rd:list-visible', 120_000);
    const loaded = await page.evaluate(readMarks);
    const loadMs = loaded.demoLoadEnd - loaded.demoLoadStart;
    log(`n=${n}: load_idb ${round(loadMs)} ms`);
    reporter.emit({
      name: 'load_idb',
      n,
      median_ms: round(loadMs),
      runs: 1,
      per_1000_ms: round((loadMs / n) * 1000),
      then_list_visible_ms: round(loaded.listVisible - loaded.demoLoadEnd),
    });

    // start_to_list and store_open_to_list: reload with the store full.
    // The app shows the most overdue cases first (from the DPD index), then every row: the second
    // figure is when filters, search and totals work on the whole list.
    const startToList = [];
    const openToList = [];
    const openToComplete = [];
    for (let i = 0; i < reloads; i++) {
      await page.reload();
      await waitForMark(page, 'rd:list-visible', 120_000);
      await waitForMark(page, 'rd:list-complete', 120_000);
      const m = await page.evaluate(readMarks);
      startToList.push(m.listVisible);
      openToList.push(m.listVisible - m.storeOpen);
      openToComplete.push(m.listComplete - m.storeOpen);
      log(`n=${n}: reload ${i + 1}: navigation→list ${round(m.listVisible)} ms, store-open→list ${round(m.listVisible - m.storeOpen)} ms`);
    }
    const summaryText = await page.getByTestId('list-summary').textContent();
    if (!summaryText.replace(/[,\s]/g, '').includes(String(n))) throw new Error(`n=${n}: the list says "${summaryText}", expected ${n} cases`);
    const spread = (v) => ({ min_ms: round(Math.min(...v)), max_ms: round(Math.max(...v)), samples_ms: v.map((x) => round(x)) });
    reporter.emit({ name: 'start_to_list', n, median_ms: round(median(startToList)), runs: reloads, ...spread(startToList) });
    const openToListMedian = median(openToList);
    reporter.emit({ name: 'store_open_to_list', n, median_ms: round(openToListMedian), runs: reloads, ...spread(openToList), ...targetFields('store_open_to_list_ms', n, openToListMedian) });
    reporter.emit({ name: 'store_open_to_list_complete', n, median_ms: round(median(openToComplete)), runs: reloads, ...spread(openToComplete) });

    // js_heap: the list on screen, after the page settles and a forced GC.
    await page.waitForTimeout(1_000);
    const heap = await heapMb(cdp, page);
    log(`n=${n}: js_heap ${round(heap.usedMb)} MB used of ${round(heap.totalMb)} MB`);
    reporter.emit({
      name: 'js_heap',
      n,
      mb: round(heap.usedMb),
      heap_total_mb: round(heap.totalMb),
      performance_memory_mb: heap.perfMemoryMb === null ? null : round(heap.perfMemoryMb),
      ...targetFields('js_heap_mb', n, heap.usedMb),
    });

    // raw_getall: the reference, in the same page.
    const raw = [];
    for (let i = 0; i < reloads; i++) {
      const r = await page.evaluate(rawGetAll, { dbName: DB_NAME, storeName: ROWS_STORE });
      if (r.count !== n) throw new Error(`raw getAll read ${r.count} rows, expected ${n}`);
      raw.push(r);
    }
    const rawMedian = median(raw.map((r) => r.totalMs));
    reporter.emit({
      name: 'raw_getall',
      n,
      median_ms: round(rawMedian),
      getall_only_median_ms: round(median(raw.map((r) => r.getAllMs))),
      runs: raw.length,
      min_ms: round(Math.min(...raw.map((r) => r.totalMs))),
      max_ms: round(Math.max(...raw.map((r) => r.totalMs))),
    });
    reporter.emit({ name: 'store_open_to_list_vs_raw_getall', n, ratio: round(openToListMedian / rawMedian, 2) });
    log(`n=${n}: raw_getall ${round(rawMedian)} ms; store_open_to_list is ${round(openToListMedian / rawMedian, 2)}× that`);

    // filter_sort: UI action → next painted frame with the list re-rendered.
    const table = page.getByTestId('case-table');
    await table.evaluate((el) => (el.scrollTop = 0));
    const sortButton = page.locator('.th button[data-column="totalFen"]');
    const sortRuns = await timeAction(page, 'sort', () => sortButton.click());

    await page.getByTestId('filter-bucket').click();
    const checkbox = page.getByRole('checkbox', { name: BUCKET, exact: true });
    const bucketRuns = await timeAction(page, 'bucket', () => checkbox.click());
    if (await checkbox.isChecked()) await checkbox.click();
    await page.keyboard.press('Escape');

    const amount = page.getByTestId('filter-amount-min');
    await amount.fill('5000');
    await page.waitForTimeout(500);
    // One keystroke each at the end of the field: "5000" → "50000" → "5000" → …
    const amountRuns = await timeAction(page, 'amount', (i) => amount.press((i + 1) % 2 === 0 ? '0' : 'Backspace'));
    await amount.fill('');
    await page.waitForTimeout(500);

    const filterSort = [
      { action: 'sort_totalFen', runs: sortRuns, note: 'click the amount header: desc/asc alternately' },
      { action: `bucket_${BUCKET}`, runs: bucketRuns, note: `tick/untick ${BUCKET} in the bucket chip (sorted by amount)` },
      { action: 'amount_min', runs: amountRuns, note: 'one keystroke in the amount minimum: 5000 ↔ 50000 yuan' },
    ];
    for (const f of filterSort) {
      const ms = f.runs.map((r) => r.ms);
      const med = median(ms);
      reporter.emit({
        name: 'filter_sort',
        n,
        action: f.action,
        median_ms: round(med),
        p95_ms: round(percentile(ms, 95)),
        commit_median_ms: round(median(f.runs.map((r) => r.commitMs))),
        runs: ms.length,
        min_ms: round(Math.min(...ms)),
        max_ms: round(Math.max(...ms)),
        ...targetFields('filter_sort_ms', n, med),
      });
      log(`n=${n}: filter_sort ${f.action}: median ${round(med)} ms (React commit at ${round(median(f.runs.map((r) => r.commitMs)))} ms)`);
    }

    // scroll_frame
    await table.evaluate((el) => (el.scrollTop = 0));
    await page.waitForTimeout(300);
    const scroll = await page.evaluate(scrollFrames, { step: 60, frames: scrollFrameCount });
    const longFrames = scroll.intervals.filter((x) => x > 1.5 * (1000 / 60)).length;
    reporter.emit({
      name: 'scroll_frame',
      n,
      median_ms: round(median(scroll.intervals)),
      p95_ms: round(percentile(scroll.intervals, 95)),
      max_ms: round(Math.max(...scroll.intervals)),
      frames: scroll.intervals.length,
      long_frames: longFrames,
      step_px: 60,
      scrolled_px: scroll.scrolled,
    });
    log(`n=${n}: scroll_frame median ${round(median(scroll.intervals))} ms, p95 ${round(percentile(scroll.intervals, 95))} ms, ${longFrames} frames over 25 ms`);

    // query_pure, in Node.
    log(`n=${n}: query_pure in Node`);
    for (const q of await timePureQueries({ shared, n, seed: DEMO_SEED, snapshotDate: today, runs: reps })) {
      reporter.emit({ name: 'query_pure', n, ...q });
    }

    if (opts.profile) await profileSteps(page, cdp, n, sortButton);
  } finally {
    await close();
  }
}

/** --profile: where the time goes in a reload and in a sort click (diagnostic; no figures). */
async function profileSteps(page, cdp, n, sortButton) {
  const assets = join(OUT_DIR, 'assets');
  const reload = await profileStep(cdp, async () => {
    await page.reload();
    await waitForMark(page, 'rd:list-visible', 120_000);
  });
  log(`n=${n}: profile of a reload\n${writeProfile(join(RESULTS_DIR, `cases-profile-${n}-reload`), reload, summarizeProfile(reload, assets))}`);
  const sort = await profileStep(cdp, async () => {
    for (let i = 0; i < 4; i++) {
      await sortButton.click();
      await page.waitForTimeout(300);
    }
  });
  log(`n=${n}: profile of 4 sort clicks\n${writeProfile(join(RESULTS_DIR, `cases-profile-${n}-sort`), sort, summarizeProfile(sort, assets))}`);
}

const started = performance.now();
const server = await startServer();
try {
  const shared = await loadShared();
  for (const n of sizes) await benchSize(server.url, n, shared);
} finally {
  await server.close();
}
log(`cases: done in ${round((performance.now() - started) / 1000)} s; figures appended to ${reporter.file}`);
