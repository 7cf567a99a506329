import type { Payment, PromiseToPay, Receipt, RepaymentPlan, Visit } from '../../../../shared/fieldwork/records';
import type { RecoveryDeskDb } from '../../store/database';
import type { Case } from '../../../../shared/domain/case';
import type { RegisteredLetter } from '../../letters/repository/register';

export interface WorkRecords {
  promises: PromiseToPay[];
  payments: Payment[];
  plans: RepaymentPlan[];
  visits: Visit[];
  letters: RegisteredLetter[];
}

/** Every open promise, payment, plan and visit on the device: what My day is computed from. */
export async function workRecords(db: RecoveryDeskDb): Promise<WorkRecords> {
  const [promises, payments, plans, visits, receipts, letters] = await Promise.all([
    db.promises.toArray(),
    db.payments.toArray(),
    db.plans.toArray(),
    db.visits.toArray(),
    db.receipts.toArray(),
    db.letters.toArray(),
  ]);
  const voided = new Set(receipts.filter((r: Receipt) => r.voided).map((r) => r.id));
  return { promises, payments: payments.filter((p) => p.receiptId === null || !voided.has(p.receiptId)), plans, visits, letters };
}

/** The full records of some cases (My day needs parties and accounts for limitation and guarantee dates). */
export async function casesByIds(db: RecoveryDeskDb, ids: readonly string[]): Promise<Case[]> {
  return (await db.cases.bulkGet([...ids])).filter((c): c is Case => c !== undefined);
}
