import { bucketOf } from '../../../shared/domain/buckets';
import type { CaseFilter, CaseRowView } from '../../../shared/portfolio/cases';
import { dpdRangeOf } from '../../../shared/portfolio/cases';
import type { Queryable } from '../../db/types';

/**
 * The console's case filter in SQL (docs/server.md, "Portfolio in the console"): days past due and the balance
 * are read from the case's accounts (the worst account's DPD, the sum of what is owed), filtered and paged by
 * PostgreSQL, so a page of a large portfolio never loads the whole bank.
 */

/** One case's figures from its accounts, for SELECT and WHERE alike. */
const FIGURES = `CROSS JOIN LATERAL (
  SELECT COALESCE(max((e->>'dpd')::integer), 0) AS dpd,
         COALESCE(sum((e->'amounts'->>'principalFen')::bigint + (e->'amounts'->>'interestFen')::bigint + (e->'amounts'->>'penaltyFen')::bigint
                     + (e->'amounts'->>'compoundFen')::bigint + (e->'amounts'->>'feesFen')::bigint), 0) AS total_fen
    FROM jsonb_array_elements(c.data->'accounts') e) f`;

export interface Where {
  sql: string;
  params: unknown[];
}

/** The WHERE clause of `filter`, within `scopeBranch` (a supervisor's branch; null for head office). */
export function whereOf(filter: CaseFilter, scopeBranch: string | null): Where {
  const params: unknown[] = [];
  const terms: string[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  if (scopeBranch !== null) terms.push(`c.branch_code = ${p(scopeBranch)}`);
  if (filter.branch) terms.push(`c.branch_code = ${p(filter.branch)}`);
  if (filter.officer) terms.push(`c.officer_id = ${p(filter.officer)}`);
  if (filter.unassigned) terms.push('c.officer_id IS NULL');
  if (filter.status === 'open') terms.push(`c.status NOT IN ('settled', 'closed')`);
  else if (filter.status) terms.push(`c.status = ${p(filter.status)}`);
  const range = filter.bucket ? dpdRangeOf(filter.bucket) : null;
  const min = Math.max(range?.min ?? 0, filter.dpdMin ?? 0);
  const max = [range?.max, filter.dpdMax].filter((v): v is number => typeof v === 'number').reduce<number | null>((a, v) => (a === null ? v : Math.min(a, v)), null);
  if (min > 0) terms.push(`f.dpd >= ${p(min)}`);
  if (max !== null) terms.push(`f.dpd <= ${p(max)}`);
  if (filter.q) {
    const like = p(`%${filter.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`);
    terms.push(`(c.case_number ILIKE ${like} OR c.id ILIKE ${like} OR EXISTS (SELECT 1 FROM jsonb_array_elements(c.data->'parties') x WHERE x->>'role' = 'borrower' AND x->>'name' ILIKE ${like}))`);
  }
  return { sql: terms.length > 0 ? `WHERE ${terms.join(' AND ')}` : '', params };
}

type Row = {
  id: string;
  case_number: string;
  borrower_name: string | null;
  branch_code: string;
  branch_name: string | null;
  officer_id: string | null;
  officer_name: string | null;
  status: string;
  dpd: number;
  total_fen: string | number;
  district: string | null;
};

const SELECT = `SELECT c.id, c.case_number, c.branch_code, b.name AS branch_name, c.officer_id, u.name AS officer_name, c.status, f.dpd, f.total_fen,
  (SELECT x->>'name' FROM jsonb_array_elements(c.data->'parties') x WHERE x->>'role' = 'borrower' LIMIT 1) AS borrower_name,
  (SELECT x->'addresses'->0->>'district' FROM jsonb_array_elements(c.data->'parties') x WHERE x->>'role' = 'borrower' LIMIT 1) AS district
  FROM cases c ${FIGURES} LEFT JOIN branches b ON b.code = c.branch_code LEFT JOIN users u ON u.id = c.officer_id`;

export type FoundCase = CaseRowView & { district: string };

const viewOf = (r: Row): FoundCase => ({
  id: r.id,
  caseNumber: r.case_number,
  borrowerName: r.borrower_name ?? '',
  branchCode: r.branch_code,
  branchName: r.branch_name ?? r.branch_code,
  officerId: r.officer_id,
  officerName: r.officer_id === null ? null : (r.officer_name ?? r.officer_id),
  status: r.status,
  dpd: Number(r.dpd),
  bucket: bucketOf(Number(r.dpd)),
  totalFen: Number(r.total_fen),
  district: r.district ?? '',
});

/** One page, worst days past due first, then by case number; and how many match in all. */
export async function findCases(db: Queryable, where: Where, page: number, pageSize: number): Promise<{ cases: FoundCase[]; total: number }> {
  const n = where.params.length;
  const res = await db.query<Row & { matched: string | number }>(
    `${SELECT} ${where.sql} ORDER BY f.dpd DESC, c.case_number LIMIT $${n + 1} OFFSET $${n + 2}`.replace('SELECT c.id', 'SELECT count(*) OVER () AS matched, c.id'),
    [...where.params, pageSize, (page - 1) * pageSize],
  );
  if (res.rows.length > 0) return { cases: res.rows.map(viewOf), total: Number(res.rows[0]!.matched) };
  const count = await db.query<{ n: number }>(`SELECT count(*)::integer AS n FROM cases c ${FIGURES} ${where.sql}`, where.params);
  return { cases: [], total: count.rows[0]!.n };
}

/** Every case matching (for an assignment by filter), up to `limit` + 1 so the caller can tell there were more. */
export async function allCases(db: Queryable, where: Where, limit: number): Promise<FoundCase[]> {
  const res = await db.query<Row>(`${SELECT} ${where.sql} ORDER BY c.id LIMIT $${where.params.length + 1}`, [...where.params, limit + 1]);
  return res.rows.map(viewOf);
}

/** The named cases (those that exist), within `scopeBranch` when given. */
export async function casesById(db: Queryable, ids: readonly string[]): Promise<FoundCase[]> {
  const res = await db.query<Row>(`${SELECT} WHERE c.id = ANY($1::text[]) ORDER BY c.id`, [ids]);
  return res.rows.map(viewOf);
}
