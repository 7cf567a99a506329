import { kpiExceptionOf, type KpiConductException } from '../../../../shared/kpi';
import type { ConductException } from '../../../../shared/conduct/exceptions';
import type { RecoveryDeskDb } from '../../store/database';

/**
 * The conduct exceptions on this device (a supervisor's: head office sends them to no one else), newest found
 * first. branchCode null: every branch's the device holds.
 */
export async function readExceptions(db: RecoveryDeskDb, branchCode: string | null): Promise<ConductException[]> {
  const all = await db.conductExceptions.orderBy('foundAt').reverse().toArray();
  return branchCode === null ? all : all.filter((x) => x.branchCode === branchCode);
}

/** The device's side of 合规异常数 (shared/kpi/conduct.ts); head office reads the same from server/kpi/conduct.ts. */
export async function readKpiExceptions(db: RecoveryDeskDb, branchCode: string | null): Promise<KpiConductException[]> {
  return (await readExceptions(db, branchCode)).map(kpiExceptionOf).sort((a, b) => Number(a.id) - Number(b.id));
}
