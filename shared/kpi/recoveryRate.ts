import { fraction, type Fraction } from './fraction';

/**
 * 回收率 (docs/kpi.md, "The measures"): the amount recovered in a period over the overdue balance at its start,
 * so money recovered does not shrink its own denominator. Nothing overdue at the start: no rate (den 0), never 0 %.
 * The period's figures (figuresOf) and the console's trend per month or week use this one definition.
 */
export const recoveryRateOf = (recoveredFen: number, openingOverdueFen: number): Fraction => fraction(recoveredFen, openingOverdueFen);
