import type { Table } from 'dexie';
import { todayIn } from '../../../../shared/calendar';
import type { Case } from '../../../../shared/domain/case';
import type { SegmentId } from '../../../../shared/segments/ids';
import { segmentCase } from '../../../../shared/segments/segmentCase';
import type { SegmentTable } from '../../../../shared/segments/table';
import { lastTakenOf } from '../../../../shared/strategy/lastTaken';
import { attemptsOf, historySince } from '../../fieldwork/repository/activities';
import type { RecoveryDeskDb } from '../../store/database';
import type { NextActionInputs } from './nextActionInputs';

/**
 * The records of many cases read at once, one read per table, grouped by case: the case list's segment column and
 * My day's next action for every case ask for hundreds or thousands of cases, where a read per case per table
 * would be thousands of reads. `ids` null: every case on the device.
 */
async function byCase<T extends { caseId: string }>(table: Table<T, string, unknown>, ids: readonly string[] | null): Promise<Map<string, T[]>> {
  const rows = ids === null ? await table.toArray() : await table.where('caseId').anyOf([...ids]).toArray();
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const list = out.get(r.caseId);
    if (list) list.push(r);
    else out.set(r.caseId, [r]);
  }
  return out;
}

async function casesOf(db: RecoveryDeskDb, ids: readonly string[] | null): Promise<Case[]> {
  if (ids === null) return db.cases.toArray();
  return (await db.cases.bulkGet([...ids])).filter((c): c is Case => c !== undefined);
}

/**
 * Each case's segment by the table given, as the case's own panel works it out (shared/segments/segmentCase.ts):
 * a case nothing was learned about gets one from its bucket, promise history, lost contact and core banking's grade.
 */
export async function segmentsOfCases(db: RecoveryDeskDb, ids: readonly string[] | null, table: SegmentTable, now: Date, graceDays: number): Promise<Map<string, SegmentId>> {
  const [cases, facts, promises, payments, activities] = await Promise.all([casesOf(db, ids), byCase(db.customerFacts, ids), byCase(db.promises, ids), byCase(db.payments, ids), byCase(db.activities, ids)]);
  const out = new Map<string, SegmentId>();
  for (const c of cases) {
    const input = { caseRecord: c, facts: facts.get(c.id) ?? [], promises: promises.get(c.id) ?? [], payments: payments.get(c.id) ?? [], activities: activities.get(c.id) ?? [], today: todayIn(c.timeZone, now), graceDays };
    out.set(c.id, segmentCase(table, input).decision.segment);
  }
  return out;
}

/** What the next best action of each case is worked out from (nextActionInputs, for many cases at once). */
export async function nextActionInputsOfCases(db: RecoveryDeskDb, ids: readonly string[], table: SegmentTable, now: Date, graceDays: number): Promise<NextActionInputs[]> {
  const [cases, facts, promises, payments, activities, disputes, plans, letters, visits, parties] = await Promise.all([
    casesOf(db, ids),
    byCase(db.customerFacts, ids),
    byCase(db.promises, ids),
    byCase(db.payments, ids),
    byCase(db.activities, ids),
    byCase(db.disputes, ids),
    byCase(db.plans, ids),
    byCase(db.letters, ids),
    byCase(db.visits, ids),
    byCase(db.relatedParties, ids),
  ]);
  const since = historySince(now);
  return cases.map((c) => {
    const acts = activities.get(c.id) ?? [];
    const segment = segmentCase(table, { caseRecord: c, facts: facts.get(c.id) ?? [], promises: promises.get(c.id) ?? [], payments: payments.get(c.id) ?? [], activities: acts, today: todayIn(c.timeZone, now), graceDays });
    return {
      caseRecord: c,
      segment,
      disputes: disputes.get(c.id) ?? [],
      history: attemptsOf(c.parties, acts.filter((a) => a.at >= since)),
      lastTaken: lastTakenOf({ activities: acts, plans: plans.get(c.id) ?? [], letters: letters.get(c.id) ?? [], visits: visits.get(c.id) ?? [] }),
      parties: (parties.get(c.id) ?? []).sort((a, b) => Date.parse(a.addedAt) - Date.parse(b.addedAt)),
    };
  });
}
