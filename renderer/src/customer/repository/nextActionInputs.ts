import type { ContactAttempt } from '../../../../shared/compliance/contact';
import type { Case } from '../../../../shared/domain/case';
import type { Dispute } from '../../../../shared/fieldwork/records';
import type { RelatedParty } from '../../../../shared/records/customerFacts';
import type { CaseSegment } from '../../../../shared/segments/segmentCase';
import type { SegmentTable } from '../../../../shared/segments/table';
import { lastTakenOf } from '../../../../shared/strategy/lastTaken';
import type { Step } from '../../../../shared/strategy/schema';
import { activities, contacts } from '../../fieldwork/repository';
import type { RecoveryDeskDb } from '../../store/database';
import { caseSegmentOf } from './caseSegment';
import { relatedPartiesOfCase } from './customerRecords';

export interface NextActionInputs {
  caseRecord: Case;
  segment: CaseSegment;
  disputes: Dispute[];
  history: ContactAttempt[];
  lastTaken: Partial<Record<Step, string>>;
  parties: RelatedParty[];
}

/** What the next best action of one case is worked out from, read from this device's store. */
export async function nextActionInputs(db: RecoveryDeskDb, caseId: string, table: SegmentTable, now: Date, graceDays: number): Promise<NextActionInputs | null> {
  const [caseRecord, segment] = await Promise.all([db.cases.get(caseId), caseSegmentOf(db, caseId, table, now, graceDays)]);
  if (!caseRecord || !segment) return null;
  const [disputes, history, acts, plans, letters, visits, parties] = await Promise.all([
    contacts.disputesOfCase(db, caseId),
    activities.contactHistory(db, caseId, now),
    db.activities.where('caseId').equals(caseId).toArray(),
    db.plans.where('caseId').equals(caseId).toArray(),
    db.letters.where('caseId').equals(caseId).toArray(),
    db.visits.where('caseId').equals(caseId).toArray(),
    relatedPartiesOfCase(db, caseId),
  ]);
  return { caseRecord, segment, disputes, history, lastTaken: lastTakenOf({ activities: acts, plans, letters, visits }), parties };
}
