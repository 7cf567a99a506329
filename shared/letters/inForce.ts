import { localDateOf, DEFAULT_TIME_ZONE } from '../calendar';
import { formatFen } from '../domain/money';
import { planProgress } from '../fieldwork/plans';
import { evaluatePromises } from '../fieldwork/promises';
import type { Payment, PromiseToPay, RepaymentPlan } from '../fieldwork/records';
import { formatLetterDate } from './render';
import type { LetterLanguage } from './types';

/** A promise or plan of the borrower's still running on the letter date: what a demand mentions. */
export type ArrangementInForce =
  | { kind: 'plan'; agreedOn: string; instalments: number; nextDueDate: string; nextAmountFen: number }
  | { kind: 'promise'; madeOn: string; dueDate: string; amountFen: number };

/**
 * The arrangement in force on `issueDate`, from the case's records as they stood that day (records made later
 * are ignored, so a copy of the letter says what the original said): an approved plan neither completed nor
 * broken wins; else the earliest promise still pending (made by then, due on or after it, not yet paid).
 * Payments are matched as the promise and plan rules match them.
 */
export function arrangementInForce(args: {
  promises: readonly PromiseToPay[];
  plans: readonly RepaymentPlan[];
  payments: readonly Payment[];
  issueDate: string;
  graceDays: number;
  timeZone?: string;
}): ArrangementInForce | null {
  const timeZone = args.timeZone ?? DEFAULT_TIME_ZONE;
  const madeBy = (instant: string) => localDateOf(instant, timeZone) <= args.issueDate;
  const plans = args.plans.filter((p) => p.approval.status === 'approved' && madeBy(p.createdAt)).sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
  for (const plan of plans) {
    const progress = planProgress(plan, args.payments, args.issueDate, { graceDays: args.graceDays, timeZone });
    if (progress.status === 'active' && progress.nextDue) {
      return { kind: 'plan', agreedOn: localDateOf(plan.createdAt, timeZone), instalments: plan.instalments.length, nextDueDate: progress.nextDue.dueDate, nextAmountFen: progress.nextDue.amountFen - progress.nextDue.paidFen };
    }
  }
  const promises = args.promises.filter((p) => madeBy(p.createdAt));
  const pending = evaluatePromises(promises, args.payments, args.issueDate, { graceDays: args.graceDays, timeZone })
    .filter((e) => e.state === 'pending' && e.dueDate >= args.issueDate)
    .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0));
  const first = pending[0];
  if (!first) return null;
  const promise = promises.find((p) => p.id === first.promiseId)!;
  return { kind: 'promise', madeOn: localDateOf(promise.createdAt, timeZone), dueDate: first.dueDate, amountFen: first.shortfallFen };
}

/** The arrangement as the letter's sentence puts it (the template frames it: "我行已记录：…。"). */
export function arrangementText(a: ArrangementInForce, language: LetterLanguage): string {
  const d = (date: string) => formatLetterDate(date, language);
  if (a.kind === 'plan') {
    return language === 'zh-CN'
      ? `您与我行于${d(a.agreedOn)}约定的分期还款方案（共${a.instalments}期）正在履行中，下一期应于${d(a.nextDueDate)}前归还${formatFen(a.nextAmountFen)}`
      : `the repayment plan agreed with us on ${d(a.agreedOn)} (${a.instalments} instalments) is running, and the next instalment of ${formatFen(a.nextAmountFen)} is due by ${d(a.nextDueDate)}`;
  }
  return language === 'zh-CN'
    ? `您已于${d(a.madeOn)}承诺于${d(a.dueDate)}前还款${formatFen(a.amountFen)}`
    : `on ${d(a.madeOn)} you promised to pay ${formatFen(a.amountFen)} by ${d(a.dueDate)}`;
}
