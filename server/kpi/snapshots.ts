import { bucketOf, type Bucket } from '../../shared/domain/buckets';
import type { Case, Product } from '../../shared/domain/case';
import type { SnapshotRow, StateCell } from '../../shared/kpi';
import { totalOfAmounts } from '../../shared/domain/money';
import type { Db, Queryable } from '../db/types';
import { kpiRead } from './kpiRead';

/**
 * Case snapshots (migration 21; docs/server.md, "Case snapshots"): each case's bucket, DPD and balances as the
 * portfolio imports gave them, kept compactly — a row only when one of the fields changed, holding from its
 * valid_from date until the case's next row. Read back as the state of every case on a date, or as the pairs of
 * states at the start and end of a period (roll rates, cures: shared/kpi computes those from these rows).
 */

export interface CaseSnapshot {
  caseId: string;
  /** The portfolio extract's date this state was first seen on (YYYY-MM-DD). */
  validFrom: string;
  branchCode: string;
  officerId: string | null;
  product: string;
  status: string;
  dpd: number;
  bucket: Bucket;
  principalFen: number;
  /** Principal, interest, penalty, compound interest and fees over the case's accounts. */
  totalFen: number;
}

type Fields = Omit<CaseSnapshot, 'caseId' | 'validFrom'>;

/** The snapshot fields of a case as head office holds it. */
export function snapshotOf(c: Case): Fields {
  const dpd = Math.max(...c.accounts.map((a) => a.dpd));
  const main = c.accounts.reduce((a, b) => (totalOfAmounts(b.amounts) > totalOfAmounts(a.amounts) ? b : a));
  return {
    branchCode: c.assignment.branchCode,
    officerId: c.assignment.officerId,
    product: main.product,
    status: c.status,
    dpd,
    bucket: bucketOf(dpd),
    principalFen: c.accounts.reduce((s, a) => s + a.amounts.principalFen, 0),
    totalFen: c.accounts.reduce((s, a) => s + totalOfAmounts(a.amounts), 0),
  };
}

const FIELDS = ['branchCode', 'officerId', 'product', 'status', 'dpd', 'bucket', 'principalFen', 'totalFen'] as const;
const sameFields = (a: Fields, b: Fields) => FIELDS.every((k) => a[k] === b[k]);

type Row = { case_id: string; valid_from: string | Date; branch_code: string; officer_id: string | null; product: string; status: string; dpd: number; bucket: Bucket; principal_fen: string | number; total_fen: string | number };

const dateText = (d: string | Date) => (typeof d === 'string' ? d.slice(0, 10) : `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`);

const toSnapshot = (r: Row): CaseSnapshot => ({
  caseId: r.case_id,
  validFrom: dateText(r.valid_from),
  branchCode: r.branch_code,
  officerId: r.officer_id,
  product: r.product,
  status: r.status,
  dpd: Number(r.dpd),
  bucket: r.bucket,
  principalFen: Number(r.principal_fen),
  totalFen: Number(r.total_fen),
});

const COLUMNS = 's.case_id, s.valid_from::text AS valid_from, s.branch_code, s.officer_id, s.product, s.status, s.dpd, s.bucket, s.principal_fen, s.total_fen';

/** The latest row of each case on or before `date` (of the cases asked for, or all). */
async function statesOn(db: Queryable, date: string, caseIds?: readonly string[]): Promise<CaseSnapshot[]> {
  const res = caseIds
    ? await db.query<Row>(`SELECT DISTINCT ON (s.case_id) ${COLUMNS} FROM case_snapshots s WHERE s.valid_from <= $1::date AND s.case_id = ANY($2::text[]) ORDER BY s.case_id, s.valid_from DESC`, [date, caseIds])
    : await db.query<Row>(`SELECT DISTINCT ON (s.case_id) ${COLUMNS} FROM case_snapshots s WHERE s.valid_from <= $1::date ORDER BY s.case_id, s.valid_from DESC`, [date]);
  return res.rows.map(toSnapshot);
}

/**
 * Records what these cases are as of `date` (each case's own as-of date when given), a row only for a case
 * whose fields differ from its state on that date. Inside the import's transaction. Returns the rows written.
 */
export async function recordSnapshots(tx: Queryable, cases: readonly { data: Case; asOf: string }[]): Promise<number> {
  const byDate = new Map<string, { data: Case; asOf: string }[]>();
  for (const c of cases) {
    const group = byDate.get(c.asOf);
    if (group) group.push(c);
    else byDate.set(c.asOf, [c]);
  }
  let written = 0;
  for (const [date, all] of byDate) {
    for (let i = 0; i < all.length; i += SNAPSHOT_BATCH) written += await recordOn(tx, date, all.slice(i, i + SNAPSHOT_BATCH));
  }
  return written;
}

/** Cases read and written per statement: the import's own batches are 1,000 (server/changeLog/cases.ts). */
const SNAPSHOT_BATCH = 5_000;

async function recordOn(tx: Queryable, date: string, group: readonly { data: Case; asOf: string }[]): Promise<number> {
  const before = new Map((await statesOn(tx, date, group.map((c) => c.data.id))).map((s) => [s.caseId, s]));
  const rows = group.map((c) => ({ caseId: c.data.id, ...snapshotOf(c.data) })).filter((r) => {
    const prev = before.get(r.caseId);
    return !prev || !sameFields(prev, r);
  });
  if (rows.length === 0) return 0;
  await tx.query(
    `INSERT INTO case_snapshots (case_id, valid_from, branch_code, officer_id, product, status, dpd, bucket, principal_fen, total_fen)
     SELECT u.case_id, $1::date, u.branch_code, u.officer_id, u.product, u.status, u.dpd, u.bucket, u.principal_fen, u.total_fen
       FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::integer[], $8::text[], $9::bigint[], $10::bigint[])
         AS u(case_id, branch_code, officer_id, product, status, dpd, bucket, principal_fen, total_fen)
     ON CONFLICT (case_id, valid_from) DO UPDATE SET branch_code = EXCLUDED.branch_code, officer_id = EXCLUDED.officer_id, product = EXCLUDED.product,
       status = EXCLUDED.status, dpd = EXCLUDED.dpd, bucket = EXCLUDED.bucket, principal_fen = EXCLUDED.principal_fen, total_fen = EXCLUDED.total_fen`,
    [date, rows.map((r) => r.caseId), rows.map((r) => r.branchCode), rows.map((r) => r.officerId), rows.map((r) => r.product), rows.map((r) => r.status),
      rows.map((r) => r.dpd), rows.map((r) => r.bucket), rows.map((r) => String(r.principalFen)), rows.map((r) => String(r.totalFen))],
  );
  await keepEndDates(tx, date, rows.map((r) => r.caseId));
  return rows.length;
}

/**
 * valid_to (migration 33) around the rows just written on `date`: each ends where its case's next row begins
 * (an import of an earlier date than the latest), and the row before each now ends on `date`. Two look-ups per
 * case on the primary key; only rows whose end changes are written.
 */
async function keepEndDates(tx: Queryable, date: string, caseIds: readonly string[]): Promise<void> {
  await tx.query(
    `UPDATE case_snapshots s SET valid_to = n.next
       FROM (SELECT u.case_id, (SELECT min(x.valid_from) FROM case_snapshots x WHERE x.case_id = u.case_id AND x.valid_from > $1::date) AS next
               FROM unnest($2::text[]) AS u(case_id)) n
      WHERE s.case_id = n.case_id AND s.valid_from = $1::date AND n.next IS NOT NULL AND s.valid_to <> n.next`,
    [date, caseIds],
  );
  await tx.query(
    `UPDATE case_snapshots s SET valid_to = $1::date
       FROM (SELECT u.case_id, (SELECT max(x.valid_from) FROM case_snapshots x WHERE x.case_id = u.case_id AND x.valid_from < $1::date) AS prev
               FROM unnest($2::text[]) AS u(case_id)) p
      WHERE s.case_id = p.case_id AND s.valid_from = p.prev AND s.valid_to <> $1::date`,
    [date, caseIds],
  );
}

/** Every case's state as of `date` (YYYY-MM-DD): its latest row on or before it; of one branch (as of that date) when given. */
export async function snapshotsAsOf(db: Queryable, date: string, branch?: string): Promise<CaseSnapshot[]> {
  const all = await statesOn(db, date);
  return branch === undefined ? all : all.filter((s) => s.branchCode === branch);
}

/** A case's state at the start and at the end of a period; null where head office had no row for it yet. */
export interface SnapshotTransition {
  caseId: string;
  from: CaseSnapshot | null;
  to: CaseSnapshot | null;
}

/**
 * The state of every case as of `from` and as of `to` (from ≤ to), side by side: the input of roll rates (M1 →
 * M2 …) and cures. With a branch: the cases that were the branch's on `from` (or, new since, are on `to`).
 */
export async function snapshotTransitions(db: Queryable, from: string, to: string, branch?: string): Promise<SnapshotTransition[]> {
  if (from > to) throw new RangeError(`a period runs forward: ${from} is after ${to}`);
  const start = new Map((await statesOn(db, from)).map((s) => [s.caseId, s]));
  const end = new Map((await statesOn(db, to)).map((s) => [s.caseId, s]));
  const ids = [...new Set([...start.keys(), ...end.keys()])].sort();
  return ids
    .map((caseId) => ({ caseId, from: start.get(caseId) ?? null, to: end.get(caseId) ?? null }))
    .filter((t) => branch === undefined || (t.from ? t.from.branchCode === branch : t.to?.branchCode === branch));
}

/** Every row that took effect in (from, to], oldest first, after the states as of `from`: enough to draw a daily trend. */
export async function snapshotChanges(db: Queryable, from: string, to: string, branch?: string): Promise<CaseSnapshot[]> {
  const res = await db.query<Row>(`SELECT ${COLUMNS} FROM case_snapshots s WHERE s.valid_from > $1::date AND s.valid_from <= $2::date ORDER BY s.valid_from, s.case_id`, [from, to]);
  const changes = res.rows.map(toSnapshot);
  const rows = [...(await statesOn(db, from)), ...changes];
  return branch === undefined ? rows : rows.filter((s) => s.branchCode === branch);
}

/**
 * Every snapshot row of the cases that are now the branch's (or of every case), as shared/kpi reads them: the
 * measures' opening and closing states, roll and cure rates for any past period (shared/kpi/rolls.ts statesOn).
 */
export async function kpiSnapshotRows(db: Queryable, branch: string | null): Promise<SnapshotRow[]> {
  const res = await db.query<{ case_id: string; valid_from: string; bucket: Bucket; dpd: number; total_fen: string | number; principal_fen: string | number }>(
    `SELECT s.case_id, s.valid_from::text AS valid_from, s.bucket, s.dpd, s.total_fen, s.principal_fen
       FROM case_snapshots s JOIN cases c ON c.id = s.case_id
      WHERE ($1::text IS NULL OR c.branch_code = $1)`,
    [branch],
  );
  return res.rows.map((r) => ({ caseId: r.case_id, date: r.valid_from, bucket: r.bucket, dpd: Number(r.dpd), overdueFen: Number(r.total_fen), principalFen: Number(r.principal_fen) }));
}

/**
 * The case's largest account's product (the first of the largest), as shared/kpi/fromCase.ts picks it; a case
 * of one account (most) without unnesting its accounts.
 */
const MAIN_PRODUCT = `CASE WHEN jsonb_array_length(c.data->'accounts') = 1 THEN c.data->'accounts'->0->>'product' ELSE
  (SELECT a->>'product' FROM jsonb_array_elements(c.data->'accounts') WITH ORDINALITY AS acc(a, i)
    ORDER BY (a->'amounts'->>'principalFen')::bigint + (a->'amounts'->>'interestFen')::bigint + (a->'amounts'->>'penaltyFen')::bigint
           + (a->'amounts'->>'compoundFen')::bigint + (a->'amounts'->>'feesFen')::bigint DESC, i LIMIT 1) END`;

export interface StateCellRow extends StateCell {
  branchCode: string;
  product: Product;
}

/**
 * The cases' movement between the opening and closing states of a period, summed in SQL by branch, product and
 * the two buckets (shared/kpi/tallies.ts StateCell), with statesOn's rule: a case's state on a date is its
 * latest row on or before it, else its earliest row. The row holding on a date is the one with valid_from <= date
 * < valid_to (migration 33), so each end is one range scan of case_snapshots_valid_to_idx joined to the cases;
 * the earliest row is looked up only for a case with no row by the opening. Cases without any row are `lone`
 * (`StateCells.lone`): taken as they are now by the caller.
 */
export async function stateCells(db: Db, from: string, to: string, branch: string | null): Promise<StateCells> {
  // The planner cannot know that only one row per case holds on a date, so it expects millions of rows and
  // compiles the query with JIT: seconds of compiling for a second of work (docs/benchmarks.md, "KPI speed").
  const res = await kpiRead(db, async (tx) => {
    // A few hundred groups from 200,000 rows: hashed, not sorted (sorting the rows by four text keys was a
    // quarter of the query; docs/benchmarks.md, "KPI speed, the last tenth").
    await tx.query('SET LOCAL enable_sort = off');
    return tx.query<{ branch_code: string; product: Product; ob: Bucket | null; cb: Bucket | null; cases: string; ofen: string; cfen: string; cdpd: string; lone: string[] | null }>(
      `WITH c AS MATERIALIZED (SELECT c.id, c.branch_code, ${MAIN_PRODUCT} AS product FROM cases c WHERE ($1::text IS NULL OR c.branch_code = $1))
       SELECT c.branch_code, c.product,
              coalesce(o.bucket, f.bucket) AS ob, coalesce(e.bucket, f.bucket) AS cb, count(*) AS cases,
              sum(coalesce(o.total_fen, f.total_fen)) AS ofen, sum(coalesce(e.total_fen, f.total_fen)) AS cfen, sum(coalesce(e.dpd, f.dpd)) AS cdpd,
              array_agg(c.id) FILTER (WHERE o.bucket IS NULL AND f.bucket IS NULL) AS lone
         FROM c
         LEFT JOIN case_snapshots o ON o.case_id = c.id AND o.valid_from <= $2::date AND o.valid_to > $2::date
         LEFT JOIN case_snapshots e ON e.case_id = c.id AND e.valid_from <= $3::date AND e.valid_to > $3::date
         LEFT JOIN LATERAL (SELECT s.bucket, s.total_fen, s.dpd FROM case_snapshots s WHERE o.bucket IS NULL AND s.case_id = c.id ORDER BY s.valid_from LIMIT 1) f ON true
        GROUP BY 1, 2, 3, 4`,
      [branch, from, to],
    );
  });
  const cells: StateCellRow[] = [];
  const lone: string[] = [];
  for (const r of res.rows) {
    if (r.ob === null || r.cb === null) {
      lone.push(...(r.lone ?? []));
      continue;
    }
    cells.push({
      branchCode: r.branch_code, product: r.product, openingBucket: r.ob, closingBucket: r.cb, cases: Number(r.cases),
      openingOverdueFen: Number(r.ofen), closingOverdueFen: Number(r.cfen), closingDpd: Number(r.cdpd),
    });
  }
  return { cells, lone };
}

export interface StateCells {
  cells: StateCellRow[];
  /** Cases head office has no snapshot row of (none imported since snapshots began). */
  lone: string[];
}

/** Cases as they are now, for those without a snapshot row (`StateCells.lone`). */
export async function casesNow(db: Queryable, ids: readonly string[]): Promise<{ id: string; branchCode: string; officerId: string | null; accounts: Case['accounts'] }[]> {
  if (ids.length === 0) return [];
  const res = await db.query<{ id: string; branch_code: string; officer_id: string | null; accounts: Case['accounts'] }>(
    `SELECT c.id, c.branch_code, c.officer_id, c.data->'accounts' AS accounts FROM cases c WHERE c.id = ANY($1::text[]) ORDER BY c.id`,
    [ids],
  );
  return res.rows.map((r) => ({ id: r.id, branchCode: r.branch_code, officerId: r.officer_id, accounts: r.accounts }));
}
