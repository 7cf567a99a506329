import type { InboxCase } from '../../../../shared/approvals/inbox';
import type { Arrangement } from '../../../../shared/records/arrangement';
import type { RepaymentPlan } from '../../../../shared/records/plan';
import type { RecoveryDeskDb } from '../../store/database';
import { plans } from '../../fieldwork/repository';
import { proposedArrangements } from '../../arrangements/repository/arrangements';

export interface InboxRecords {
  plans: RepaymentPlan[];
  arrangements: Arrangement[];
  cases: Map<string, InboxCase>;
}

/** What waits for a supervisor on this device (pending plans, proposed arrangements) and the cases they are on. */
export async function inboxRecords(db: RecoveryDeskDb): Promise<InboxRecords> {
  const [pending, proposed] = await Promise.all([plans.plansAwaitingApproval(db), proposedArrangements(db)]);
  const ids = [...new Set([...pending.map((p) => p.caseId), ...proposed.map((a) => a.caseId)])];
  const cases = new Map<string, InboxCase>();
  for (const c of await db.cases.bulkGet(ids)) if (c) cases.set(c.id, c);
  return { plans: pending, arrangements: proposed, cases };
}
