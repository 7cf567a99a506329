import type { Case } from '../../../../shared/domain/case';
import type { OutboxEntry } from '../../../../shared/sync/mutations';
import type { RecoveryDeskDb } from '../../store/database';
import { editsCase, replayPending } from './caseEdits';

/**
 * Cases head office sent, with this device's changes to them that are still in the outbox replayed on top
 * (a status set, a phone added after the last push), so a pull never shows the user their change undone.
 * Head office decides when they arrive; a refused one leaves the outbox, and the next pull's copy stands.
 * One read of the outbox per page. Call inside a transaction over the outbox.
 */
export async function withPendingChanges(db: RecoveryDeskDb, cases: readonly Case[]): Promise<Case[]> {
  if (cases.length === 0) return [];
  const byCase = await pendingEditsByCase(db);
  return byCase.size === 0 ? [...cases] : cases.map((c) => replayPending(c, byCase.get(c.id) ?? []));
}

/** This device's pending edits of cases (outbox order), by case id. Call inside a transaction over the outbox. */
export async function pendingEditsByCase(db: RecoveryDeskDb): Promise<Map<string, OutboxEntry[]>> {
  const byCase = new Map<string, OutboxEntry[]>();
  await db.outbox.orderBy('mutationId').each((e) => {
    if (e.caseId !== null && editsCase(e.name)) byCase.set(e.caseId, [...(byCase.get(e.caseId) ?? []), e]);
  });
  return byCase;
}
