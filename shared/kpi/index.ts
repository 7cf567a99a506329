export { addFractions, formatPercent, formatRatio, fraction, valueOf, type Fraction } from './fraction';
export type { DisputeKind, KpiActivity, KpiCase, KpiDispute, KpiInput, KpiLetter, KpiPayment, KpiPromise, SnapshotRow } from './inputs';
export { computeKpis, dailyRecovered, type AgencyFigures, type KpiFigures, type KpiOptions } from './measures';
export { kpisBy, byBranch, byCollector, byProduct } from './groups';
export { dateInPeriod, inPeriod, kpiPeriod, monthPeriod, monthToDate, type KpiPeriod } from './period';
export { addRollMatrices, cureRate, curedAccounts, emptyRollMatrix, rollMatrix, rollRate, statesOn, type RollMatrix } from './rolls';
export { largestRemainder, splitOverMonth, splitPerCollector, workingDaysOf, type CollectorWeight, type DayShare, type WeekShare } from './split';
export { caseLineOf, kpiCaseOf, snapshotOf } from './fromCase';
