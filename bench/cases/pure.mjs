// query_pure: the app's own queryCaseRows on n demo rows in Node, without IndexedDB, React or the DOM.
// The shared/ TypeScript is loaded through Vite's module runner (vite is a dev dependency already).
import { runnerImport } from 'vite';
import { fileURLToPath } from 'node:url';
import { median, round } from '../lib/common.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

async function load(path) {
  const { module } = await runnerImport(`${root}${path}`, { configFile: false, logLevel: 'error', root });
  return module;
}

export async function loadShared() {
  const [demo, summary, query] = await Promise.all([load('shared/demo/index.ts'), load('shared/domain/caseSummary.ts'), load('shared/domain/caseQuery.ts')]);
  return { generateCase: demo.generateCase, summarizeCase: summary.summarizeCase, queryCaseRows: query.queryCaseRows, EMPTY_FILTERS: query.EMPTY_FILTERS };
}

/** The queries the UI steps run: the start-up order, sort by amount, a bucket chip, an amount minimum. */
export function uiQueries(EMPTY_FILTERS) {
  const byAmount = { column: 'totalFen', direction: 'desc' };
  return [
    { name: 'startup_dpd_desc', query: { filters: EMPTY_FILTERS, search: '', sort: { column: 'dpd', direction: 'desc' } } },
    { name: 'sort_totalFen', query: { filters: EMPTY_FILTERS, search: '', sort: byAmount } },
    { name: 'bucket_M1', query: { filters: { ...EMPTY_FILTERS, buckets: ['M1'] }, search: '', sort: byAmount } },
    { name: 'amount_min_5000', query: { filters: { ...EMPTY_FILTERS, amountMinFen: 500_000 }, search: '', sort: byAmount } },
  ];
}

export async function timePureQueries({ shared, n, seed, snapshotDate, runs }) {
  const rows = [];
  for (let i = 0; i < n; i++) rows.push(shared.summarizeCase(shared.generateCase(seed, i, { snapshotDate })));
  const results = [];
  for (const { name, query } of uiQueries(shared.EMPTY_FILTERS)) {
    for (let w = 0; w < 2; w++) shared.queryCaseRows(rows, query); // warm the JIT, as the app is after its first render
    const times = [];
    let matched = 0;
    for (let r = 0; r < runs; r++) {
      const t0 = performance.now();
      matched = shared.queryCaseRows(rows, query).length;
      times.push(performance.now() - t0);
    }
    results.push({ query: name, median_ms: round(median(times)), min_ms: round(Math.min(...times)), max_ms: round(Math.max(...times)), runs, matched });
  }
  return results;
}
