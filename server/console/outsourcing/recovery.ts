import { computeKpis, monthPeriod } from '../../../shared/kpi';
import type { BranchRecovery } from '../../../shared/outsourcing/api';
import type { Queryable } from '../../db/types';
import { readKpiInput } from '../../kpi/read';

/** Days of grace before a promise is judged (docs/kpi.md); the agency figures here do not depend on it. */
const GRACE_DAYS = 3;

/**
 * A branch's recovery in a month, the branch's own apart from its agencies' (docs/kpi.md, "Agency recovery"):
 * the same shared/kpi measures the devices compute, over what head office holds.
 */
export async function branchRecovery(db: Queryable, branchCode: string, month: string, today: string): Promise<BranchRecovery> {
  const period = monthPeriod(month, today < `${month}-01` ? `${month}-01` : today);
  const k = computeKpis(await readKpiInput(db, { branchCode }), period, { graceDays: GRACE_DAYS });
  return { branchCode, month, ownRecoveredFen: k.recoveredFen, agency: k.agency };
}
