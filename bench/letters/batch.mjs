#!/usr/bin/env node
// The letters suite's batch run, in its own Node process so that its peak memory is the batch's own:
// load shared/ and the fonts, render one letter (warm-up), then build `count` demand notices and render them
// into ONE PDF with the CLI's renderer (scripts/letters/pdf.mjs).
// Prints one JSON object on stdout; the parent (run.mjs) samples this process's RSS from /proc meanwhile.
//
// --slice N: the letters in slices of N (letterSlices) rendered in turn and joined (joinPdfs), an experiment
// (docs/benchmarks.md, Letters, 2026-12-04); the default, 0, is the one merged document the app renders.
//
//   node bench/letters/batch.mjs --count 1000 --type demand_notice --lang zh-CN --date 2026-11-23 [--slice N] [--out FILE.pdf]
import { writeFileSync } from 'node:fs';
import { loadShared } from '../../scripts/letters/demo.mjs';
import { renderPdf, renderSlices } from '../../scripts/letters/pdf.mjs';
import { parseOptions } from '../lib/common.mjs';
import { collectLetters, pdfPages, procStatus } from './letters.mjs';

const opts = parseOptions(process.argv.slice(2));
const count = Number(opts.count ?? 1000);
const type = opts.type ?? 'demand_notice';
const lang = opts.lang ?? 'zh-CN';
const date = opts.date ?? '2026-11-23';
const mb = (bytes) => bytes / 2 ** 20;

const shared = await loadShared();
// Warm-up: pdfmake, the fonts in its virtual file system, the code paths of one letter.
const warm = collectLetters(shared, { count: 1, type, lang, date });
await renderPdf(warm.docs[0]);
globalThis.gc?.();
const rssBeforeMb = mb(process.memoryUsage().rss);
const maxRssBeforeMb = process.resourceUsage().maxRSS / 1024;
// Reset the kernel's peak-RSS mark (VmHWM) to the current RSS, so the peak read at the end is the batch's own
// and not that of loading Vite, the TypeScript and the fonts. Linux only; elsewhere the process's lifetime peak.
let hwmReset = false;
try {
  writeFileSync('/proc/self/clear_refs', '5');
  hwmReset = true;
} catch {
  // not Linux, or not allowed
}

const t0 = performance.now();
const letters = collectLetters(shared, { count, type, lang, date });
const t1 = performance.now();
const slice = Number(opts.slice ?? 0);
const merged = slice > 0 ? shared.letters.letterSlices(letters.docs, slice) : shared.letters.mergeLetters(letters.docs);
const issued = letters.docs.length;
letters.docs.length = 0; // the slices hold the definitions now
const t2 = performance.now();
const cpu0 = process.cpuUsage();
const pdf = slice > 0 ? await renderSlices(merged, shared.letters.joinPdfs) : await renderPdf(merged);
const renderCpu = process.cpuUsage(cpu0);
const t3 = performance.now();
if (opts.out) writeFileSync(opts.out, pdf);

process.stdout.write(
  `${JSON.stringify({
    letters: issued,
    scanned: letters.scanned,
    refused: letters.refused,
    digest: letters.digest,
    first: letters.numbers[0],
    last: letters.numbers.at(-1),
    // collectLetters' own sums: demo data (not the letter code's work) and buildLetter
    inputs_ms: letters.inputsMs,
    build_letters_ms: letters.buildMs,
    merge_ms: t2 - t1,
    render_ms: t3 - t2,
    render_cpu_ms: (renderCpu.user + renderCpu.system) / 1000,
    slice,
    slices: slice > 0 ? merged.length : 1,
    collect_ms: t1 - t0,
    bytes: pdf.length,
    pages: pdfPages(pdf),
    rss_before_mb: rssBeforeMb,
    max_rss_before_mb: maxRssBeforeMb,
    // the batch's peak: VmHWM since the reset; without the reset, the lifetime peak
    peak_rss_mb: hwmReset ? (procStatus(process.pid)?.hwmMb ?? NaN) : process.resourceUsage().maxRSS / 1024,
    peak_rss_is_batch_only: hwmReset,
    lifetime_max_rss_mb: process.resourceUsage().maxRSS / 1024,
    rss_end_mb: mb(process.memoryUsage().rss),
  })}\n`,
);
