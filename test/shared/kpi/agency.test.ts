import { describe, expect, it } from 'vitest';
import { byCollector, computeKpis, dailyRecovered, kpisBy, monthPeriod, type KpiInput, type KpiPayment } from '../../../shared/kpi';
import { agencyMoney, countOnce } from '../../../shared/payments/countOnce';

/**
 * docs/kpi.md, "Agency recovery": what an outsourcing agency reported (its results file: payments with source
 * agency, contacts and promises made by its "device") is counted apart, never as the branch's own nor credited to
 * the collector holding the case; its money is counted once with the bank's record of it.
 */
const pay = (id: string, caseId: string, amountFen: number, paidOn: string, source: KpiPayment['source'], reference: string | null = null): KpiPayment => ({
  id, caseId, amountFen, paidOn, source, reference, receiptId: null, recordedAt: `${paidOn}T03:00:00Z`,
});
const snap = (caseId: string, overdueFen: number) => ({ caseId, date: '2026-10-31', dpd: 200, overdueFen, principalFen: overdueFen, bucket: 'M6+' as const });

const input: KpiInput = {
  cases: [
    { id: 'A', branchCode: 'B1', officerId: 'u1', product: 'credit_card' },
    { id: 'B', branchCode: 'B1', officerId: 'u2', product: 'consumer_loan' },
  ],
  snapshots: [snap('A', 1_000_000), snap('B', 500_000)],
  activities: [
    { id: 'a1', caseId: 'A', userId: 'u1', outcome: 'no_answer', at: '2026-11-03T02:00:00Z', overridden: false, agency: false },
    // the agency's calls on A: reported by its file (the admin who imported it is the record's user)
    { id: 'a2', caseId: 'A', userId: 'demo-admin', outcome: 'right_party_contact', at: '2026-11-04T02:00:00Z', overridden: false, agency: true },
    { id: 'a3', caseId: 'A', userId: 'demo-admin', outcome: 'promise', at: '2026-11-05T02:00:00Z', overridden: false, agency: true },
  ],
  promises: [
    { id: 'p1', caseId: 'A', amountFen: 30_000, dueDate: '2026-11-10', createdAt: '2026-11-05T02:00:00Z', agency: true },
    { id: 'p2', caseId: 'B', amountFen: 10_000, dueDate: '2026-11-12', createdAt: '2026-11-02T02:00:00Z', agency: false },
  ],
  payments: [
    // A: the agency reports 300.00 with its reference; core banking reports the same money: once, the agency's.
    pay('y1', 'A', 30_000, '2026-11-09', 'agency', 'TX-9'),
    pay('y2', 'A', 30_000, '2026-11-10', 'core_banking', 'TX-9'),
    // A: the agency's 50.00 core banking has not reported yet: the agency's.
    pay('y3', 'A', 5_000, '2026-11-20', 'agency'),
    // B: the collector's transfer and core banking's record of it: once, the branch's.
    pay('y4', 'B', 10_000, '2026-11-11', 'transfer'),
    pay('y5', 'B', 10_000, '2026-11-12', 'core_banking', 'TX-5'),
    // A: the bank's own record of other money: the branch's.
    pay('y6', 'A', 7_000, '2026-11-15', 'core_banking', 'TX-6'),
  ],
  disputes: [],
  letters: [],
};
const november = monthPeriod('2026-11');
const k = computeKpis(input, november, { graceDays: 3 });

describe('agency recovery counted apart (docs/kpi.md)', () => {
  it.each([
    ['the branch’s own money: B’s transfer once, A’s bank record', k.recoveredFen, 17_000],
    ['the agency’s money: its 300.00 once (the bank’s record of it), its 50.00', k.agency.recoveredFen, 35_000],
    ['the branch’s attempts leave the agency’s calls out', k.attempts, 1],
    ['the agency’s contacts', k.agency.attempts, 2],
    ['the agency’s promises made in the period', k.agency.promises, 1],
    ['promises judged: the branch’s own only (B’s, kept)', k.promisesKept.den, 1],
    ['the branch’s contact rate is over its own attempts', k.contactRate.num, 0],
  ])('%s', (_name, got, want) => expect(got).toBe(want));

  it('every sum of money is counted once, whoever brought it in', () => {
    expect(k.recoveredFen + k.agency.recoveredFen).toBe(countOnce(input.payments).filter((p) => p.paidOn >= '2026-11-01').reduce((s, p) => s + p.amountFen, 0));
  });

  it('no collector is credited with the agency’s money or contacts; collectors sum to the branch’s own', () => {
    const by = kpisBy(input, november, { graceDays: 3 }, byCollector);
    expect(by.get('u1')).toMatchObject({ recoveredFen: 7_000, attempts: 1, agency: { recoveredFen: 35_000, attempts: 2 } });
    expect(by.get('u2')).toMatchObject({ recoveredFen: 10_000, agency: { recoveredFen: 0 } });
    expect([...by.values()].reduce((s, f) => s + f.recoveredFen, 0)).toBe(k.recoveredFen);
  });

  it('the trend chart is the branch’s own money', () => {
    const days = dailyRecovered(input, november);
    expect(days.reduce((s, d) => s + d.fen, 0)).toBe(k.recoveredFen);
    expect(days.find((d) => d.date === '2026-11-10')!.fen).toBe(0);
  });
});

describe('agencyMoney: which counted payments are an agency’s', () => {
  it.each([
    ['its own record when the bank has not reported it', [pay('f', 'A', 100, '2026-11-01', 'agency')], ['f']],
    ['the bank’s record that absorbed it (same reference)', [pay('f', 'A', 100, '2026-11-01', 'agency', 'R'), pay('b', 'A', 100, '2026-11-05', 'core_banking', 'R')], ['b']],
    ['the bank’s record that absorbed it (within the window)', [pay('f', 'A', 100, '2026-11-01', 'agency'), pay('b', 'A', 100, '2026-11-08', 'core_banking', 'R')], ['b']],
    ['not the bank’s record past the window (two sums of money)', [pay('f', 'A', 100, '2026-11-01', 'agency'), pay('b', 'A', 100, '2026-11-09', 'core_banking', 'R')], ['f']],
    ['not a receipt absorbed by the bank', [pay('f', 'A', 100, '2026-11-01', 'receipt'), pay('b', 'A', 100, '2026-11-02', 'core_banking')], []],
    ['not the bank’s record of another amount', [pay('f', 'A', 100, '2026-11-01', 'agency'), pay('b', 'A', 101, '2026-11-02', 'core_banking')], ['f']],
  ])('%s', (_name, payments, want) => {
    const ids = agencyMoney(payments);
    expect([...ids].sort()).toEqual(want);
    // Always among the payments that count.
    const counted = new Set(countOnce(payments).map((p) => p.id));
    for (const id of ids) expect(counted.has(id)).toBe(true);
  });
});
