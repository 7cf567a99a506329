import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Case } from '../../../shared/domain/case';
import { rollMatrix, stateTallyOf, statesOn } from '../../../shared/kpi';
import type { Db } from '../../../server/db/types';
import { KPI_READS_MIGRATION } from '../../../server/db/migrations/kpiReads';
import { importExtract } from '../../../server/import/apply';
import { kpiSnapshotRows, stateCells } from '../../../server/kpi/snapshots';
import { caseToRows, demoCases, extractOf, type Row } from '../../fixtures/import/demoExtract';
import { eachBackend, openDb } from '../harness';

/**
 * Each snapshot row's end date (migration 33, server/kpi/snapshots.ts): the case's next row's valid_from, or
 * infinity for its latest, whatever order the imports came in and as the migration fills it for rows already
 * there; and the states read by those ends are statesOn's.
 */

const cases = demoCases(24, { seed: 'snapshot-ends', snapshotDate: '2026-11-01' });
const rowsOn = (date: string, change: (c: Case, r: Row, i: number) => Row) => cases.flatMap((c, i) => caseToRows(c).map((r) => change(c, { ...r, snapshot_date: date }, i)));
/** Some overdue cases' DPD moves by `by` days on this import (so rows are written only for some). */
const overdue = new Set(cases.filter((c) => c.accounts.every((a) => a.dpd > 0 && a.dpd <= 120)));
const moved = (by: number) => (c: Case, r: Row, i: number): Row => (overdue.has(c) && i % 2 === 0 ? { ...r, dpd: String(Number(r.dpd) + by) } : r);

/** Rows whose valid_to is not their case's next valid_from (or infinity for the latest). */
const wrongEnds = async (db: Db) =>
  Number((await db.query<{ n: string }>(
    `SELECT count(*) AS n FROM case_snapshots s
      WHERE s.valid_to <> coalesce((SELECT min(x.valid_from) FROM case_snapshots x WHERE x.case_id = s.case_id AND x.valid_from > s.valid_from), 'infinity')`,
  )).rows[0]!.n);

describe('snapshot end dates', () => eachBackend((backend) => {
  let db: Db;
  beforeAll(async () => {
    db = await openDb(backend);
  }, 60_000);
  afterAll(() => db?.close());

  it('the imports keep them, in order, out of order and on a date imported again', async () => {
    for (const [date, by] of [['2026-11-10', 40], ['2026-11-01', 0], ['2026-11-20', 0], ['2026-11-05', 10], ['2026-11-10', 41]] as const) {
      const r = await importExtract(db, extractOf(rowsOn(date, moved(by))));
      expect(r.counts.rejected, `${date}: ${JSON.stringify(r.rejections.slice(0, 1))}`).toBe(0);
      expect(await wrongEnds(db), date).toBe(0);
    }
    const rows = Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM case_snapshots')).rows[0]!.n);
    // Some cases have several rows, some one: the check above had something to check.
    expect(rows).toBeGreaterThan(cases.length);
    expect(Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM case_snapshots WHERE valid_to <> 'infinity'`)).rows[0]!.n)).toBeGreaterThan(0);
  });

  it('the states at both ends of a period are statesOn’s', async () => {
    const history = await kpiSnapshotRows(db, null);
    for (const [from, to] of [['2026-11-01', '2026-11-30'], ['2026-11-06', '2026-11-12'], ['2026-10-01', '2026-11-04'], ['2026-11-10', '2026-11-10']] as const) {
      const { cells, lone } = await stateCells(db, from, to, null);
      expect(lone).toEqual([]);
      const opening = statesOn(history, from);
      const closing = statesOn(history, to);
      const expected = rollMatrix(new Set(history.map((s) => s.caseId)), opening, closing);
      expect(stateTallyOf(cells).rolls, `${from}..${to}`).toEqual(expected);
      expect(stateTallyOf(cells).openingOverdueFen).toBe([...opening.values()].reduce((s, r) => s + r.overdueFen, 0));
      expect(stateTallyOf(cells).dpdSum).toBe([...closing.values()].reduce((s, r) => s + r.dpd, 0));
    }
  });

  it('a case without any row is lone: taken as it is now by the caller', async () => {
    const id = (await db.query<{ id: string }>('SELECT id FROM cases ORDER BY id LIMIT 1')).rows[0]!.id;
    await db.query('DELETE FROM case_snapshots WHERE case_id = $1', [id]);
    const { cells, lone } = await stateCells(db, '2026-11-01', '2026-11-30', null);
    expect(lone).toEqual([id]);
    expect(cells.reduce((s, c) => s + c.cases, 0)).toBe(cases.length - 1);
  });

  it('the migration fills them for the rows already there', async () => {
    await db.query(`UPDATE case_snapshots SET valid_to = 'infinity'`);
    expect(await wrongEnds(db)).toBeGreaterThan(0);
    const backfill = KPI_READS_MIGRATION.sql.split(/;\s*\n/).find((s) => s.trim().startsWith('UPDATE case_snapshots'));
    await db.query(backfill!);
    expect(await wrongEnds(db)).toBe(0);
  });
}));
