import { kpiCaseOf, snapshotOf, type KpiInput, type KpiLetter } from '../../../../shared/kpi';
import type { Activity, Dispute, Payment, PromiseToPay, Receipt } from '../../../../shared/fieldwork/records';
import type { CaseRow } from '../../../../shared/domain/caseSummary';
import type { RecoveryDeskDb } from '../../store/database';
import { agencyOfDevice } from '../../../../shared/outsourcing/agency';

/**
 * The device's side of the measures (issue 15 §3): the same KpiInput head office reads from its tables
 * (server/kpi/read.ts), from the records on this device as of its last sync. Everything but the letters is read
 * straight from IndexedDB, past the store's decryption, as the team view does (renderer/src/team/repository/
 * teamReads.ts): the measures use no sealed field, and test an activity's `override` and a receipt's `voided`
 * only for null. A letter's delivery is sealed, so letters (a few per case) are read through the store.
 */
export interface DeviceKpiScope {
  /** null: every case on the device. */
  branchCode: string | null;
  officerId?: string;
}

function getAll<T>(source: IDBObjectStore): Promise<T[]> {
  return new Promise((resolve, reject) => {
    const request = source.getAll();
    request.onsuccess = () => resolve(request.result as T[]);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB read failed'));
  });
}

const TABLES = ['caseRows', 'activities', 'promises', 'payments', 'receipts', 'disputes'] as const;

type RawActivity = Pick<Activity, 'id' | 'caseId' | 'userId' | 'outcome' | 'at' | 'deviceId'> & { override: unknown };
type RawReceipt = Pick<Receipt, 'id'> & { voided: unknown };

export async function readKpiInput(db: RecoveryDeskDb, scope: DeviceKpiScope): Promise<KpiInput> {
  if (!db.isOpen()) await db.open();
  const tx = db.backendDB().transaction([...TABLES], 'readonly');
  const store = (name: (typeof TABLES)[number]) => tx.objectStore(name);
  const [rows, activities, promises, payments, receipts, disputes] = await Promise.all([
    getAll<CaseRow>(store('caseRows')),
    getAll<RawActivity>(store('activities')),
    getAll<PromiseToPay>(store('promises')),
    getAll<Payment>(store('payments')),
    getAll<RawReceipt>(store('receipts')),
    getAll<Dispute>(store('disputes')),
  ]);
  const lines = rows.filter((r) => (scope.branchCode === null || r.branchCode === scope.branchCode) && (scope.officerId === undefined || r.officerId === scope.officerId));
  const ids = new Set(lines.map((r) => r.id));
  const voided = new Set(receipts.filter((r) => r.voided !== null && r.voided !== undefined).map((r) => r.id));
  const letters = await db.letters.where('caseId').anyOf([...ids]).toArray();
  const mine = <T extends { caseId: string }>(list: readonly T[]) => list.filter((r) => ids.has(r.caseId));
  return {
    cases: lines.map(kpiCaseOf),
    snapshots: lines.map(snapshotOf),
    activities: mine(activities).map((a) => ({ id: a.id, caseId: a.caseId, userId: a.userId, outcome: a.outcome, at: a.at, overridden: a.override !== null && a.override !== undefined, agency: agencyOfDevice(a.deviceId) !== null })),
    promises: mine(promises).map((p) => ({ id: p.id, caseId: p.caseId, amountFen: p.amountFen, dueDate: p.dueDate, createdAt: p.createdAt, agency: agencyOfDevice(p.deviceId) !== null })),
    payments: mine(payments)
      .filter((p) => p.receiptId === null || !voided.has(p.receiptId))
      .map((p) => ({ id: p.id, caseId: p.caseId, amountFen: p.amountFen, paidOn: p.paidOn, source: p.source, reference: p.reference ?? null, receiptId: p.receiptId, recordedAt: p.recordedAt })),
    disputes: mine(disputes).map((d) => ({ id: d.id, caseId: d.caseId, kind: d.kind, openedAt: d.openedAt })),
    letters: letters.map(
      (l): KpiLetter => ({
        id: l.id, caseId: l.caseId, issuerId: l.issuerId, issuedAt: l.issuedAt, copy: l.copy, voided: l.voided !== null,
        deliveryStatus: l.delivery.status, deliveryAt: l.delivery.at,
      }),
    ),
  };
}
