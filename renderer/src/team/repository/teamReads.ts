import { addDays, localDayWindow } from '../../../../shared/calendar';
import type { Activity, Dispute, Payment, PromiseToPay, Receipt } from '../../../../shared/fieldwork/records';
import { BranchDirectorySchema, type BranchDirectory } from '../../../../shared/team/directory';
import { promiseDueRange, type TeamPeriod } from '../../../../shared/team/teamPeriod';
import type { RecoveryDeskDb } from '../../store/database';
import type { RegisteredLetter } from '../../store/letterRow';

/** Where the device keeps the branch directory head office sent at its last sync (shared/team/directory.ts). */
export const BRANCH_DIRECTORY_META_KEY = 'branchDirectory';

/**
 * An instant index holds ISO strings as they were written (with Z or an offset), which sort by text, not time:
 * a range read widened by the largest offset (±14 h) on each side cannot miss a record; teamFigures then keeps
 * exactly the period by parsing each instant.
 */
const OFFSET_MARGIN_MS = 14 * 3_600_000;
const widened = (fromMs: number, toMs: number): [string, string] => [new Date(fromMs - OFFSET_MARGIN_MS).toISOString(), new Date(toMs + OFFSET_MARGIN_MS).toISOString()];

/** The team view's records without the case rows (the app state already holds those). */
export interface TeamPeriodRecords {
  /** The last 7 days of activities (the timeline), which include this week's. */
  activities: Activity[];
  promises: PromiseToPay[];
  payments: Payment[];
  receipts: Receipt[];
  letters: RegisteredLetter[];
  disputes: Dispute[];
}

/** The first day of the timeline: 7 days back, today included (never after the week's Monday). */
export const timelineStart = (period: TeamPeriod) => addDays(period.today, -6);

/**
 * Only what the period needs, each through its index (docs/benchmarks.md, `team`): activities of the last 7
 * days (`at`), receipts of today (`receivedAt`), letters of this week (`issuedAt`), promises due from the first
 * day one could break this week to today (`dueDate`) with the other promises and the payments of those cases
 * only (`caseId`, for matching payments oldest promise first), and the disputes (no status index; a branch has
 * few).
 */
export async function readTeamRecords(db: RecoveryDeskDb, period: TeamPeriod, graceDays: number): Promise<TeamPeriodRecords> {
  const fromMs = Date.parse(localDayWindow(timelineStart(period), period.timeZone).start);
  const due = promiseDueRange(period, graceDays);
  return db.transaction('r', [db.activities, db.promises, db.payments, db.receipts, db.letters, db.disputes], async () => {
    const [activities, duePromises, receipts, letters, disputes] = await Promise.all([
      db.activities.where('at').between(...widened(fromMs, period.todayEndMs), true, true).toArray(),
      db.promises.where('dueDate').between(due.from, due.to, true, true).toArray(),
      db.receipts.where('receivedAt').between(...widened(period.todayStartMs, period.todayEndMs), true, true).toArray(),
      db.letters.where('issuedAt').between(...widened(period.weekStartMs, period.todayEndMs), true, true).toArray(),
      db.disputes.toArray(),
    ]);
    const caseIds = [...new Set(duePromises.map((p) => p.caseId))];
    const [promises, payments] = caseIds.length === 0 ? [[], []] : await Promise.all([db.promises.where('caseId').anyOf(caseIds).toArray(), db.payments.where('caseId').anyOf(caseIds).toArray()]);
    return { activities, promises, payments, receipts, letters, disputes };
  });
}

export type DirectoryRead = { state: 'absent' } | { state: 'invalid' } | { state: 'present'; directory: BranchDirectory };

/** The branch directory as last received, checked against its schema (a copy that fails it is not used). */
export async function readBranchDirectory(db: RecoveryDeskDb): Promise<DirectoryRead> {
  const entry = await db.meta.get(BRANCH_DIRECTORY_META_KEY);
  if (entry === undefined) return { state: 'absent' };
  const parsed = BranchDirectorySchema.safeParse(entry.value);
  return parsed.success ? { state: 'present', directory: parsed.data } : { state: 'invalid' };
}
