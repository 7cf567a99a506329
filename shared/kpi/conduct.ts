import { exceptionsPerCollector, type ConductException } from '../conduct/exceptions';
import { inPeriod, type KpiPeriod } from './period';

/**
 * 合规异常数 (docs/kpi.md, "Conduct exceptions"): per collector, the conduct exceptions head office found in the
 * period, by head office's clock (foundAt: a device's own time may be the very thing that was wrong), each record
 * and rule once, not those a supervisor's override covered. A review does not take one away: it happened. The
 * same rows on the device (its synced exceptions, renderer/src/conduct) and at head office (conduct_exceptions,
 * server/kpi/conduct.ts).
 */
export type KpiConductException = Pick<ConductException, 'id' | 'userId' | 'recordId' | 'ruleId' | 'foundAt' | 'overriddenBy'>;

export function conductExceptionsBy(exceptions: readonly KpiConductException[], period: KpiPeriod): Map<string, number> {
  const found = exceptions.filter((x) => inPeriod(period, Date.parse(x.foundAt)));
  return new Map(exceptionsPerCollector(found).map((c) => [c.userId, c.count]));
}

/** The row a measure reads, from a whole exception (no case, no message: only what the count needs). */
export const kpiExceptionOf = (x: KpiConductException): KpiConductException => ({
  id: x.id, userId: x.userId, recordId: x.recordId, ruleId: x.ruleId, foundAt: x.foundAt, overriddenBy: x.overriddenBy,
});
