#!/usr/bin/env node
// Segmenting a portfolio (issue 16 §2): for n cases, fold what was learned into a profile, count the promise
// history, and run the published decision table (the demo version) — the pure code a device and head office
// share (shared/customer/profile.ts, shared/segments). Inputs are generated up front (a seeded mix of cases with
// nothing learned, some facts, several records, broken and kept promises, lost contact, a risk grade or none);
// only the segmenting is timed. One JSON line per figure on stdout (and in bench/results/), progress on stderr.
//
//   npm run bench -- segments [--sizes 10000,100000] [--reps 9]
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { createReporter, log, median, parseOptions, parseSizes, percentile, round } from '../lib/common.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const load = async (path) => (await runnerImport(`${root}${path}`, { configFile: false, logLevel: 'error', root })).module;

const opts = parseOptions(process.argv.slice(2));
const sizes = parseSizes(opts.sizes ?? '10000,100000');
const reps = Number(opts.reps ?? 9);
const TARGET_MS = 1000;
const reporter = createReporter('segments');

const [{ profileOf }, { segmentFactsOf }, { evaluateSegment }, { DEMO_SEGMENT_TABLE }] = await Promise.all([
  load('shared/customer/profile.ts'),
  load('shared/segments/facts.ts'),
  load('shared/segments/table.ts'),
  load('shared/segments/demoTable.ts'),
]);

// A small seeded generator (mulberry32): the same inputs every run.
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REASONS = ['unemployment', 'illness', 'business_failure', 'over_indebted', 'dispute', 'fraud_victim', 'forgot', 'unwilling', 'other'];
const STATES = ['pending', 'kept', 'partly_kept', 'broken'];
const TODAY = '2026-12-04';

function inputs(n) {
  const r = rng(16);
  const pick = (list) => list[Math.floor(r() * list.length)];
  const scale = () => (r() < 0.3 ? null : Math.floor(r() * 4));
  const cases = [];
  for (let i = 0; i < n; i++) {
    const records = [];
    const count = r() < 0.4 ? 0 : 1 + Math.floor(r() * 3);
    for (let k = 0; k < count; k++) {
      records.push({
        id: `f-${i}-${k}`, caseId: `c-${i}`, activityId: null, makerId: 'u', learnedAt: `2026-1${k}-0${1 + k}T09:00:00+08:00`,
        facts: { reason: r() < 0.5 ? pick(REASONS) : null, ability: scale(), willingness: scale(), employer: null, occupation: null, incomeBand: null, payday: r() < 0.3 ? 1 + Math.floor(r() * 28) : null, household: null },
      });
    }
    const promises = Array.from({ length: Math.floor(r() * 4) }, () => ({ state: pick(STATES), dueDate: `2026-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-15` }));
    cases.push({ c: { dpd: Math.floor(r() * 400), lostContact: r() < 0.08, riskGrade: r() < 0.5 ? null : pick(['low', 'medium', 'high']) }, records, promises });
  }
  return cases;
}

for (const n of sizes) {
  log(`generating ${n} cases`);
  const cases = inputs(n);
  const samples = [];
  let tally = {};
  for (let rep = 0; rep < reps + 1; rep++) {
    const t0 = performance.now();
    const counts = {};
    for (const x of cases) {
      const d = evaluateSegment(DEMO_SEGMENT_TABLE, segmentFactsOf(x.c, profileOf(x.records), x.promises, TODAY));
      counts[d.segment] = (counts[d.segment] ?? 0) + 1;
    }
    const ms = performance.now() - t0;
    if (rep > 0) samples.push(ms); // the first run warms the JIT up
    tally = counts;
  }
  log(`segments: ${JSON.stringify(tally)}`);
  const med = median(samples);
  reporter.emit({ name: 'segment_portfolio', n, median_ms: round(med), p95_ms: round(percentile(samples, 95)), runs: samples.length, target: TARGET_MS, met: med < TARGET_MS });
}
