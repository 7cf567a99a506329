import { describe, expect, it } from 'vitest';
import {
  byCollector, computeKpis, cureRate, dailyRecovered, formatPercent, formatRatio, fraction, kpisBy, kpiPeriod, monthPeriod, rollRate, statesOn,
  type KpiInput, type SnapshotRow,
} from '../../../shared/kpi';

const snap = (caseId: string, date: string, dpd: number, overdueFen: number): SnapshotRow => ({
  caseId, date, dpd, overdueFen, principalFen: overdueFen, bucket: dpd === 0 ? 'M0' : dpd <= 30 ? 'M1' : dpd <= 60 ? 'M2' : 'M3',
});

/** Three cases of one branch: A (M1, cured), B (M1 rolled to M2), C (M2, unchanged), in November 2026. */
const input: KpiInput = {
  cases: [
    { id: 'A', branchCode: 'B1', officerId: 'u1', product: 'credit_card' },
    { id: 'B', branchCode: 'B1', officerId: 'u1', product: 'consumer_loan' },
    { id: 'C', branchCode: 'B1', officerId: 'u2', product: 'credit_card' },
  ],
  snapshots: [
    snap('A', '2026-10-31', 20, 100_000), snap('A', '2026-11-20', 0, 0),
    snap('B', '2026-10-15', 25, 200_000), snap('B', '2026-11-10', 40, 210_000),
    // C only known from the 5th: taken at its earliest known state for the start
    snap('C', '2026-11-05', 45, 700_000),
  ],
  activities: [
    { id: 'a1', caseId: 'A', userId: 'u1', outcome: 'promise', at: '2026-11-02T02:00:00Z', overridden: false },
    { id: 'a2', caseId: 'A', userId: 'u1', outcome: 'no_answer', at: '2026-11-03T02:00:00Z', overridden: false },
    { id: 'a3', caseId: 'B', userId: 'u1', outcome: 'wrong_number', at: '2026-11-04T02:00:00Z', overridden: true },
    { id: 'a4', caseId: 'C', userId: 'u2', outcome: 'right_party_contact', at: '2026-11-30T15:59:59Z', overridden: false },
    // 1 December 00:00 in Shanghai: outside November
    { id: 'a5', caseId: 'C', userId: 'u2', outcome: 'right_party_contact', at: '2026-11-30T16:00:00Z', overridden: false },
    // another branch's case: ignored
    { id: 'a6', caseId: 'Z', userId: 'u9', outcome: 'promise', at: '2026-11-02T02:00:00Z', overridden: false },
  ],
  promises: [
    { id: 'p1', caseId: 'A', amountFen: 100_000, dueDate: '2026-11-10', createdAt: '2026-11-02T02:00:00Z' },
    { id: 'p2', caseId: 'B', amountFen: 50_000, dueDate: '2026-11-12', createdAt: '2026-11-04T02:00:00Z' },
    { id: 'p3', caseId: 'C', amountFen: 40_000, dueDate: '2026-11-29', createdAt: '2026-11-20T02:00:00Z' },
  ],
  payments: [
    // A's receipt and the bank's record of the same money: counted once
    { id: 'y1', caseId: 'A', amountFen: 100_000, paidOn: '2026-11-09', source: 'receipt', receiptId: 'r1', reference: null, recordedAt: '2026-11-09T03:00:00Z' },
    { id: 'y2', caseId: 'A', amountFen: 100_000, paidOn: '2026-11-10', source: 'core_banking', receiptId: null, reference: 'T1', recordedAt: '2026-11-11T00:00:00Z' },
    { id: 'y3', caseId: 'B', amountFen: 20_000, paidOn: '2026-11-14', source: 'transfer', receiptId: null, reference: null, recordedAt: '2026-11-14T03:00:00Z' },
    // paid in October: not this period's money
    { id: 'y4', caseId: 'C', amountFen: 5_000, paidOn: '2026-10-30', source: 'core_banking', receiptId: null, reference: 'T0', recordedAt: '2026-10-31T00:00:00Z' },
  ],
  disputes: [{ id: 'd1', caseId: 'C', kind: 'complaint', openedAt: '2026-11-21T02:00:00Z' }, { id: 'd2', caseId: 'B', kind: 'dispute', openedAt: '2026-11-21T02:00:00Z' }],
  letters: [
    { id: 'l1', caseId: 'B', issuerId: 'u1', issuedAt: '2026-11-05T02:00:00Z', copy: false, voided: false, deliveryStatus: 'delivered', deliveryAt: '2026-11-08T02:00:00Z' },
    { id: 'l2', caseId: 'B', issuerId: 'u1', issuedAt: '2026-11-05T03:00:00Z', copy: true, voided: false, deliveryStatus: 'not_sent', deliveryAt: null },
    { id: 'l3', caseId: 'C', issuerId: 'u2', issuedAt: '2026-11-06T02:00:00Z', copy: false, voided: true, deliveryStatus: 'not_sent', deliveryAt: null },
    { id: 'l4', caseId: 'C', issuerId: 'u2', issuedAt: '2026-11-07T02:00:00Z', copy: false, voided: false, deliveryStatus: 'returned', deliveryAt: '2026-11-12T02:00:00Z' },
  ],
};

const november = monthPeriod('2026-11');

describe('computeKpis (docs/kpi.md)', () => {
  const k = computeKpis(input, november, { graceDays: 3 });

  it.each([
    ['cases', k.cases, 3],
    ['opening overdue (A 1,000.00 + B 2,000.00 + C 7,000.00)', k.openingOverdueFen, 1_000_000],
    ['closing overdue', k.closingOverdueFen, 910_000],
    ['recovered: A once, B; not October', k.recoveredFen, 120_000],
    ['attempts in November (Shanghai)', k.attempts, 4],
    ['overrides', k.overrides, 1],
    ['complaints', k.complaints, 1],
    ['letters issued (not copies, not voided)', k.lettersIssued, 2],
    ['letters delivered', k.lettersDelivered, 1],
  ])('%s', (_name, got, want) => expect(got).toBe(want));

  it.each([
    ['recovery rate', k.recoveryRate, fraction(120_000, 1_000_000), '12.00%'],
    ['cured: A of A, B, C', k.cured, fraction(1, 3), '33.33%'],
    // p1 kept, p2 partly (20,000 of 50,000), p3 broken (due 29th, grace to 2 December, taken as of the 30th: still open)
    ['promises kept by count', k.promisesKept, fraction(1, 2), '50.00%'],
    ['promises kept by amount', k.promisesKeptFen, fraction(120_000, 150_000), '80.00%'],
    ['contact rate (promise, wrong number, rpc)', k.contactRate, fraction(3, 4), '75.00%'],
    ['right-party contact rate', k.rightPartyRate, fraction(2, 4), '50.00%'],
    ['complaints per 1,000 contacts', k.complaintsPer1000, fraction(1000, 3), '33333.33%'],
  ])('%s', (_name, got, want, shown) => {
    expect(got).toEqual(want);
    expect(formatPercent(got)).toBe(shown);
  });

  it('contacts per case and average DPD are ratios', () => {
    expect(formatRatio(k.contactsPerCase)).toBe('1.33');
    expect(k.averageDpd).toEqual(fraction(0 + 40 + 45, 3));
  });

  it('counts the roll matrix from the opening to the closing bucket', () => {
    expect(k.rolls.M1.M0).toEqual({ cases: 1, fen: 100_000 });
    expect(k.rolls.M1.M2).toEqual({ cases: 1, fen: 200_000 });
    expect(k.rolls.M2.M2).toEqual({ cases: 1, fen: 700_000 });
    expect(rollRate(k.rolls, 'M1')).toEqual(fraction(1, 2));
    expect(rollRate(k.rolls, 'M1', 'fen')).toEqual(fraction(200_000, 300_000));
    expect(cureRate(k.rolls, 'M1')).toEqual(fraction(1, 2));
    expect(rollRate(k.rolls, 'M2')).toEqual(fraction(0, 1));
    expect(rollRate(k.rolls, 'M6+')).toEqual(fraction(0, 0));
    expect(formatPercent(rollRate(k.rolls, 'M6+'))).toBe('—');
  });

  it('a promise whose grace ended by the day taken counts as broken', () => {
    const later = kpiPeriod('2026-11-01', '2026-11-30', '2026-12-05');
    expect(computeKpis(input, later, { graceDays: 3 }).promisesKept).toEqual(fraction(1, 3));
  });
});

describe('per collector, per day', () => {
  it('groups by who holds the case and the parts add up to the whole', () => {
    const by = kpisBy(input, november, { graceDays: 3 }, byCollector);
    expect(by.get('u1')).toMatchObject({ cases: 2, recoveredFen: 120_000, openingOverdueFen: 300_000, attempts: 3 });
    expect(by.get('u2')).toMatchObject({ cases: 1, recoveredFen: 0, openingOverdueFen: 700_000, attempts: 1, complaints: 1 });
    const whole = computeKpis(input, november, { graceDays: 3 });
    expect([...by.values()].reduce((s, f) => s + f.recoveredFen, 0)).toBe(whole.recoveredFen);
  });

  it('recovered per day sums to the month', () => {
    const days = dailyRecovered(input, november);
    expect(days).toHaveLength(30);
    expect(days.find((d) => d.date === '2026-11-10')).toEqual({ date: '2026-11-10', fen: 100_000 });
    expect(days.reduce((s, d) => s + d.fen, 0)).toBe(120_000);
  });

  it('takes each case at its latest state on or before a date, else its earliest', () => {
    const s = statesOn(input.snapshots, '2026-11-01');
    expect(s.get('A')?.date).toBe('2026-10-31');
    expect(s.get('C')?.date).toBe('2026-11-05');
  });
});
