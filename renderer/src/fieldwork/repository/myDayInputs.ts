import type { Payment, PromiseToPay, Receipt, RepaymentPlan, Visit } from '../../../../shared/fieldwork/records';
import type { LegalStepRecord } from '../../../../shared/records/legalStep';
import type { RecoveryDeskDb } from '../../store/database';
import type { Case } from '../../../../shared/domain/case';
import type { RegisteredLetter } from '../../letters/repository/register';
import type { Activity } from '../../../../shared/records/activity';
import { instantMs } from '../../../../shared/calendar';

export interface WorkRecords {
  promises: PromiseToPay[];
  payments: Payment[];
  plans: RepaymentPlan[];
  visits: Visit[];
  letters: RegisteredLetter[];
  /** The latest activity of each case: the only one whose next action can still be waiting (myDay.ts). */
  latestActivities: Activity[];
  /** Legal cases' steps: hearings and judgments (enforcement deadlines). */
  legalSteps?: LegalStepRecord[];
}

/** Every open promise, payment, plan and visit on the device: what My day is computed from. */
export async function workRecords(db: RecoveryDeskDb): Promise<WorkRecords> {
  const [promises, payments, plans, visits, receipts, letters, latestActivities] = await Promise.all([
    db.promises.toArray(),
    db.payments.toArray(),
    db.plans.toArray(),
    db.visits.toArray(),
    db.receipts.toArray(),
    db.letters.toArray(),
    latestActivityPerCase(db),
  ]);
  const legalSteps = await db.legalSteps.toArray();
  const voided = new Set(receipts.filter((r: Receipt) => r.voided).map((r) => r.id));
  return { promises, payments: payments.filter((p) => p.receiptId === null || !voided.has(p.receiptId)), plans, visits, letters, latestActivities, legalSteps };
}

/**
 * The latest activity of each case, read without opening every activity: one walk over the [caseId+at] index
 * keys (no record is read or decrypted), then one bulk read of a single record per case. Instants are compared
 * as instants, since `at` may carry any offset and its text order is not time order.
 */
export async function latestActivityPerCase(db: RecoveryDeskDb): Promise<Activity[]> {
  const latest = new Map<string, { id: string; ms: number }>();
  await db.transaction('r', db.activities, () =>
    db.activities.orderBy('[caseId+at]').eachKey((key, cursor) => {
      const [caseId, at] = key as [string, string];
      const id = String(cursor.primaryKey);
      const ms = instantMs(at);
      const seen = latest.get(caseId);
      if (!seen || ms > seen.ms || (ms === seen.ms && id > seen.id)) latest.set(caseId, { id, ms });
    }),
  );
  const found = await db.activities.bulkGet([...latest.values()].map((x) => x.id));
  return found.filter((a): a is Activity => a !== undefined);
}

/** The full records of some cases (My day needs parties and accounts for limitation and guarantee dates). */
export async function casesByIds(db: RecoveryDeskDb, ids: readonly string[]): Promise<Case[]> {
  return (await db.cases.bulkGet([...ids])).filter((c): c is Case => c !== undefined);
}
