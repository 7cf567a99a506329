#!/usr/bin/env node
// Letters: one demand notice warm, 1,000 demand notices merged into ONE document (time, peak memory, bytes),
// and, as the reference in the same run, Chromium's own print-to-PDF of the same letters from HTML.
// One JSON line per figure on stdout (and in bench/results/), progress on stderr.
//
//   npm run bench -- letters [--count 1000] [--runs 3] [--reps 9] [--warmups 3] [--date 2026-11-23] [--keep] [--profile]
//                            [--app-runs 1] [--app-volumes app,0] [--no-build] [--slice N]
// --app-volumes: letters per volume in the app's batch, a list run alternately (app: the app's own
// LETTERS_PER_VOLUME, the default; 0: one document, as before volumes); each gets its app_batch_<n> line with
// Chromium's peak PSS and CPU time.
// --slice N: the batch child renders slices of N letters and joins them (an experiment; default 0: the one
// merged document the app renders).
//
// pdfmake side: shared/letters (buildLetter, mergeLetters) through Vite's module runner and the CLI's renderer
// (scripts/letters/pdf.mjs: pdfmake 0.3, Source Han Sans SC from resources/fonts). The one letter is timed in
// this process; each batch run is a fresh child process (bench/letters/batch.mjs) so its peak memory is its own.
// Chromium side: the same letters translated to plain HTML (bench/letters/html.mjs) with the same font through
// @font-face, printed by page.pdf({ format: 'A4' }) in Debian's Chromium through Playwright. Batch runs of the
// two alternate, so that both see the same load on this shared machine.
// The app's side (app_batch_<n>, --app-runs, 0 to skip): the same letters' inputs through the app's own batch
// printing (renderer/src/letters/pdfClient.ts: its PDF worker builds, merges and renders them with pdfmake's
// browser build, plus the address labels and the mailing list) in a page built from bench/letters/page/, while
// this process presses a key into the page's text box every 100 ms: input latency during the batch
// (CDP round trip of each key press, and the page's Event Timing entries: key to next paint).
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadShared } from '../../scripts/letters/demo.mjs';
import { renderPdf } from '../../scripts/letters/pdf.mjs';
import { CHROMIUM_ARGS, RESULTS_DIR, chromiumPath, createReporter, log, median, parseOptions, percentile, round } from '../lib/common.mjs';
import { summarizeProfile, writeProfile } from '../lib/profile.mjs';
import { lettersHtml } from './html.mjs';
import { collectLetters, pdfPages, procStatus } from './letters.mjs';

/** The batch targets are stated for 1,000 letters; other counts get no target fields. */
const TARGET_COUNT = 1000;
const TARGETS = { one_letter_bytes: 150 * 1024, batch_ms: 10_000, ratio_vs_chromium: 0.8, peak_rss_mb: 500, input_latency_ms: 100 };
const PAGE_ROOT = fileURLToPath(new URL('./page/', import.meta.url));
const PAGE_OUT = fileURLToPath(new URL('../../out/bench-letters/', import.meta.url));
const FONT = fileURLToPath(new URL('../../resources/fonts/SourceHanSansSC-Regular.otf', import.meta.url));
const ROOT_URL = new URL('../../', import.meta.url).href;
const BATCH = fileURLToPath(new URL('./batch.mjs', import.meta.url));

const opts = parseOptions(process.argv.slice(2));
if (opts.help) {
  console.error('usage: npm run bench -- letters [--count 1000] [--runs 3] [--reps 9] [--warmups 3] [--type demand_notice] [--lang zh-CN] [--date 2026-11-23] [--keep] [--profile] [--app-runs 1] [--app-volumes app,0] [--no-build] [--slice N]');
  process.exit(0);
}
const count = Number(opts.count ?? 1000);
const runs = Number(opts.runs ?? 3);
const reps = Number(opts.reps ?? 9);
const warmups = Number(opts.warmups ?? 3);
const type = opts.type ?? 'demand_notice';
const lang = opts.lang ?? 'zh-CN';
// A fixed letter date, so every run prints the same letters (the CLI's default is today).
const date = opts.date ?? '2026-11-23';
const appRuns = Number(opts['app-runs'] ?? 1);
const reporter = createReporter('letters');
const work = mkdtempSync(join(tmpdir(), 'rd-bench-letters-'));
const stats = (v) => ({ median_ms: round(median(v)), p95_ms: round(percentile(v, 95)), min_ms: round(Math.min(...v)), max_ms: round(Math.max(...v)) });
const kb = (bytes) => round(bytes / 1024, 1);

/** One batch in a fresh Node process; its RSS sampled from /proc every 50 ms as a cross-check of its own peak. */
function batchInChild(run) {
  const out = join(work, `pdfmake-${count}-${run}.pdf`);
  const profileArgs = run === 'profile' ? ['--cpu-prof', `--cpu-prof-dir=${work}`] : [];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const sliceArgs = opts.slice !== undefined ? ['--slice', String(opts.slice)] : [];
    const child = spawn(process.execPath, [...profileArgs, BATCH, '--count', String(count), '--type', type, '--lang', lang, '--date', date, ...sliceArgs, '--out', out], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let sampledPeak = 0;
    const timer = setInterval(() => {
      const s = procStatus(child.pid);
      if (s && s.rssMb > sampledPeak) sampledPeak = s.rssMb;
    }, 50);
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      if (code !== 0) return reject(new Error(`batch child exited with ${code}`));
      resolve({ ...JSON.parse(stdout), process_ms: performance.now() - started, sampled_peak_rss_mb: sampledPeak, file: out });
    });
  });
}

/** PIDs of the browser and its descendants (renderer, GPU/utility processes). */
function processTree(rootPid) {
  const parent = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parent.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // gone
    }
  }
  const tree = new Set([rootPid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, ppid] of parent) {
      if (tree.has(ppid) && !tree.has(pid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  return [...tree];
}
/** Proportional set size of those processes (shared pages divided among them), MiB. */
function pssMb(pids) {
  let kbs = 0;
  for (const pid of pids) {
    try {
      kbs += Number(/^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
    } catch {
      // gone, or no smaps_rollup
    }
  }
  return kbs / 1024;
}

/** Sampled self time grouped by npm package (node_modules/<pkg>), else by file; for the --profile summary. */
function selfTimeByPackage(profile) {
  const self = new Map();
  for (let i = 0; i < profile.samples.length; i++) self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  const by = new Map();
  for (const node of profile.nodes) {
    const ms = self.get(node.id) ?? 0;
    if (!ms) continue;
    const url = node.callFrame.url;
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1] ?? (url ? (url.startsWith('node:') ? 'node: built-ins' : url.replace(ROOT_URL, '')) : node.callFrame.functionName);
    by.set(pkg, (by.get(pkg) ?? 0) + ms);
  }
  return [...by].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([k, ms]) => `  ${String(round(ms)).padStart(8)} ms  ${k}`).join('\n');
}

/** Chromium's print-to-PDF of one HTML file in a fresh page: load (with the web font) and print, timed apart. */
async function chromiumPrint(browser, file, { sampleMemory = false } = {}) {
  const page = await browser.newPage();
  try {
    const t0 = performance.now();
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load', timeout: 300_000 });
    const fonts = await page.evaluate(async () => {
      const { fonts: faces } = globalThis.document;
      await faces.ready;
      return [...faces].map((f) => `${f.family}:${f.status}`);
    });
    if (!fonts.includes('SHS:loaded')) throw new Error(`the letter font did not load in Chromium: ${fonts.join(', ') || 'none'}`);
    const t1 = performance.now();
    let peak = 0;
    let timer = null;
    if (sampleMemory) {
      // Playwright starts Chromium as a child of this process (and no batch child runs meanwhile).
      const pids = processTree(process.pid).filter((pid) => pid !== process.pid);
      peak = pssMb(pids);
      timer = setInterval(() => (peak = Math.max(peak, pssMb(pids))), 50);
    }
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, timeout: 600_000 });
    const t2 = performance.now();
    if (timer) clearInterval(timer);
    return { totalMs: t2 - t0, loadMs: t1 - t0, pdfMs: t2 - t1, pdf, peakPssMb: peak || null };
  } finally {
    await page.close();
  }
}

/** The bench page (the app's pdfClient and PDF worker), built once into out/bench-letters and served by Vite. */
async function startAppPage() {
  if (!opts['no-build']) {
    log("building the bench page (the app's batch printing and its PDF worker) into out/bench-letters");
    const rollupOptions = { onwarn: (w, warn) => (w.code === 'INVALID_ANNOTATION' && w.id?.includes('node_modules') ? undefined : warn(w)) };
    await build({ configFile: false, root: PAGE_ROOT, logLevel: 'warn', base: './', build: { outDir: PAGE_OUT, emptyOutDir: true, rollupOptions } });
  }
  const server = await preview({ configFile: false, root: PAGE_ROOT, logLevel: 'warn', build: { outDir: PAGE_OUT }, preview: { host: '127.0.0.1', port: 4321, strictPort: false, open: false } });
  return { url: server.resolvedUrls.local[0], close: () => server.close() };
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One batch through the app's worker (after a one-letter warm-up that loads pdfmake and the font into the
 * worker), with a key pressed into the page's text box every 100 ms until it ends.
 */
/** CPU seconds (user + system) the processes have used so far (clock ticks of 10 ms). */
function cpuSeconds(pids) {
  let ticks = 0;
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(f[11]) + Number(f[12]);
    } catch {
      // gone
    }
  }
  return ticks / 100;
}

/**
 * Peak memory of Chromium while the app's batch runs: PSS of all its processes (the tree is read again at
 * every sample: a context's renderer is new) and of the largest one (the page's renderer, which hosts the
 * PDF workers), every 100 ms; and the CPU time of processes seen, from first to last sample.
 */
function watchChromium() {
  const chromiumPids = () => processTree(process.pid).filter((pid) => pid !== process.pid);
  let peak = 0;
  let peakOne = 0;
  let peakRssOne = 0;
  const cpuStart = new Map();
  const cpuLast = new Map();
  const sample = () => {
    const pids = chromiumPids();
    let sum = 0;
    for (const pid of pids) {
      const one = pssMb([pid]);
      sum += one;
      if (one > peakOne) peakOne = one;
      const rss = procStatus(pid)?.rssMb ?? 0;
      if (rss > peakRssOne) peakRssOne = rss;
      const cpu = cpuSeconds([pid]);
      if (!cpuStart.has(pid)) cpuStart.set(pid, cpu);
      cpuLast.set(pid, cpu);
    }
    if (sum > peak) peak = sum;
    return sum;
  };
  const before = sample();
  const timer = setInterval(sample, 100);
  return {
    stop() {
      clearInterval(timer);
      sample();
      let cpu = 0;
      for (const [pid, last] of cpuLast) cpu += last - (cpuStart.get(pid) ?? last);
      return { pssBeforeMb: before, peakPssMb: peak, peakProcessPssMb: peakOne, peakProcessRssMb: peakRssOne, cpuMs: cpu * 1000 };
    },
  };
}

async function appBatch(browser, url, inputs, mail, volumeSize) {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.waitForFunction(() => globalThis.__lettersBench !== undefined);
    await page.evaluate(([i, m]) => globalThis.__lettersBench.start(i, m), [inputs.slice(0, 1), mail]);
    await page.evaluate(() => globalThis.__lettersBench.finish());
    await page.focus('#typing');
    const memory = watchChromium();
    await page.evaluate(([i, m, v]) => globalThis.__lettersBench.start(i, m, v), [inputs, mail, volumeSize]);
    let done = false;
    const finished = page.evaluate(() => globalThis.__lettersBench.finish());
    finished.then(
      () => (done = true),
      () => (done = true),
    );
    const rtts = [];
    while (!done) {
      const t = performance.now();
      await page.keyboard.press('a');
      rtts.push(performance.now() - t);
      await sleep(100);
    }
    const r = await finished;
    return { ...r, rtts, ...memory.stop() };
  } finally {
    await context.close();
  }
}

const started = performance.now();
let browser = null;
/** Chromium's print of the same letters (when --runs > 0), for the app batch's ratio. */
let printMedianMs = null;
try {
  log(`loading shared/letters and the fonts; collecting ${count} ${type} letters (demo cases, date ${date})`);
  const shared = await loadShared();
  const letters = collectLetters(shared, { count, type, lang, date, keepInputs: appRuns > 0 });
  log(`${letters.docs.length} letters from demo cases 0..${letters.scanned - 1}; refused: ${JSON.stringify(letters.refused)}`);

  // one_letter: demo case 0, in this process, after warm-ups (pdfmake and the 17 MB fonts loaded once).
  const snapshotDate = shared.calendar.addDays(date, -3);
  const { demoInput, DEMO_SEED } = await import('../../scripts/letters/demo.mjs');
  const input0 = demoInput(shared, shared.demo.generateCase(DEMO_SEED, 0, { snapshotDate }), { type, lang, date, counter: 1 }).input;
  const one = [];
  let onePdf = null;
  for (let i = -warmups; i < reps; i++) {
    const t0 = performance.now();
    const built = shared.letters.buildLetter(input0);
    const t1 = performance.now();
    const pdf = await renderPdf(built.docDefinition);
    const t2 = performance.now();
    if (i >= 0) one.push({ build: t1 - t0, render: t2 - t1, total: t2 - t0 });
    onePdf = pdf;
  }
  const oneTotal = one.map((x) => x.total);
  reporter.emit({
    name: 'one_letter',
    n: reps,
    type,
    ...stats(oneTotal),
    build_median_ms: round(median(one.map((x) => x.build)), 2),
    render_median_ms: round(median(one.map((x) => x.render))),
    bytes: onePdf.length,
    kb: kb(onePdf.length),
    pages: pdfPages(onePdf),
    warmups,
    target_bytes: TARGETS.one_letter_bytes,
    met: onePdf.length < TARGETS.one_letter_bytes,
  });
  log(`one_letter: median ${round(median(oneTotal))} ms, ${onePdf.length} bytes`);

  // The reference's HTML: the same letters, the same font.
  const oneHtml = join(work, 'one.html');
  const batchHtml = join(work, `batch-${count}.html`);
  writeFileSync(oneHtml, lettersHtml([letters.docs[0]], FONT));
  writeFileSync(batchHtml, lettersHtml(letters.docs, FONT));
  log(`HTML for Chromium: one letter ${kb(readFileSync(oneHtml).length)} KB, ${count} letters ${round(readFileSync(batchHtml).length / 2 ** 20)} MB`);
  letters.docs.length = 0; // the parent keeps no 1,000 definitions while the child and Chromium run

  browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
  const c1 = [];
  let c1Pdf = null;
  for (let i = -warmups; i < reps; i++) {
    const r = await chromiumPrint(browser, oneHtml);
    if (i >= 0) c1.push(r);
    c1Pdf = r.pdf;
  }
  writeFileSync(join(work, 'chromium-1.pdf'), c1Pdf);
  reporter.emit({
    name: 'chromium_print_1',
    n: reps,
    ...stats(c1.map((r) => r.totalMs)),
    load_median_ms: round(median(c1.map((r) => r.loadMs))),
    pdf_median_ms: round(median(c1.map((r) => r.pdfMs))),
    bytes: c1Pdf.length,
    kb: kb(c1Pdf.length),
    pages: pdfPages(c1Pdf),
    warmups,
  });
  log(`chromium_print_1: median ${round(median(c1.map((r) => r.totalMs)))} ms (load ${round(median(c1.map((r) => r.loadMs)))} ms), ${c1Pdf.length} bytes`);

  // batch_1000 and chromium_print_1000, alternating.
  const batches = [];
  const prints = [];
  for (let run = 0; run < runs; run++) {
    log(`run ${run + 1}/${runs}: pdfmake, ${count} letters in one document (child process)`);
    const b = await batchInChild(run);
    if (b.digest !== letters.digest) throw new Error(`the batch child printed other letters (${b.digest} ≠ ${letters.digest})`);
    batches.push(b);
    log(`  build ${round(b.collect_ms + b.merge_ms)} ms + render ${round(b.render_ms)} ms; ${round(b.bytes / 2 ** 20, 2)} MB, ${b.pages} pages, peak RSS ${round(b.peak_rss_mb)} MB`);
    log(`run ${run + 1}/${runs}: Chromium print-to-PDF of the same ${count} letters`);
    const p = await chromiumPrint(browser, batchHtml, { sampleMemory: true });
    prints.push(p);
    log(`  load ${round(p.loadMs)} ms + pdf ${round(p.pdfMs)} ms; ${round(p.pdf.length / 2 ** 20, 2)} MB, ${pdfPages(p.pdf)} pages`);
    if (run === runs - 1) writeFileSync(join(work, `chromium-${count}.pdf`), p.pdf);
    p.bytes = p.pdf.length;
    p.pages = pdfPages(p.pdf);
    p.pdf = null;
  }

  // wall = what the letter code does: buildLetter for every letter (with the demo inputs), mergeLetters, render.
  if (runs > 0) {
    const wall = batches.map((b) => b.collect_ms + b.merge_ms + b.render_ms);
    const wallMedian = median(wall);
    const last = batches.at(-1);
    reporter.emit({
      name: `batch_${count}`,
      n: count,
      type,
      runs,
      median_ms: round(wallMedian),
      min_ms: round(Math.min(...wall)),
      max_ms: round(Math.max(...wall)),
      samples_ms: wall.map((x) => round(x)),
      build_median_ms: round(median(batches.map((b) => b.collect_ms + b.merge_ms))),
      of_which_inputs_median_ms: round(median(batches.map((b) => b.inputs_ms))),
      of_which_build_letters_median_ms: round(median(batches.map((b) => b.build_letters_ms))),
      merge_median_ms: round(median(batches.map((b) => b.merge_ms)), 2),
      render_median_ms: round(median(batches.map((b) => b.render_ms))),
      render_cpu_median_ms: round(median(batches.map((b) => b.render_cpu_ms))),
      slice: last.slice,
      slices: last.slices,
      bytes: last.bytes,
      mb: round(last.bytes / 2 ** 20, 2),
      pages: last.pages,
      letters: last.letters,
      demo_cases_scanned: last.scanned,
      refused: last.refused,
      peak_rss_mb: round(Math.max(...batches.map((b) => b.peak_rss_mb))),
      peak_rss_median_mb: round(median(batches.map((b) => b.peak_rss_mb))),
      rss_before_mb: round(median(batches.map((b) => b.rss_before_mb))),
      sampled_peak_rss_mb: round(Math.max(...batches.map((b) => b.sampled_peak_rss_mb))),
      peak_rss_is_batch_only: last.peak_rss_is_batch_only,
      ...(count === TARGET_COUNT ? { target_peak_rss_mb: TARGETS.peak_rss_mb, peak_rss_met: Math.max(...batches.map((b) => b.peak_rss_mb)) < TARGETS.peak_rss_mb } : {}),
      ...(count === TARGET_COUNT ? { target: TARGETS.batch_ms, met: wallMedian <= TARGETS.batch_ms } : {}),
    });
    const printTotal = prints.map((p) => p.totalMs);
    const printMedian = median(printTotal);
    printMedianMs = printMedian;
    reporter.emit({
      name: `chromium_print_${count}`,
      n: count,
      runs,
      median_ms: round(printMedian),
      min_ms: round(Math.min(...printTotal)),
      max_ms: round(Math.max(...printTotal)),
      samples_ms: printTotal.map((x) => round(x)),
      load_median_ms: round(median(prints.map((p) => p.loadMs))),
      pdf_median_ms: round(median(prints.map((p) => p.pdfMs))),
      bytes: prints.at(-1).bytes,
      mb: round(prints.at(-1).bytes / 2 ** 20, 2),
      pages: prints.at(-1).pages,
      peak_pss_mb: prints.some((p) => p.peakPssMb) ? round(Math.max(...prints.map((p) => p.peakPssMb ?? 0))) : null,
    });
    const ratio = wallMedian / printMedian;
    reporter.emit({
      name: 'ratio_vs_chromium',
      n: count,
      ratio: round(ratio, 2),
      render_only_ratio: round(median(batches.map((b) => b.render_ms)) / median(prints.map((p) => p.pdfMs)), 2),
      bytes_ratio: round(last.bytes / prints.at(-1).bytes, 2),
      ...(count === TARGET_COUNT ? { target: TARGETS.ratio_vs_chromium, met: ratio <= TARGETS.ratio_vs_chromium } : {}),
    });
    log(`batch_${count} ${round(wallMedian)} ms vs chromium_print_${count} ${round(printMedian)} ms: ${round(ratio, 2)}×`);
  }


  if (appRuns > 0) {
    // The app's own batch printing, in its worker, with input latency measured meanwhile.
    const app = await startAppPage();
    try {
      const first = letters.inputs[0];
      const mail = { language: lang, senderName: first.branch.name, senderAddress: first.branch.address, date };
      // --app-volumes 250,0: letters per volume of each variant, run alternately (app: the app's own
      // LETTERS_PER_VOLUME; 0: one document whatever the count, as before volumes).
      const variants = String(opts['app-volumes'] ?? 'app').split(',').map((v) => (v === 'app' ? undefined : Number(v)));
      const byVariant = new Map(variants.map((v) => [v, []]));
      for (let run = 0; run < appRuns; run++) {
        for (const volumeSize of variants) {
          const label = volumeSize === undefined ? "the app's volumes" : volumeSize === 0 ? 'one document' : `volumes of ${volumeSize}`;
          log(`app run ${run + 1}/${appRuns} (${label}): ${letters.inputs.length} letters through the app's PDF worker, a key pressed every 100 ms`);
          const r = await appBatch(browser, app.url, letters.inputs, mail, volumeSize);
          if (r.letters !== letters.inputs.length) throw new Error(`the app's batch issued ${r.letters} of ${letters.inputs.length} letters`);
          // The page reads the box when the batch ends; the last key may still be on its way then.
          if (Number(r.typed) < r.rtts.length - 1) throw new Error(`${r.rtts.length} keys pressed but the text box has ${r.typed} characters`);
          const slowEvents = r.events.filter((e) => e.duration > TARGETS.input_latency_ms);
          log(`  ${round(r.ms)} ms, Chromium CPU ${round(r.cpuMs)} ms (stages at ${JSON.stringify(Object.fromEntries(Object.entries(r.stages).map(([k, v]) => [k, round(v)])))}), ${r.volumes.length} volume(s), ${r.pages} pages, ${round(r.bytes / 2 ** 20, 2)} MB; Chromium PSS ${round(r.pssBeforeMb)} → peak ${round(r.peakPssMb)} MB (largest process ${round(r.peakProcessPssMb)} MB PSS, ${round(r.peakProcessRssMb)} MB RSS); ${r.rtts.length} keys: round trip p50 ${round(median(r.rtts))} / p95 ${round(percentile(r.rtts, 95))} / max ${round(Math.max(...r.rtts))} ms; key to paint max ${round(Math.max(0, ...r.events.map((e) => e.duration)))} ms (${slowEvents.length} over ${TARGETS.input_latency_ms} ms); longest task ${round(r.longTasks.longest_ms)} ms; ${r.progressMessages} progress messages`);
          byVariant.get(volumeSize).push(r);
        }
      }
      for (const [volumeSize, results] of byVariant) {
        const keyMax = Math.max(...results.map((r) => Math.max(...r.rtts)));
        const paintMax = Math.max(...results.map((r) => Math.max(0, ...r.events.map((e) => e.duration))));
        const ms = results.map((r) => r.ms);
        const peak = Math.max(...results.map((r) => r.peakProcessRssMb));
        reporter.emit({
          name: `app_batch_${count}`,
          n: letters.inputs.length,
          runs: appRuns,
          letters_per_volume: volumeSize === undefined ? 'app' : volumeSize,
          volumes: results.at(-1).volumes.length,
          median_ms: round(median(ms)),
          samples_ms: ms.map((x) => round(x)),
          cpu_median_ms: round(median(results.map((r) => r.cpuMs))),
          cpu_samples_ms: results.map((r) => round(r.cpuMs)),
          ...(printMedianMs ? { ratio_vs_chromium: round(median(ms) / printMedianMs, 2), chromium_print_median_ms: round(printMedianMs) } : {}),
          stage_start_ms: results.at(-1).stages,
          pages: results.at(-1).pages,
          bytes: results.at(-1).bytes,
          volume_bytes: results.at(-1).volumes.map((v) => v.bytes),
          volume_sha256: results.at(-1).volumes.map((v) => v.sha256.slice(0, 12)),
          same_bytes_every_run: results.every((r) => JSON.stringify(r.volumes.map((v) => v.sha256)) === JSON.stringify(results[0].volumes.map((v) => v.sha256))),
          labels_bytes: results.at(-1).labelsBytes,
          mailing_list_bytes: results.at(-1).listBytes,
          // Chromium's processes (browser, GPU, the page's renderer with its workers): PSS, MiB.
          pss_before_mb: round(median(results.map((r) => r.pssBeforeMb))),
          peak_pss_mb: round(Math.max(...results.map((r) => r.peakPssMb))),
          peak_process_pss_mb: round(Math.max(...results.map((r) => r.peakProcessPssMb))),
          // The page's renderer process (the screen and its PDF workers): the app's own peak, as peak_rss_mb of the Node batch.
          peak_rss_mb: round(Math.max(...results.map((r) => r.peakProcessRssMb))),
          ...(count === TARGET_COUNT ? { target_peak_mb: TARGETS.peak_rss_mb, peak_met: peak < TARGETS.peak_rss_mb } : {}),
          progress_messages: results.at(-1).progressMessages,
          keys: results.reduce((n, r) => n + r.rtts.length, 0),
          key_round_trip_p50_ms: round(median(results.flatMap((r) => r.rtts))),
          key_round_trip_p95_ms: round(percentile(results.flatMap((r) => r.rtts), 95)),
          key_round_trip_max_ms: round(keyMax),
          key_to_paint_max_ms: round(paintMax),
          key_events_over_target: results.reduce((n, r) => n + r.events.filter((e) => e.duration > TARGETS.input_latency_ms).length, 0),
          longest_task_ms: round(Math.max(...results.map((r) => r.longTasks.longest_ms))),
          long_tasks: results.reduce((n, r) => n + r.longTasks.count, 0),
          target_input_ms: TARGETS.input_latency_ms,
          met: Math.max(keyMax, paintMax) <= TARGETS.input_latency_ms,
        });
      }
    } finally {
      await app.close();
    }
  }

  if (opts.profile) {
    // An extra batch run under the profiler (not one of the timed runs): where the time goes, by package.
    log('--profile: one more batch run with --cpu-prof (not timed)');
    await batchInChild('profile');
    const file = readdirSync(work).find((f) => f.endsWith('.cpuprofile'));
    if (file) {
      const profile = JSON.parse(readFileSync(join(work, file), 'utf8'));
      const path = join(RESULTS_DIR, `letters-profile-batch-${count}`);
      const text = writeProfile(path, profile, summarizeProfile(profile));
      const byPackage = selfTimeByPackage(profile);
      writeFileSync(`${path}.txt`, `${readFileSync(`${path}.txt`, 'utf8')}\nby npm package:\n${byPackage}\n`);
      log(`profile of the whole batch child process (start-up included)\n${text}\n\nby npm package:\n${byPackage}`);
    }
  }
} finally {
  await browser?.close();
  if (opts.keep) log(`kept the PDFs and HTML in ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
log(`letters: done in ${round((performance.now() - started) / 1000)} s; figures appended to ${reporter.file}`);
