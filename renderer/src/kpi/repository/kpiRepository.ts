import type { KpiConductException, KpiInput } from '../../../../shared/kpi';
import { readKpiExceptions } from '../../conduct/repository/conductReads';
import { targetInForce, type Target } from '../../../../shared/records/target';
import type { RecoveryDeskDb } from '../../store/database';
import { readKpiInput, type DeviceKpiScope } from './kpiReads';

/** What the performance screens (业绩) read, with the store bound. */
export class KpiRepository {
  constructor(private readonly db: RecoveryDeskDb) {}

  input(scope: DeviceKpiScope): Promise<KpiInput> {
    return readKpiInput(this.db, scope);
  }

  /** The branch's conduct exceptions for 合规异常数 (a supervisor's device holds them; others none). */
  exceptions(branchCode: string): Promise<KpiConductException[]> {
    return readKpiExceptions(this.db, branchCode);
  }

  /** The branch's target in force for the month, null when none was set. */
  async target(branchCode: string, month: string): Promise<Target | null> {
    const all = await this.db.targets.where('[branchCode+month]').equals([branchCode, month]).toArray();
    return targetInForce(all, branchCode, month);
  }
}
