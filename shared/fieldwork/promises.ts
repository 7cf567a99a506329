import { addDays, DEFAULT_TIME_ZONE, instantMs, isValidTimeZone, localDateOf } from '../calendar';
import type { Payment, PromiseToPay } from './records';

export type PromiseState = 'pending' | 'kept' | 'partly_kept' | 'broken';

export interface PromiseEvaluation {
  promiseId: string;
  caseId: string;
  amountFen: number;
  dueDate: string;
  /** dueDate + graceDays: the last day a payment still counts, and the day after which it can break. */
  graceEndsOn: string;
  state: PromiseState;
  /** Fen allocated to this promise (never more than its amount). */
  paidFen: number;
  shortfallFen: number;
}

export interface PromiseOptions {
  graceDays: number;
  /** Zone of the case: a promise's createdAt instant is turned into its local date there. */
  timeZone?: string;
}

type PromiseInput = Pick<PromiseToPay, 'id' | 'caseId' | 'amountFen' | 'dueDate' | 'createdAt'>;
type PaymentInput = Pick<Payment, 'id' | 'caseId' | 'amountFen' | 'paidOn' | 'recordedAt'>;

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// Head office judges every case's promises (tens of thousands of calls, docs/kpi.md "At head office") on a few
// hundred distinct due dates: the date arithmetic is remembered (bounded; a bad date is never kept, it throws).
const shifted = new Map<string, string>();
function addDaysOnce(date: string, days: number): string {
  const key = `${date}|${days}`;
  let out = shifted.get(key);
  if (out === undefined) {
    out = addDays(date, days);
    if (shifted.size >= 10_000) shifted.clear();
    shifted.set(key, out);
  }
  return out;
}

/**
 * Kept, partly kept or broken, for every promise (in the order given).
 *
 * Payments are matched oldest promise first (by dueDate, then createdAt): payments are taken in the order
 * they were made and each one's fen go to the oldest promise of the same case that is still short and for
 * which the payment counts; what is left spills to the next. A payment counts for a promise when it was made
 * on or after the day the promise was given and on or before dueDate + graceDays. Payments dated after
 * `today` have not happened yet and are ignored.
 *
 * Until the grace period ends a promise is kept once fully paid, else pending; after it, kept, partly kept
 * (something paid) or broken (nothing paid).
 */
export function evaluatePromises(
  promises: readonly PromiseInput[],
  payments: readonly PaymentInput[],
  today: string,
  options: PromiseOptions,
): PromiseEvaluation[] {
  const { graceDays } = options;
  if (!Number.isInteger(graceDays) || graceDays < 0) throw new RangeError(`graceDays must be a whole number ≥ 0: ${graceDays}`);
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  addDaysOnce(today, 0); // validates today
  if (promises.length > 0 && !isValidTimeZone(timeZone)) throw new RangeError(`unknown time zone: ${JSON.stringify(timeZone)}`);

  const slots = [...promises]
    .map((p) => ({
      p,
      // The day it was given, looked up in the zone only when a payment is compared with it (a zone lookup each:
      // most promises a bank-wide tally judges meet no payment).
      createdOn: null as string | null,
      createdMs: instantMs(p.createdAt),
      graceEndsOn: addDaysOnce(p.dueDate, graceDays),
      paid: 0,
    }))
    .sort((a, b) => byText(a.p.dueDate, b.p.dueDate) || a.createdMs - b.createdMs || byText(a.p.id, b.p.id));

  const ordered = payments
    .filter((pay) => pay.paidOn <= today)
    .sort((a, b) => byText(a.paidOn, b.paidOn) || instantMs(a.recordedAt) - instantMs(b.recordedAt) || byText(a.id, b.id));

  for (const pay of ordered) {
    let left = pay.amountFen;
    for (const slot of slots) {
      if (left === 0) break;
      if (slot.p.caseId !== pay.caseId || slot.paid >= slot.p.amountFen) continue;
      if (pay.paidOn > slot.graceEndsOn || pay.paidOn < (slot.createdOn ??= localDateOf(slot.p.createdAt, timeZone))) continue;
      const take = Math.min(left, slot.p.amountFen - slot.paid);
      slot.paid += take;
      left -= take;
    }
  }

  const result = new Map(
    slots.map(({ p, graceEndsOn, paid }): [string, PromiseEvaluation] => {
      const full = paid >= p.amountFen;
      const over = today > graceEndsOn;
      const state: PromiseState = full ? 'kept' : !over ? 'pending' : paid > 0 ? 'partly_kept' : 'broken';
      return [
        p.id,
        { promiseId: p.id, caseId: p.caseId, amountFen: p.amountFen, dueDate: p.dueDate, graceEndsOn, state, paidFen: paid, shortfallFen: p.amountFen - paid },
      ];
    }),
  );
  return promises.map((p) => result.get(p.id)!);
}
