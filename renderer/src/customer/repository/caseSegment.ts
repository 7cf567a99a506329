import { todayIn } from '../../../../shared/calendar';
import { segmentCase, type CaseSegment } from '../../../../shared/segments/segmentCase';
import type { SegmentTable } from '../../../../shared/segments/table';
import type { RecoveryDeskDb } from '../../store/database';
import { factsOfCase } from './customerRecords';

/** The case's segment from what this device holds (its records, the table given), or null for a case it does not hold. */
export async function caseSegmentOf(db: RecoveryDeskDb, caseId: string, table: SegmentTable, now: Date, graceDays: number): Promise<CaseSegment | null> {
  const c = await db.cases.get(caseId);
  if (!c) return null;
  const [facts, promises, payments, activities] = await Promise.all([
    factsOfCase(db, caseId),
    db.promises.where('caseId').equals(caseId).toArray(),
    db.payments.where('caseId').equals(caseId).toArray(),
    db.activities.where('caseId').equals(caseId).toArray(),
  ]);
  return segmentCase(table, { caseRecord: c, facts, promises, payments, activities, today: todayIn(c.timeZone, now), graceDays });
}
