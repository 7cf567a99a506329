import { describe, expect, it } from 'vitest';
import { evaluatePromises } from '../../../shared/fieldwork/promises';
import { planProgress } from '../../../shared/fieldwork/plans';
import { agencyMoney, countOnce, countOnceWithAgency, SAME_MONEY_WINDOW_DAYS } from '../../../shared/payments/countOnce';
import type { Payment } from '../../../shared/records/payment';

/** The same money recorded in the field and by core banking counts once (issue 15 §1). */

type P = Pick<Payment, 'id' | 'caseId' | 'amountFen' | 'paidOn' | 'source' | 'reference'>;
const pay = (id: string, source: P['source'], paidOn: string, amountFen = 50_000, reference: string | null = null, caseId = 'case-1'): P => ({ id, caseId, amountFen, paidOn, source, reference });
const bank = (id: string, paidOn: string, amountFen?: number, reference: string | null = `REF-${id}`, caseId?: string) => pay(id, 'core_banking', paidOn, amountFen, reference, caseId);
const receipt = (id: string, paidOn: string, amountFen?: number, caseId?: string) => pay(id, 'receipt', paidOn, amountFen, null, caseId);
const transfer = (id: string, paidOn: string, amountFen?: number, reference: string | null = null) => pay(id, 'transfer', paidOn, amountFen, reference);

const ids = (ps: readonly P[]) => ps.map((p) => p.id);

describe('countOnce', () => {
  it.each<[string, P[], string[]]>([
    ['no bank record: every field record counts', [receipt('r1', '2026-11-02'), transfer('t1', '2026-11-03')], ['r1', 't1']],
    ['no field record: every bank record counts', [bank('b1', '2026-11-02'), bank('b2', '2026-11-02')], ['b1', 'b2']],
    ['a receipt banked two days later: the bank’s record counts', [receipt('r1', '2026-11-02'), bank('b1', '2026-11-04')], ['b1']],
    ['banked the same day', [receipt('r1', '2026-11-02'), bank('b1', '2026-11-02')], ['b1']],
    [`banked on the last day of the window (${SAME_MONEY_WINDOW_DAYS} days)`, [receipt('r1', '2026-11-02'), bank('b1', '2026-11-09')], ['b1']],
    ['banked a day after the window: two payments', [receipt('r1', '2026-11-02'), bank('b1', '2026-11-10')], ['r1', 'b1']],
    ['the bank’s date before the field date: two payments', [receipt('r1', '2026-11-05'), bank('b1', '2026-11-04')], ['r1', 'b1']],
    ['another amount: two payments', [receipt('r1', '2026-11-02', 50_000), bank('b1', '2026-11-03', 49_999)], ['r1', 'b1']],
    ['another case: two payments', [receipt('r1', '2026-11-02', 50_000, 'case-1'), bank('b1', '2026-11-03', 50_000, 'REF', 'case-2')], ['r1', 'b1']],
    ['the same reference matches whatever the dates', [transfer('t1', '2026-10-01', 50_000, 'TX-9'), bank('b1', '2026-11-20', 50_000, 'TX-9')], ['b1']],
    ['two different references are different money, even in the window', [transfer('t1', '2026-11-02', 50_000, 'TX-1'), bank('b1', '2026-11-03', 50_000, 'TX-2')], ['t1', 'b1']],
    ['one bank record absorbs one field record: the oldest', [receipt('r1', '2026-11-02'), receipt('r2', '2026-11-03'), bank('b1', '2026-11-04')], ['r2', 'b1']],
    ['two bank records absorb two field records', [receipt('r1', '2026-11-02'), receipt('r2', '2026-11-03'), bank('b1', '2026-11-04'), bank('b2', '2026-11-05')], ['b1', 'b2']],
    [
      'a reference match is made first, so the date match goes to the other record',
      [transfer('t1', '2026-11-01', 50_000, 'TX-7'), receipt('r1', '2026-11-02'), bank('b1', '2026-11-03', 50_000, null), bank('b2', '2026-11-04', 50_000, 'TX-7')],
      ['b1', 'b2'],
    ],
    ['the input order is kept for what remains', [bank('b1', '2026-11-09'), transfer('t1', '2026-11-01', 70_000), receipt('r1', '2026-11-08')], ['b1', 't1']],
  ])('%s', (_what, payments, expected) => {
    expect(ids(countOnce(payments))).toEqual(expected);
    // The measures' one matching for both (shared/kpi/tallies.ts) gives what the two rules give apart.
    const agency = [...payments, pay('a1', 'agency', '2026-11-02', 50_000, null), pay('a2', 'agency', '2026-11-03', 12_345, null)];
    for (const list of [payments, agency, payments.slice(0, 1), []]) {
      const both = countOnceWithAgency(list);
      expect(ids(both.once)).toEqual(ids(countOnce(list)));
      expect(both.agency).toEqual(agencyMoney(list));
    }
  });

  it('the same money in the field and at the bank is counted once in the total', () => {
    const payments = [receipt('r1', '2026-11-02', 120_000), bank('b1', '2026-11-03', 120_000), transfer('t1', '2026-11-05', 30_000)];
    expect(countOnce(payments).reduce((s, p) => s + p.amountFen, 0)).toBe(150_000);
  });

  it('does not depend on the order payments are given in', () => {
    const payments = [receipt('r1', '2026-11-02'), receipt('r2', '2026-11-03'), bank('b1', '2026-11-04'), bank('b2', '2026-11-20')];
    const forward = new Set(ids(countOnce(payments)));
    expect(new Set(ids(countOnce([...payments].reverse())))).toEqual(forward);
    expect(forward).toEqual(new Set(['r2', 'b1', 'b2']));
  });

  describe('on the device: promises and plan instalments, oldest first, over payments counted once', () => {
    const withTimes = (ps: P[]) => ps.map((p) => ({ ...p, recordedAt: `${p.paidOn}T10:00:00+08:00` }));
    const payments = withTimes([receipt('r1', '2026-11-02', 50_000), bank('b1', '2026-11-03', 50_000)]);
    const promises = [
      { id: 'p1', caseId: 'case-1', amountFen: 50_000, dueDate: '2026-11-05', createdAt: '2026-11-01T09:00:00+08:00' },
      { id: 'p2', caseId: 'case-1', amountFen: 50_000, dueDate: '2026-11-20', createdAt: '2026-11-01T09:00:00+08:00' },
    ];

    it('a receipt and the bank’s record of it keep the oldest promise, not the next one too', () => {
      const states = evaluatePromises(promises, countOnce(payments), '2026-11-10', { graceDays: 3, timeZone: 'Asia/Shanghai' }).map((e) => [e.promiseId, e.state, e.paidFen]);
      expect(states).toEqual([['p1', 'kept', 50_000], ['p2', 'pending', 0]]);
      // Without counting once, the same money would keep both: the reason countOnce is fed in.
      expect(evaluatePromises(promises, payments, '2026-11-10', { graceDays: 3, timeZone: 'Asia/Shanghai' }).map((e) => e.state)).toEqual(['kept', 'kept']);
    });

    it('a bank payment alone keeps a promise', () => {
      const states = evaluatePromises(promises, countOnce(withTimes([bank('b1', '2026-11-04', 50_000)])), '2026-11-10', { graceDays: 3, timeZone: 'Asia/Shanghai' });
      expect(states.map((e) => e.state)).toEqual(['kept', 'pending']);
    });

    it('plan instalments are paid once by the same money', () => {
      const plan = {
        id: 'plan-1', caseId: 'case-1', createdAt: '2026-11-01T09:00:00+08:00',
        instalments: [{ seq: 1, dueDate: '2026-11-05', amountFen: 50_000 }, { seq: 2, dueDate: '2026-12-05', amountFen: 50_000 }],
        approval: { status: 'not_needed' },
        agreedTotalFen: 100_000,
      };
      const progress = planProgress(plan as Parameters<typeof planProgress>[0], countOnce(payments), '2026-11-10', { graceDays: 3, timeZone: 'Asia/Shanghai' });
      expect(progress.instalments.map((i) => i.paidFen)).toEqual([50_000, 0]);
      expect(progress.remainingFen).toBe(50_000);
    });
  });
});
