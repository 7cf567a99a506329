import type { Case } from '../../../../shared/domain/case';
import { summarizeCase, type CaseRow } from '../../../../shared/domain/caseSummary';
import type { RecoveryDeskDb } from '../../store/database';
import { checkPulledCase } from '../../store/encryption/prepared/pulledCase';
import type { RowSealer } from '../../store/encryption/prepared/rowSealer';
import type { StoredCase } from '../../store/encryption/prepared/storedCase';
import { bulkPutInSlices } from '../../store/bulkPutInSlices';
import { pendingEditsByCase } from './pendingChanges';
import { replayPending } from './caseEdits';

/**
 * Cases head office sent, checked, summarised into list rows and (in a store with a cipher) sealed and
 * blind-indexed as soon as their page arrives, in the store's row sealer (a worker: store/encryption/prepared), before the
 * page's Dexie transaction opens. That work then leaves the UI thread and overlaps with the previous page's
 * write; the transaction is left with replaying this device's pending changes and writing.
 */
export type PulledCase =
  /** Sealed ahead: written as it is, unless a pending change is replayed over it (then `data` is checked again here). */
  | { id: string; data: unknown; stored: StoredCase }
  /** A store without a cipher: the plain case and its row. */
  | { id: string; plain: { case: Case; row: CaseRow } };

/** The cases of a page, in order: each ready to write, or why it was not taken (reported as a bad record). */
export async function preparePulledCases(sealer: RowSealer | null, items: readonly { id: string; data: unknown }[]): Promise<(PulledCase | { error: string })[]> {
  if (!sealer) {
    return items.map(({ id, data }) => {
      const checked = checkPulledCase(id, data);
      return 'error' in checked ? checked : { id, plain: { case: checked.case, row: summarizeCase(checked.case) } };
    });
  }
  const prepared = await sealer.pulledCases(items);
  return prepared.map((p, i) => ('error' in p ? p : { id: items[i]!.id, data: items[i]!.data, stored: p.stored }));
}

/**
 * Writes pulled cases and their list rows, with this device's pending outbox changes replayed on top (see
 * pendingEditsByCase). Call inside a transaction over cases, caseRows and the outbox: the outbox is read
 * there, so a change made while the page was on its way is not undone. A case with a replayed change is
 * written plain and sealed by the encryption middleware; the others as they were sealed ahead.
 */
export async function putPulledCases(db: RecoveryDeskDb, pulled: readonly PulledCase[]): Promise<void> {
  if (pulled.length === 0) return;
  const pending = await pendingEditsByCase(db);
  const cases: unknown[] = [];
  const rows: CaseRow[] = [];
  for (const p of pulled) {
    const edits = pending.get(p.id);
    const base = 'plain' in p ? p.plain.case : edits ? (checkPulledCase(p.id, p.data) as { case: Case }).case : null;
    const replayed = base && edits ? replayPending(base, edits) : base;
    if (replayed && replayed !== base) {
      cases.push(replayed);
      rows.push(summarizeCase(replayed));
    } else if ('plain' in p) {
      cases.push(p.plain.case);
      rows.push(p.plain.row);
    } else {
      cases.push(p.stored.case);
      rows.push(p.stored.row);
    }
  }
  await bulkPutInSlices(db.cases, cases as Case[]);
  await bulkPutInSlices(db.caseRows, rows);
}
