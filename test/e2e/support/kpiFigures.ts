import { caseLineOf, computeKpis, kpiCaseOf, monthToDate, snapshotOf, type KpiFigures, type KpiInput, type KpiPayment } from '../../../shared/kpi';
import type { Case } from '../../../shared/domain/case';
import { pullAs, type PulledRecord } from './headOffice';

/**
 * What shared/kpi computes for a collector over exactly what head office sends their device (their cases and the
 * payments in their scope), as of `now`: the figure 我的业绩 must show. Only the bank's and the field's
 * recordPayment records are read; a receipt in scope would need its own payment, so the caller checks there is
 * none.
 */
export async function collectorKpis(userId: string, now: Date): Promise<{ k: KpiFigures; input: KpiInput; records: PulledRecord[] }> {
  const { cases, records } = await pullAs<Case>(userId);
  const mine = cases.filter((c) => c.assignment.officerId === userId);
  const lines = mine.map((c) => caseLineOf(c.id, c.assignment.branchCode, c.assignment.officerId, c.accounts));
  const payments: KpiPayment[] = records
    .filter((r) => r.name === 'recordPayment')
    .map((r) => r.args as unknown as KpiPayment);
  const input: KpiInput = { cases: lines.map(kpiCaseOf), snapshots: lines.map(snapshotOf), activities: [], promises: [], payments, disputes: [], letters: [] };
  return { k: computeKpis(input, monthToDate(now, 'Asia/Shanghai'), { graceDays: 3 }), input, records };
}
