// The measures' own cost (shared/kpi), without IndexedDB or PostgreSQL reads: a branch of 20,000 cases with
// 1,000,000 activities (the device's team board and monthly report), and 200,000 cases with 90 days of
// snapshot rows (head office's overview). Synthetic rows, seeded; one JSON line per figure on stdout.
//   npx vite-node bench/kpi/compute.ts [-- --runs 5]
import { BUCKETS, bucketOf } from '../../shared/domain/buckets';
import { byBranch, byCollector, byProduct, computeKpis, dailyRecovered, kpisBy, monthPeriod, type KpiInput, type SnapshotRow } from '../../shared/kpi';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;
let seed = 20261204;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
const OUTCOMES = ['right_party_contact', 'promise', 'no_answer', 'busy', 'wrong_number', 'third_party_message'];
const PRODUCTS = ['credit_card', 'consumer_loan', 'business_loan', 'mortgage'] as const;
const day = (d: number) => `2026-11-${String(d).padStart(2, '0')}`;

function input(cases: number, activities: number, snapshotDays: number, branches: number): KpiInput {
  const out: KpiInput & { [k: string]: unknown[] } = { cases: [], snapshots: [], activities: [], promises: [], payments: [], disputes: [], letters: [] } as never;
  for (let i = 0; i < cases; i++) {
    const id = `c${i}`;
    const branchCode = `B${i % branches}`;
    out.cases.push({ id, branchCode, officerId: `${branchCode}-o${i % 12}`, product: pick(PRODUCTS) });
    let dpd = Math.floor(rnd() * 200);
    const base = 10_000 + Math.floor(rnd() * 5_000_000);
    // 90 days of history, one row per day that changed: about a third of the days.
    for (let d = 0; d < snapshotDays; d++) {
      if (d > 0 && rnd() > 0.33) continue;
      dpd = Math.max(0, dpd + (rnd() < 0.2 ? -dpd : 1));
      const date = new Date(Date.UTC(2026, 8, 2 + d)).toISOString().slice(0, 10);
      (out.snapshots as SnapshotRow[]).push({ caseId: id, date, bucket: bucketOf(dpd), dpd, overdueFen: base, principalFen: base });
    }
    if (rnd() < 0.3) out.promises.push({ id: `p${i}`, caseId: id, amountFen: 50_000, dueDate: day(1 + Math.floor(rnd() * 25)), createdAt: `${day(1)}T02:00:00Z` });
    if (rnd() < 0.25) out.payments.push({ id: `y${i}`, caseId: id, amountFen: 20_000 + Math.floor(rnd() * 80_000), paidOn: day(1 + Math.floor(rnd() * 29)), source: 'transfer', reference: null, receiptId: null, recordedAt: `${day(2)}T02:00:00Z` });
    if (rnd() < 0.01) out.disputes.push({ id: `d${i}`, caseId: id, kind: 'complaint', openedAt: `${day(3)}T02:00:00Z` });
    if (rnd() < 0.2) out.letters.push({ id: `l${i}`, caseId: id, issuerId: 'u', issuedAt: `${day(4)}T02:00:00Z`, copy: false, voided: false, deliveryStatus: 'delivered', deliveryAt: `${day(8)}T02:00:00Z` });
  }
  for (let a = 0; a < activities; a++) {
    out.activities.push({ id: `a${a}`, caseId: `c${Math.floor(rnd() * cases)}`, userId: 'u', outcome: pick(OUTCOMES), at: `${day(1 + (a % 29))}T0${a % 10}:00:00Z`, overridden: rnd() < 0.001 });
  }
  return out;
}

function time(name: string, n: Record<string, number>, target: number, fn: () => unknown) {
  const ms: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    fn();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  const median = ms[Math.floor(ms.length / 2)]!;
  console.log(JSON.stringify({ suite: 'kpi', name, ...n, median_ms: Math.round(median * 10) / 10, max_ms: Math.round(ms[ms.length - 1]! * 10) / 10, runs, target, met: median < target }));
}

const period = monthPeriod('2026-11');
const options = { graceDays: 3 };
const branch = input(20_000, 1_000_000, 1, 1);
time('team_board_and_report', { cases: 20_000, activities: 1_000_000 }, 1000, () => {
  computeKpis(branch, period, options);
  kpisBy(branch, period, options, byCollector);
  dailyRecovered(branch, period);
});
const bank = input(200_000, 0, 90, 40);
console.error(`snapshot rows: ${bank.snapshots.length}`);
time('head_office_overview', { cases: 200_000, snapshot_rows: bank.snapshots.length }, 3000, () => {
  kpisBy(bank, period, options, byBranch);
  kpisBy(bank, period, options, byProduct);
});
void BUCKETS;
