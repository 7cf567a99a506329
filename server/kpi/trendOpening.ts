import { addDays } from '../../shared/calendar';
import { caseLineOf } from '../../shared/kpi';
import type { Db } from '../db/types';
import { casesNow } from './snapshots';

/**
 * The overdue balance of every branch's cases on each of `dates` (the opening state of each of the trend's
 * periods: its recovery rate's denominator, docs/kpi.md "Recovery rate"), with shared/kpi's rule (statesOn): a
 * case's state on a date is its latest snapshot row on or before it, else its earliest row; a case with no row
 * at all is taken as it is now. By the branch that holds the case now, as the period's own figures.
 *
 * One pass for all the dates instead of one per date: each snapshot row that holds on at least one of them
 * (valid_from <= date < valid_to, migration 33) is read once from the covering index, and the dates it covers
 * are a run of the sorted list, found with width_bucket; rows are summed per branch and run. A case's first
 * row also stands for the dates before it, found by one look-up per case (its earliest row).
 */
export async function overdueOn(db: Db, dates: readonly string[], branch: string | null): Promise<Map<string, Map<string, number>>> {
  const sorted = [...new Set(dates)].sort();
  const out = new Map(sorted.map((d) => [d, new Map<string, number>()]));
  if (sorted.length === 0) return out;
  // width_bucket(x, thresholds) counts the thresholds <= x: with each date + 1 day, the dates < x.
  const after = sorted.map((d) => addDays(d, 1));
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  const add = (branchCode: string, from: number, to: number, fen: number) => {
    for (let i = from; i < to; i++) {
      const m = out.get(sorted[i]!)!;
      m.set(branchCode, (m.get(branchCode) ?? 0) + fen);
    }
  };
  const [held, earliest] = await Promise.all([
    db.transaction(async (tx) => {
      // As in stateCells: the planner cannot know how few rows hold on a date, and would compile with JIT.
      await tx.query('SET LOCAL jit = off');
      return tx.query<{ branch_code: string; lo: number; hi: number; fen: string }>(
        `WITH c AS MATERIALIZED (SELECT id, branch_code FROM cases WHERE ($1::text IS NULL OR branch_code = $1))
         SELECT c.branch_code, h.lo, h.hi, sum(h.total_fen) AS fen
           FROM (SELECT s.case_id, s.total_fen, width_bucket(s.valid_from, $2::date[]) AS lo, width_bucket(s.valid_to, $2::date[]) AS hi
                   FROM case_snapshots s WHERE s.valid_to > $3::date AND s.valid_from <= $4::date) h
           JOIN c ON c.id = h.case_id
          WHERE h.hi > h.lo
          GROUP BY 1, 2, 3`,
        [branch, after, first, last],
      );
    }),
    db.query<{ branch_code: string; hi: number | null; fen: string | null; lone: string[] | null }>(
      `WITH c AS MATERIALIZED (SELECT id, branch_code FROM cases WHERE ($1::text IS NULL OR branch_code = $1))
       SELECT c.branch_code, width_bucket(f.valid_from, $2::date[]) AS hi, sum(f.total_fen) AS fen, array_agg(c.id) FILTER (WHERE f.valid_from IS NULL) AS lone
         FROM c LEFT JOIN LATERAL (SELECT s.valid_from, s.total_fen FROM case_snapshots s WHERE s.case_id = c.id ORDER BY s.valid_from LIMIT 1) f ON true
        WHERE f.valid_from IS NULL OR f.valid_from > $3::date
        GROUP BY 1, 2`,
      [branch, after, first],
    ),
  ]);
  for (const r of held.rows) add(r.branch_code, Number(r.lo), Number(r.hi), Number(r.fen));
  const lone: string[] = [];
  for (const r of earliest.rows) {
    if (r.hi === null) lone.push(...(r.lone ?? []));
    else add(r.branch_code, 0, Number(r.hi), Number(r.fen));
  }
  for (const c of await casesNow(db, lone)) add(c.branchCode, 0, sorted.length, caseLineOf(c.id, c.branchCode, c.officerId, c.accounts).totalFen);
  return out;
}
