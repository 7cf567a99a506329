// Synthetic, seeded KPI rows for the kpi benchmarks (bench/kpi/compute.ts, report.ts): cases of `branches`
// branches with 12 collectors each, snapshot history, promises, payments, complaints, letters and activities.
import { bucketOf } from '../../shared/domain/buckets';
import type { KpiInput, SnapshotRow } from '../../shared/kpi';

let seed = 20261204;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
const OUTCOMES = ['right_party_contact', 'promise', 'no_answer', 'busy', 'wrong_number', 'third_party_message'];
const PRODUCTS = ['credit_card', 'consumer_loan', 'business_loan', 'mortgage'] as const;
const day = (d: number) => `2026-11-${String(d).padStart(2, '0')}`;

export function syntheticInput(cases: number, activities: number, snapshotDays: number, branches: number): KpiInput {
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

