import { CN_MAINLAND_CALENDAR } from '../../../shared/calendar';
import { configInForce } from '../../../shared/publishedConfig';
import { targetInForce, type SetTargetArgs } from '../../../shared/records/target';
import type { Db } from '../../db/types';
import { currentConfigs } from '../config/store';

/** Each branch's grace days for the KPI rules: its published limits, else the bank's. */
export async function graceDaysOf(db: Db, branch: string | null): Promise<(code: string) => number> {
  const limits = await currentConfigs(db, 'limits', branch);
  return (code) => configInForce(limits, code, CN_MAINLAND_CALENDAR).limits.graceDays;
}

/**
 * The branches the 业绩 page and the bank's report list (one, or all, by code), each with its monthly target in
 * force for `month` (targetInForce), or null when no month is given or none was set.
 */
export async function branchesWithTargets(db: Db, branch: string | null, month: string | null): Promise<{ code: string; name: string; target: SetTargetArgs | null }[]> {
  const [names, targets] = await Promise.all([
    db.query<{ code: string; name: string }>('SELECT code, name FROM branches WHERE ($1::text IS NULL OR code = $1) ORDER BY code', [branch]),
    month === null ? { rows: [] } : db.query<{ args: SetTargetArgs }>(`SELECT data->'args' AS args FROM field_records WHERE kind = 'setTarget' AND data->'args'->>'month' = $1`, [month]),
  ]);
  const set = targets.rows.map((r) => r.args);
  return names.rows.map(({ code, name }) => ({ code, name, target: month === null ? null : targetInForce(set, code, month) }));
}
