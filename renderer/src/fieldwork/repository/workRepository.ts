import type { Case } from '../../../../shared/domain/case';
import type { Dispute, Payment, Receipt } from '../../../../shared/fieldwork/records';
import type { RecoveryDeskDb } from '../../store/database';
import { casesByIds, workRecords, type WorkRecords } from './myDayInputs';
import { receiptsAround } from './receipts';
import { lostContactCaseIds } from '../../cases/repository/lostContacts';

/** What the field-work screens read beyond the open case (My day, the day's receipts), with the store bound. */
export class WorkRepository {
  constructor(private readonly db: RecoveryDeskDb) {}

  workRecords(): Promise<WorkRecords> {
    return workRecords(this.db);
  }

  casesByIds(ids: readonly string[]): Promise<Case[]> {
    return casesByIds(this.db, ids);
  }

  /** The disputes and complaints of these cases (a batch of letters judges each case's holds as one letter does). */
  disputesOf(caseIds: readonly string[]): Promise<Dispute[]> {
    return this.db.disputes.where('caseId').anyOf([...caseIds]).toArray();
  }

  /** The payments and receipts of these cases (a batch's letters deduct what was paid after the snapshot). */
  async paymentsOf(caseIds: readonly string[]): Promise<{ payments: Payment[]; receipts: Receipt[] }> {
    const ids = [...caseIds];
    const [payments, receipts] = await Promise.all([this.db.payments.where('caseId').anyOf(ids).toArray(), this.db.receipts.where('caseId').anyOf(ids).toArray()]);
    return { payments, receipts };
  }

  /** Every dispute and complaint not yet resolved (open or under review): the supervisor's inbox and My day. */
  unresolvedDisputes(): Promise<Dispute[]> {
    return this.db.disputes.filter((d) => d.resolvedAt === null).toArray();
  }

  /** The open cases whose borrower is lost (失联): the case list's lost-contact queue. */
  lostContactCaseIds(): Promise<Set<string>> {
    return lostContactCaseIds(this.db);
  }

  receiptsAround(localDate: string): Promise<Receipt[]> {
    return receiptsAround(this.db, localDate);
  }
}
