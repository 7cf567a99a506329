import type { Attachment } from '../../../../shared/records/attachment';
import { ArrangementSchema, arrangementArgs, arrangementDecisionArgs, arrangementDecisionOf, type Arrangement } from '../../../../shared/records/arrangement';
import type { RecoveryDeskDb } from '../../store/database';
import { commitChange, type Actor } from '../../store/unitOfWork';

/** 特殊客户处置方案 on this device: read by case, proposed and decided each in one transaction with audit and outbox. */

export async function arrangementsOfCase(db: RecoveryDeskDb, caseId: string): Promise<Arrangement[]> {
  const list = await db.arrangements.where('caseId').equals(caseId).toArray();
  return list.sort((a, b) => Date.parse(b.proposedAt) - Date.parse(a.proposedAt));
}

/** The case's attachments a proposal may cite as its evidence. */
export function attachmentsOfCase(db: RecoveryDeskDb, caseId: string): Promise<Attachment[]> {
  return db.attachments.where('caseId').equals(caseId).toArray();
}

/** Every arrangement still waiting for a decision (few: the table is read whole, its status is sealed). */
export async function proposedArrangements(db: RecoveryDeskDb): Promise<Arrangement[]> {
  return (await db.arrangements.toArray()).filter((a) => a.decision.status === 'proposed');
}

export async function proposeArrangement(db: RecoveryDeskDb, actor: Actor, input: Arrangement): Promise<Arrangement> {
  const arrangement = ArrangementSchema.parse(input);
  await commitChange(db, actor, {
    tables: [db.arrangements],
    apply: async () => {
      await db.arrangements.add(arrangement);
    },
    audit: { action: 'arrangement.propose', entity: { kind: 'arrangement', id: arrangement.id }, caseId: arrangement.caseId, before: null, after: arrangement },
    mutations: [{ name: 'proposeArrangement', args: arrangementArgs(arrangement) }],
  });
  return arrangement;
}

/** Records a decision the action has checked (a supervisor of the branch, not the maker, while proposed). */
export async function decideArrangement(db: RecoveryDeskDb, actor: Actor, open: Arrangement, decision: 'approve' | 'reject', reason: string): Promise<Arrangement> {
  const decided = ArrangementSchema.parse({
    ...open,
    decision: arrangementDecisionOf({ caseId: open.caseId, arrangementId: open.id, decision, reason: reason.trim(), decidedAt: actor.now().toISOString() }, actor),
  });
  await commitChange(db, actor, {
    tables: [db.arrangements],
    apply: async () => {
      await db.arrangements.put(decided);
    },
    audit: { action: `arrangement.${decision}`, entity: { kind: 'arrangement', id: open.id }, caseId: open.caseId, before: open.decision, after: decided.decision },
    mutations: [{ name: 'decideArrangement', args: arrangementDecisionArgs(decided)! }],
  });
  return decided;
}
