import { PaymentSchema, PromiseToPaySchema, type Payment, type PromiseToPay } from '../../../../shared/fieldwork/records';
import { paymentArgs } from '../../../../shared/records/payment';
import { promiseArgs } from '../../../../shared/records/promise';
import type { RecoveryDeskDb } from '../../store/database';
import { commitChange, type Actor } from '../../store/unitOfWork';

/** A case's promises and the payments that count: a voided receipt's payment no longer does. */
export async function promisesAndPayments(db: RecoveryDeskDb, caseId: string): Promise<{ promises: PromiseToPay[]; payments: Payment[] }> {
  const [promises, payments, receipts] = await Promise.all([
    db.promises.where('caseId').equals(caseId).toArray(),
    db.payments.where('caseId').equals(caseId).toArray(),
    db.receipts.where('caseId').equals(caseId).toArray(),
  ]);
  const voided = new Set(receipts.filter((r) => r.voided).map((r) => r.id));
  return { promises, payments: payments.filter((p) => p.receiptId === null || !voided.has(p.receiptId)) };
}

export async function createPromise(db: RecoveryDeskDb, actor: Actor, input: PromiseToPay): Promise<PromiseToPay> {
  const promise = PromiseToPaySchema.parse(input);
  await commitChange(db, actor, {
    tables: [db.promises],
    apply: async () => void (await db.promises.add(promise)),
    audit: { action: 'promise.create', entity: { kind: 'promise', id: promise.id }, caseId: promise.caseId, before: null, after: promise },
    mutations: [
      { name: 'createPromise', args: promiseArgs(promise) },
    ],
  });
  return promise;
}

/** A payment the collector saw or was told of (a transfer); head office reconciles it with core banking. */
export async function recordPayment(db: RecoveryDeskDb, actor: Actor, input: Payment, reference: string | null = null): Promise<Payment> {
  const payment = PaymentSchema.parse(input);
  await commitChange(db, actor, {
    tables: [db.payments],
    apply: async () => void (await db.payments.add(payment)),
    audit: { action: 'payment.record', entity: { kind: 'payment', id: payment.id }, caseId: payment.caseId, before: null, after: payment },
    mutations: [
      {
        name: 'recordPayment',
        args: paymentArgs({ ...payment, reference }),
      },
    ],
  });
  return payment;
}
