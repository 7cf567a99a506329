import { kpiExceptionOf, type KpiConductException } from '../../shared/kpi';
import type { Queryable } from '../db/types';

/**
 * Head office's side of 合规异常数 (shared/kpi/conduct.ts): the branch's conduct exceptions from its table, the
 * same rows a supervisor's device holds after a pull (test/sync/conductExceptions.test.ts). branchCode null: all.
 */
export async function readKpiExceptions(db: Queryable, branchCode: string | null): Promise<KpiConductException[]> {
  const res = await db.query<{ id: string | number; user_id: string; record_id: string; rule_id: string; found_at: Date | string; overridden_by: string | null }>(
    `SELECT id, user_id, record_id, rule_id, found_at, overridden_by FROM conduct_exceptions WHERE ($1::text IS NULL OR branch_code = $1) ORDER BY id`,
    [branchCode],
  );
  return res.rows.map((r) =>
    kpiExceptionOf({ id: String(r.id), userId: r.user_id, recordId: r.record_id, ruleId: r.rule_id, foundAt: new Date(r.found_at).toISOString(), overriddenBy: r.overridden_by }),
  );
}
