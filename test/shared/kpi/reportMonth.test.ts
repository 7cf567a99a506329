import { describe, expect, it } from 'vitest';
import { CN_MAINLAND_CALENDAR } from '../../../shared/calendar';
import type { KpiInput, KpiPayment } from '../../../shared/kpi';
import { monthlyReport } from '../../../shared/kpi/report';
import { reportMonths, reportPeriod, reportToday } from '../../../shared/kpi/reportMonth';

/**
 * The monthly report for any past month (issue 15 §6): which months, as of which day, and where the month's
 * ends fall in Asia/Shanghai (UTC+8: a month starts at 16:00 UTC on the day before).
 */

const pay = (id: string, amountFen: number, paidOn: string, recordedAt = `${paidOn}T02:00:00Z`): KpiPayment => ({ id, caseId: 'A', amountFen, paidOn, source: 'core_banking', reference: `R-${id}`, receiptId: null, recordedAt });

describe('report months', () => {
  it.each([
    // the instant, today in Shanghai
    ['2026-11-30T15:59:59Z', '2026-11-30'],
    ['2026-11-30T16:00:00Z', '2026-12-01'],
    ['2026-12-31T16:30:00Z', '2027-01-01'],
  ])('at %s it is %s in Shanghai', (instant, today) => expect(reportToday(new Date(instant))).toBe(today));

  it('the current month first, back across a year', () => {
    expect(reportMonths('2027-01-01', 4)).toEqual(['2027-01', '2026-12', '2026-11', '2026-10']);
    expect(reportMonths('2026-11-30', 1)).toEqual(['2026-11']);
  });

  it.each([
    // month, today, from, to, as of
    ['2026-11', '2026-12-01', '2026-11-01', '2026-11-30', '2026-11-30'],
    ['2026-02', '2026-12-01', '2026-02-01', '2026-02-28', '2026-02-28'],
    ['2024-02', '2026-12-01', '2024-02-01', '2024-02-29', '2024-02-29'],
    ['2026-12', '2026-12-01', '2026-12-01', '2026-12-31', '2026-12-01'],
    ['2026-12', '2026-12-31', '2026-12-01', '2026-12-31', '2026-12-31'],
  ])('%s seen on %s: %s..%s as of %s', (month, today, from, to, asOf) => {
    const p = reportPeriod(month, today);
    expect([p.from, p.to, p.asOf, p.timeZone]).toEqual([from, to, asOf, 'Asia/Shanghai']);
  });

  it('a past month’s instants run from 16:00 UTC the day before its first to 16:00 UTC on its last day', () => {
    const p = reportPeriod('2026-11', '2026-12-15');
    expect([new Date(p.startMs).toISOString(), new Date(p.endMs).toISOString()]).toEqual(['2026-10-31T16:00:00.000Z', '2026-11-30T16:00:00.000Z']);
  });

  it('refuses a month not begun yet and a malformed one', () => {
    expect(() => reportPeriod('2027-01', '2026-12-31')).toThrow(/not begun/);
    expect(() => reportPeriod('2026-13', '2026-12-31')).toThrow(/YYYY-MM/);
    expect(() => reportPeriod('2026-1', '2026-12-31')).toThrow(/YYYY-MM/);
  });
});

describe('last month’s report: what falls in it at its ends (Asia/Shanghai)', () => {
  const input: KpiInput = {
    cases: [{ id: 'A', branchCode: '110105', officerId: 'u1', product: 'credit_card' }],
    snapshots: [{ caseId: 'A', date: '2026-10-15', bucket: 'M2', dpd: 40, overdueFen: 1_000_000, principalFen: 900_000 }],
    activities: [
      // 23:59 on 31 October in Shanghai: October's, not November's.
      { id: 'a0', caseId: 'A', userId: 'u1', outcome: 'right_party_contact', at: '2026-10-31T15:59:00Z', overridden: false },
      // 00:00 on 1 November in Shanghai, though UTC still says 31 October.
      { id: 'a1', caseId: 'A', userId: 'u1', outcome: 'right_party_contact', at: '2026-10-31T16:00:00Z', overridden: false },
      { id: 'a2', caseId: 'A', userId: 'u1', outcome: 'no_answer', at: '2026-11-30T15:59:59+00:00', overridden: false },
      // 00:30 on 1 December in Shanghai.
      { id: 'a3', caseId: 'A', userId: 'u1', outcome: 'no_answer', at: '2026-11-30T16:30:00Z', overridden: false },
    ],
    promises: [
      // Due on the month's last day: its grace runs into December, so at the month's end it is not yet judged.
      { id: 'pr1', caseId: 'A', amountFen: 50_000, dueDate: '2026-11-30', createdAt: '2026-11-20T02:00:00Z' },
      // Due and broken within the month.
      { id: 'pr2', caseId: 'A', amountFen: 70_000, dueDate: '2026-11-05', createdAt: '2026-11-01T02:00:00Z' },
    ],
    payments: [pay('p0', 11_111, '2026-10-31'), pay('p1', 20_000, '2026-11-01'), pay('p2', 30_000, '2026-11-30'), pay('p3', 44_444, '2026-12-01')],
    disputes: [],
    letters: [],
  };
  const period = reportPeriod('2026-11', '2026-12-01');
  const report = monthlyReport(input, { month: '2026-11', asOf: period.asOf, timeZone: period.timeZone, graceDays: 3, calendar: CN_MAINLAND_CALENDAR, targets: [], names: { u1: '王芳' } });
  const line = report.branches[0]!.collectors[0]!;

  it('covers November as of its last day', () => {
    expect([report.from, report.to, report.asOf]).toEqual(['2026-11-01', '2026-11-30', '2026-11-30']);
  });

  it('counts money paid on its first and last days, not the day before or after', () => {
    expect(line.recoveredFen).toBe(50_000);
    expect(report.branches[0]!.days.map((d) => d.recoveredFen).reduce((s, f) => s + f, 0)).toBe(50_000);
    expect(report.branches[0]!.days.at(-1)).toMatchObject({ date: '2026-11-30', cumulativeFen: 50_000 });
  });

  it('counts the contacts made between 00:00 on the 1st and 24:00 on the 30th in Shanghai', () => {
    // a1 and a2: 2 attempts, 1 right-party contact; a0 and a3 belong to October and December.
    expect(line.contactsPerCase).toEqual({ num: 2, den: 1 });
    expect(line.rightPartyRate).toEqual({ num: 1, den: 2 });
  });

  it('judges the promises whose grace ended by the month’s end, not the one due on its last day', () => {
    expect(line.promisesKept).toEqual({ num: 0, den: 1 });
  });
});
