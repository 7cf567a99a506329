import { describe, expect, it } from 'vitest';
import { countOnce } from '../../../shared/payments/countOnce';
import { evaluatePromises } from '../../../shared/fieldwork/promises';
import {
  addTallies, contactTallyOf, countOncePerCase, emptyTally, figuresOf, moneyTallyOf, monthPeriod, outcomeCountsOf, stateTallyOf,
  type KpiPayment, type KpiPromise,
} from '../../../shared/kpi';

/** shared/kpi/tallies.ts: the sums behind the figures add up over splits, and case-by-case rules equal the global ones. */

const november = monthPeriod('2026-11');
const pay = (id: string, caseId: string, amountFen: number, paidOn: string, source: KpiPayment['source'], reference: string | null = null): KpiPayment => ({
  id, caseId, amountFen, paidOn, source, reference, receiptId: null, recordedAt: `${paidOn}T02:00:00Z`,
});

describe('tallies', () => {
  it('state cells fill the roll matrix, balances and DPD; two halves add up to the whole', () => {
    const a = stateTallyOf([{ openingBucket: 'M1', closingBucket: 'M0', cases: 2, openingOverdueFen: 300, closingOverdueFen: 0, closingDpd: 0 }]);
    const b = stateTallyOf([{ openingBucket: 'M1', closingBucket: 'M2', cases: 1, openingOverdueFen: 500, closingOverdueFen: 520, closingDpd: 45 }]);
    const whole = stateTallyOf([
      { openingBucket: 'M1', closingBucket: 'M0', cases: 2, openingOverdueFen: 300, closingOverdueFen: 0, closingDpd: 0 },
      { openingBucket: 'M1', closingBucket: 'M2', cases: 1, openingOverdueFen: 500, closingOverdueFen: 520, closingDpd: 45 },
    ]);
    expect(addTallies(a, b)).toEqual(whole);
    const k = figuresOf(whole);
    expect(k).toMatchObject({ cases: 3, openingOverdueFen: 800, closingOverdueFen: 520, cured: { num: 2, den: 3 }, averageDpd: { num: 45, den: 3 } });
    expect(k.rolls.M1.M2).toEqual({ cases: 1, fen: 500 });
  });

  it.each([
    ['right_party_contact', 1, 1],
    ['promise', 1, 1],
    ['third_party_message', 1, 0],
    ['no_answer', 0, 0],
    ['not_an_outcome', 0, 0],
  ])('an attempt with outcome %s: connected %i, right party %i', (outcome, connected, rightParty) => {
    const t = contactTallyOf([{ outcome, attempts: 3, overridden: 1 }]);
    expect(t).toMatchObject({ attempts: 3, connected: connected * 3, rightParty: rightParty * 3, overrides: 1 });
  });

  it('attempts outside the period are not counted (Shanghai’s days)', () => {
    const counts = outcomeCountsOf([
      { id: 'a', caseId: 'c', userId: 'u', outcome: 'busy', at: '2026-10-31T15:59:59Z', overridden: false },
      { id: 'b', caseId: 'c', userId: 'u', outcome: 'busy', at: '2026-10-31T16:00:00Z', overridden: true },
      { id: 'c', caseId: 'c', userId: 'u', outcome: 'busy', at: '2026-11-30T16:00:00Z', overridden: false },
    ], november);
    expect(counts).toEqual([{ outcome: 'busy', attempts: 1, overridden: 1 }]);
  });

  it('counting once case by case equals counting over all payments at once', () => {
    const payments = [
      pay('f1', 'A', 50_000, '2026-11-09', 'receipt'), pay('b1', 'A', 50_000, '2026-11-10', 'core_banking', 'CB1'),
      pay('f2', 'B', 50_000, '2026-11-09', 'transfer'), pay('b2', 'A', 50_000, '2026-11-11', 'core_banking', 'CB2'),
      pay('f3', 'B', 12_345, '2026-11-18', 'transfer', 'CB3'), pay('b3', 'B', 12_345, '2026-11-30', 'core_banking', 'CB3'),
    ];
    const byId = (l: readonly KpiPayment[]) => l.map((p) => p.id).sort();
    expect(byId(countOncePerCase(payments))).toEqual(byId(countOnce(payments)));
    expect(byId(countOncePerCase(payments))).toEqual(['b1', 'b2', 'b3', 'f2']);
  });

  it('promises judged case by case as over all records at once: kept, partly kept, broken, pending', () => {
    const promises: KpiPromise[] = [
      { id: 'p1', caseId: 'A', amountFen: 50_000, dueDate: '2026-11-10', createdAt: '2026-11-01T02:00:00Z' },
      { id: 'p2', caseId: 'B', amountFen: 80_000, dueDate: '2026-11-12', createdAt: '2026-11-01T02:00:00Z' },
      { id: 'p3', caseId: 'C', amountFen: 10_000, dueDate: '2026-11-15', createdAt: '2026-11-01T02:00:00Z' },
      { id: 'p4', caseId: 'A', amountFen: 10_000, dueDate: '2026-11-29', createdAt: '2026-11-01T02:00:00Z' },
      { id: 'p5', caseId: 'A', amountFen: 10_000, dueDate: '2026-10-29', createdAt: '2026-10-01T02:00:00Z' },
    ];
    const payments = [pay('y1', 'A', 50_000, '2026-11-10', 'transfer'), pay('y2', 'B', 30_000, '2026-11-11', 'transfer')];
    const period = monthPeriod('2026-11', '2026-11-30');
    const t = moneyTallyOf(payments, promises, period, 3, emptyTally());
    const settled = evaluatePromises(promises.filter((p) => p.dueDate >= period.from && p.dueDate <= period.to), payments, period.asOf, { graceDays: 3, timeZone: period.timeZone })
      .filter((e) => e.state !== 'pending');
    expect(t).toMatchObject({
      recoveredFen: 80_000,
      promisesSettled: settled.length,
      promisesKept: settled.filter((e) => e.state === 'kept').length,
      promisedFen: settled.reduce((s, e) => s + e.amountFen, 0),
      promisePaidFen: settled.reduce((s, e) => s + e.paidFen, 0),
    });
    // p4 (due the 29th, grace to 2 December) is still pending on the 30th; p5 is due before the period.
    expect(t).toMatchObject({ promisesSettled: 3, promisesKept: 1, promisedFen: 140_000, promisePaidFen: 80_000 });
  });
});
