import type { Case, CaseStatus } from '../../../../shared/domain/case';
import { summarizeCase } from '../../../../shared/domain/caseSummary';
import { transitionCase, type HoldReason } from '../../../../shared/fieldwork/caseStatus';
import { statusArgs } from '../../../../shared/records/status';
import type { RecoveryDeskDb } from '../../store/database';
import type { PendingMutation } from '../../store/unitOfWork';

export class TransitionRefused extends Error {
  constructor(
    readonly code: string,
    readonly from: CaseStatus,
    readonly to: CaseStatus,
    readonly allowed: readonly CaseStatus[],
  ) {
    super(`${code}: ${from} → ${to}`);
  }
}

/** Writes a case and its list row together; call inside a transaction over both tables. */
export async function putCase(db: RecoveryDeskDb, c: Case): Promise<void> {
  await db.cases.put(c);
  await db.caseRows.put(summarizeCase(c));
}

/**
 * Moves a case to a new status through the state machine and returns the setCaseStatus mutation.
 * Call inside a transaction over cases and caseRows. Throws TransitionRefused when the machine says no.
 */
export async function changeStatus(
  db: RecoveryDeskDb,
  c: Case,
  to: CaseStatus,
  holdReason: HoldReason | null,
  at: string,
  note: string,
): Promise<{ updated: Case; mutation: PendingMutation }> {
  const verdict = transitionCase(c.status, to, { holdReason });
  if (!verdict.ok) throw new TransitionRefused(verdict.code, c.status, to, 'allowed' in verdict ? verdict.allowed : []);
  const updated: Case = { ...c, status: to, holdReason: to === 'on_hold' ? holdReason : null, updatedAt: at };
  await putCase(db, updated);
  return {
    updated,
    mutation: { name: 'setCaseStatus', args: statusArgs(c, to, holdReason, note, at) },
  };
}
