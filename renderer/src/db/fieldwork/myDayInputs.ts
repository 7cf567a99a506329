import type { Payment, PromiseToPay, Receipt, RepaymentPlan, Visit } from '../../../../shared/fieldwork/records';
import type { RecoveryDeskDb } from '../database';

export interface WorkRecords {
  promises: PromiseToPay[];
  payments: Payment[];
  plans: RepaymentPlan[];
  visits: Visit[];
}

/** Every open promise, payment, plan and visit on the device: what My day is computed from. */
export async function workRecords(db: RecoveryDeskDb): Promise<WorkRecords> {
  const [promises, payments, plans, visits, receipts] = await Promise.all([
    db.promises.toArray(),
    db.payments.toArray(),
    db.plans.toArray(),
    db.visits.toArray(),
    db.receipts.toArray(),
  ]);
  const voided = new Set(receipts.filter((r: Receipt) => r.voided).map((r) => r.id));
  return { promises, payments: payments.filter((p) => p.receiptId === null || !voided.has(p.receiptId)), plans, visits };
}
