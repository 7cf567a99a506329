import { OUTCOMES } from '../fieldwork/outcomes';
import type { KpiCase, KpiInput } from './inputs';
import type { KpiOptions } from './figures';
import type { KpiPeriod } from './period';
import { statesOn } from './rolls';
import { contactsInto, emptyTally, moneyInto, paperInto, type KpiTally } from './tallies';

/**
 * Every group's tally (per collector, branch, product…) in one pass over the records: each case's group is
 * found once, and each record is added straight to its case's group. The sums are those of tallyKpis over each
 * group's cases alone (test/shared/kpi/tallyBy.test.ts), without filtering or copying a million activities per
 * group (docs/benchmarks.md, "KPI measures"). A case listed twice counts once, in the group of its first line.
 */
export function tallyBy(input: KpiInput, period: KpiPeriod, options: KpiOptions, keyOf: (c: KpiCase) => string): Map<string, KpiTally> {
  const groups = new Map<string, KpiTally>();
  const tallyOfCase = new Map<string, KpiTally>();
  for (const c of input.cases) {
    if (tallyOfCase.has(c.id)) continue;
    const key = keyOf(c);
    let t = groups.get(key);
    if (!t) groups.set(key, (t = emptyTally()));
    t.cases += 1;
    tallyOfCase.set(c.id, t);
  }
  const tallyOf = (caseId: string) => tallyOfCase.get(caseId);

  // Opening and closing states (shared/kpi/rolls.ts statesOn), a case's balances and its roll matrix cell.
  const snapshots = input.snapshots.filter((r) => tallyOfCase.has(r.caseId));
  const opening = statesOn(snapshots, period.from);
  const closing = statesOn(snapshots, period.to);
  for (const [caseId, t] of tallyOfCase) {
    const start = opening.get(caseId);
    const end = closing.get(caseId);
    if (start) t.openingOverdueFen += start.overdueFen;
    if (!end) continue;
    t.closingOverdueFen += end.overdueFen;
    t.dpdSum += end.dpd;
    t.dpdCases += 1;
    if (!start) continue;
    const cell = t.rolls[start.bucket][end.bucket];
    cell.cases += 1;
    cell.fen += start.overdueFen;
  }

  moneyInto(input.payments, input.promises, period, options.graceDays, tallyOf);
  contactsInto(input.activities, period, options.outcomes ?? OUTCOMES, tallyOf);
  paperInto(input.disputes, input.letters, period, tallyOf);
  return groups;
}
