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
const widened = (fromMs: number, toMs: number) => IDBKeyRange.bound(new Date(fromMs - OFFSET_MARGIN_MS).toISOString(), new Date(toMs + OFFSET_MARGIN_MS).toISOString());

/**
 * The records as the team view reads them: only fields that are never sealed at rest (store/encryption), and the
 * sealed ones it needs only to test for null (an activity's `override`, a receipt's `voided`) left sealed.
 */
export type TeamActivity = Pick<Activity, 'id' | 'caseId' | 'userId' | 'channel' | 'outcome' | 'at'> & { override: unknown };
export type TeamReceipt = Pick<Receipt, 'caseId' | 'userId' | 'amountFen' | 'receivedAt'> & { voided: unknown };
export type TeamLetter = Pick<RegisteredLetter, 'caseId' | 'issuerId' | 'issuedAt' | 'copy' | 'voided'>;

/** The team view's records without the case rows (the app state already holds those). */
export interface TeamPeriodRecords {
  /** This week's activities (with a margin either side: see `widened`). */
  activities: TeamActivity[];
  promises: PromiseToPay[];
  payments: Payment[];
  receipts: TeamReceipt[];
  letters: TeamLetter[];
  disputes: Pick<Dispute, 'caseId' | 'kind' | 'resolvedAt'>[];
}

/** The first day of the timeline: 7 days back, today included (never after the week's Monday). */
export const timelineStart = (period: TeamPeriod) => addDays(period.today, -6);

const TABLES = ['activities', 'promises', 'payments', 'receipts', 'letters', 'disputes'] as const;

function getAll<T>(source: IDBObjectStore | IDBIndex, range?: IDBKeyRange): Promise<T[]> {
  return new Promise((resolve, reject) => {
    const request = source.getAll(range);
    request.onsuccess = () => resolve(request.result as T[]);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB read failed'));
  });
}

/**
 * Only what the period needs, each through its index (docs/benchmarks.md, `team`): activities of this week
 * (`at`), receipts of today (`receivedAt`), letters of this week (`issuedAt`), promises due from the first
 * day one could break this week to today (`dueDate`) with the other promises and the payments of those cases
 * only (`caseId`, for matching payments oldest promise first), and the disputes (no status index; a branch has
 * few). Read in one IndexedDB transaction straight from the open database, past the store's decryption
 * (encryption/middleware.ts): the figures use no sealed field, and decrypting each week's notes cost seconds at
 * 20,000 cases (docs/benchmarks.md).
 */
export async function readTeamRecords(db: RecoveryDeskDb, period: TeamPeriod, graceDays: number): Promise<TeamPeriodRecords> {
  if (!db.isOpen()) await db.open();
  const due = promiseDueRange(period, graceDays);
  const tx = db.backendDB().transaction([...TABLES], 'readonly');
  const store = (name: (typeof TABLES)[number]) => tx.objectStore(name);
  const [activities, duePromises, receipts, letters, disputes] = await Promise.all([
    getAll<TeamActivity>(store('activities').index('at'), widened(period.weekStartMs, period.todayEndMs)),
    getAll<PromiseToPay>(store('promises').index('dueDate'), IDBKeyRange.bound(due.from, due.to)),
    getAll<TeamReceipt>(store('receipts').index('receivedAt'), widened(period.todayStartMs, period.todayEndMs)),
    getAll<TeamLetter>(store('letters').index('issuedAt'), widened(period.weekStartMs, period.todayEndMs)),
    getAll<Dispute>(store('disputes')),
  ]);
  const caseIds = [...new Set(duePromises.map((p) => p.caseId))];
  // A second transaction: the first may have committed once its requests were served.
  const more = db.backendDB().transaction(['promises', 'payments'], 'readonly');
  const byCase = <T,>(name: 'promises' | 'payments') =>
    Promise.all(caseIds.map((id) => getAll<T>(more.objectStore(name).index('caseId'), IDBKeyRange.only(id)))).then((lists) => lists.flat());
  const [promises, payments] = await Promise.all([byCase<PromiseToPay>('promises'), byCase<Payment>('payments')]);
  return { activities, promises, payments, receipts, letters, disputes };
}

/** One person's activities of the last 7 days (the team view's timeline), newest first. */
export async function readRecentActivities(db: RecoveryDeskDb, userId: string, period: TeamPeriod): Promise<TeamActivity[]> {
  if (!db.isOpen()) await db.open();
  const fromMs = Date.parse(localDayWindow(timelineStart(period), period.timeZone).start);
  const all = await getAll<TeamActivity>(db.backendDB().transaction('activities', 'readonly').objectStore('activities').index('at'), widened(fromMs, period.todayEndMs));
  return all
    .filter((a) => a.userId === userId && Date.parse(a.at) >= fromMs && Date.parse(a.at) < period.todayEndMs)
    .sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
}

export type DirectoryRead = { state: 'absent' } | { state: 'invalid' } | { state: 'present'; directory: BranchDirectory };

/** The branch directory as last received, checked against its schema (a copy that fails it is not used). */
export async function readBranchDirectory(db: RecoveryDeskDb): Promise<DirectoryRead> {
  const entry = await db.meta.get(BRANCH_DIRECTORY_META_KEY);
  if (entry === undefined) return { state: 'absent' };
  const parsed = BranchDirectorySchema.safeParse(entry.value);
  return parsed.success ? { state: 'present', directory: parsed.data } : { state: 'invalid' };
}
