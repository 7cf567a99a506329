import { formatFen } from '../domain/money';
import { LocalDateSchema } from '../sync/primitives';

/**
 * The check of a repayment schedule, one for every place that holds one: the plan form (its messages), the
 * local plan record and the createPlan mutation. Here rather than in shared/fieldwork/plans.ts so the plan
 * record can use it without an import cycle (plans.ts re-exports it).
 */

/** One row of a schedule: 0 is the down payment, when there is one; instalments count from 1. */
export interface ScheduleRow {
  seq: number;
  dueDate: string;
  amountFen: number;
}

export type ScheduleProblemCode = 'empty' | 'seq_invalid' | 'amount_not_positive' | 'date_invalid' | 'dates_not_increasing' | 'sum_mismatch';

export interface ScheduleProblem {
  code: ScheduleProblemCode;
  /** The instalment concerned, or null for the whole schedule. */
  seq: number | null;
  /** Values for the message template (FIELDWORK_MESSAGES). */
  params: Record<string, string | number>;
}

const isDate = (text: string) => LocalDateSchema.safeParse(text).success;

/**
 * Problems with a hand-made schedule (empty list = valid): seq numbers from 0 (down payment) or 1, one apart;
 * every amount whole fen above 0; due dates real and strictly increasing; amounts summing to totalFen exactly.
 */
export function validateCustomSchedule(totalFen: number, instalments: readonly ScheduleRow[]): ScheduleProblem[] {
  if (instalments.length === 0) return [{ code: 'empty', seq: null, params: {} }];
  const problems: ScheduleProblem[] = [];
  let sum = 0;
  instalments.forEach((row, i) => {
    const prev = instalments[i - 1];
    const expectedSeq = prev ? prev.seq + 1 : row.seq === 0 ? 0 : 1;
    if (row.seq !== expectedSeq) problems.push({ code: 'seq_invalid', seq: row.seq, params: { seq: row.seq, expected: expectedSeq } });
    if (!Number.isSafeInteger(row.amountFen) || row.amountFen <= 0) {
      problems.push({ code: 'amount_not_positive', seq: row.seq, params: { seq: row.seq } });
    } else sum += row.amountFen;
    if (!isDate(row.dueDate)) problems.push({ code: 'date_invalid', seq: row.seq, params: { seq: row.seq, date: row.dueDate } });
    else if (prev && isDate(prev.dueDate) && row.dueDate <= prev.dueDate) {
      problems.push({ code: 'dates_not_increasing', seq: row.seq, params: { seq: row.seq, date: row.dueDate, previous: prev.dueDate } });
    }
  });
  if (problems.length === 0 && sum !== totalFen) {
    problems.push({
      code: 'sum_mismatch',
      seq: null,
      params: { expectedFen: totalFen, actualFen: sum, expected: formatFen(totalFen), actual: formatFen(sum) },
    });
  }
  return problems;
}

/** A problem as one line of English, for a schema issue (a form shows FIELDWORK_MESSAGES instead). */
export const scheduleProblemText = (p: ScheduleProblem): string => `${p.code} ${JSON.stringify(p.params)}`;
