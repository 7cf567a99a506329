import { CaseSchema, type Case } from '../../../../shared/domain/case';
import { summarizeCase, type CaseRow } from '../../../../shared/domain/caseSummary';
import type { RecoveryDeskDb } from '../../store/database';
import { withPendingChanges } from './pendingChanges';

/**
 * Cases head office sent, checked against their schema and summarised into list rows as soon as their page
 * arrives, before the page's Dexie transaction opens: that work then overlaps with the previous page's
 * IndexedDB write, and the transaction is left with what must happen in it (replaying this device's pending
 * changes, writing). Sealing stays in the encryption middleware: doing it ahead measured no faster
 * (docs/benchmarks.md, Sync).
 */
export interface PulledCase {
  case: Case;
  /** The case's list row as it arrived (derived again in the transaction if a pending change is replayed over it). */
  row: CaseRow;
}

/** The case in a pulled change, or why it was not taken (reported as a bad record). */
export function preparePulledCase(id: string, data: unknown): PulledCase | { error: string } {
  const parsed = CaseSchema.safeParse(data);
  if (!parsed.success) return { error: parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
  if (parsed.data.id !== id) return { error: 'the record id differs from the change id' };
  return { case: parsed.data, row: summarizeCase(parsed.data) };
}

/**
 * Writes pulled cases and their list rows, with this device's pending outbox changes replayed on top (see
 * withPendingChanges). Call inside a transaction over cases, caseRows and the outbox: the outbox is read
 * there, so a change made while the page was on its way is not undone.
 */
export async function putPulledCases(db: RecoveryDeskDb, pulled: readonly PulledCase[]): Promise<void> {
  if (pulled.length === 0) return;
  const cases = await withPendingChanges(db, pulled.map((p) => p.case));
  // withPendingChanges gives back the same object for a case it left alone: its row stands.
  const rows = cases.map((c, i) => (c === pulled[i]!.case ? pulled[i]!.row : summarizeCase(c)));
  await db.cases.bulkPut(cases);
  await db.caseRows.bulkPut(rows);
}
