import { describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/calendar';
import { buildMyDay } from '../../../shared/fieldwork/myDay';
import {
  deadlineAlerts,
  guaranteeFor,
  guarantorLetterAllowed,
  limitationFor,
  toMyDayDeadlines,
  type DeadlineAlert,
  type GuaranteeResult,
  type GuarantorLetterCode,
} from '../../../shared/limitation';
import type { Party } from '../../../shared/domain/case';
import { account, allParties, B, borrowerOnly, ev, makeCase, withGuarantor } from './fixture';

// Borrower limitation: due 2023-03-15 → expiry 2026-03-15.
const EXPIRY = '2026-03-15';
const limitation = (today: string) => limitationFor(makeCase([account('a1', '2023-03-15')], borrowerOnly()), [], today);

describe('deadlineAlerts', () => {
  it.each<[number, number | null]>([
    [91, null],
    [90, 90],
    [31, 90],
    [30, 30],
    [8, 30],
    [7, 7],
    [1, 7],
    [0, 7],
    [-1, null],
  ])('%i days before the last day → threshold %s', (daysLeft, threshold) => {
    const today = addDays(EXPIRY, -daysLeft);
    const alerts = deadlineAlerts(limitation(today), today);
    if (threshold === null) expect(alerts).toEqual([]);
    else expect(alerts).toEqual([{ caseId: 'case-1', partyId: B, accountId: 'a1', kind: 'limitation', date: EXPIRY, daysLeft, threshold }]);
  });

  it('counts from the given today, not from the day the results were computed', () => {
    const computed = limitation('2025-01-01');
    expect(deadlineAlerts(computed, '2025-01-01')).toEqual([]);
    expect(deadlineAlerts(computed, '2026-03-08')).toMatchObject([{ daysLeft: 7, threshold: 7 }]);
    expect(deadlineAlerts(computed, '2026-03-16')).toEqual([]);
  });

  it('custom thresholds, in any order', () => {
    const today = addDays(EXPIRY, -20);
    expect(deadlineAlerts(limitation(today), today, [14, 60])).toMatchObject([{ daysLeft: 20, threshold: 60 }]);
    expect(deadlineAlerts(limitation(today), today, [14])).toEqual([]);
    expect(() => deadlineAlerts([], today, [])).toThrow(RangeError);
    expect(() => deadlineAlerts([], today, [7.5])).toThrow(RangeError);
  });

  it('guarantee alerts for running guarantees; expired, suspended, lapsed and general-preserved give none', () => {
    const kase = makeCase([account('a1', '2026-01-31')], allParties());
    const today = '2026-07-01';
    const results = [...limitationFor(kase, [], today), ...guaranteeFor(kase, [ev('lawsuit', '2026-06-01', 'C')], today)];
    // the lawsuit suspends both debtors' limitation and preserves GG and GU (general); GJ (joint) is still running
    expect(deadlineAlerts(results, today)).toEqual([{ caseId: 'case-1', partyId: 'GJ', accountId: 'a1', kind: 'guarantee', date: '2026-07-31', daysLeft: 30, threshold: 30 }]);
  });

  it("a waived borrower's new period alerts; a preserved joint guarantee alerts on the guarantor's own limitation", () => {
    const kase = makeCase([account('a1', '2023-03-15')], [...borrowerOnly(), ...withGuarantor('joint').slice(1)]);
    const events = [ev('acknowledgement_after_expiry', '2026-06-01'), ev('demand_delivered', '2023-05-10', 'G')];
    const today = '2029-05-01';
    const results = [...limitationFor(kase, events, today), ...guaranteeFor(kase, events, today)];
    // the guarantor's own limitation expired on 2026-05-10: no alert for it
    expect(deadlineAlerts(results, today)).toEqual<DeadlineAlert[]>([
      { caseId: 'case-1', partyId: B, accountId: 'a1', kind: 'limitation', date: '2029-06-01', daysLeft: 31, threshold: 90 },
    ]);
    const earlier = '2026-04-10';
    const results2 = [...limitationFor(kase, events, earlier), ...guaranteeFor(kase, events, earlier)];
    expect(deadlineAlerts(results2, earlier)).toEqual([{ caseId: 'case-1', partyId: 'G', accountId: 'a1', kind: 'limitation', date: '2026-05-10', daysLeft: 30, threshold: 30 }]);
  });

  it('sorted by date, then case and party', () => {
    const kase = makeCase([account('a1', '2023-03-15'), account('a2', '2023-02-01')], allParties());
    const alerts = deadlineAlerts(limitationFor(kase, [], '2026-01-20'), '2026-01-20');
    expect(alerts.map((a) => [a.date, a.partyId, a.accountId, a.threshold])).toEqual([
      ['2026-02-01', 'B', 'a2', 30],
      ['2026-02-01', 'C', 'a2', 30],
      ['2026-03-15', 'B', 'a1', 90],
      ['2026-03-15', 'C', 'a1', 90],
    ]);
  });
});

describe('toMyDayDeadlines', () => {
  it('one deadline per case, kind and date, and My day takes them', () => {
    const kase = makeCase([account('a1', '2023-03-15')], allParties());
    const today = '2026-03-01';
    const alerts = deadlineAlerts(limitationFor(kase, [], today), today);
    expect(alerts).toHaveLength(2); // borrower and co-borrower share the date
    const deadlines = toMyDayDeadlines(alerts);
    expect(deadlines).toEqual([{ caseId: 'case-1', kind: 'limitation', date: '2026-03-15' }]);
    const day = buildMyDay({
      cases: [{ id: 'case-1', caseNumber: 'CS-000001', borrowerName: '当事人B', totalFen: 1_000_000, dpd: 90, risk: 'medium', status: 'contacting', createdAt: '2022-11-01T09:00:00+08:00' }],
      deadlines,
      today,
      now: '2026-03-01T08:00:00+08:00',
    });
    expect(day).toHaveLength(1);
    expect(day[0]!.reasons).toEqual([{ kind: 'limitation_expiring', key: 'fieldwork.myDay.limitationExpiring', params: { date: '2026-03-15', days: 14 } }]);
  });
});

describe('guarantorLetterAllowed', () => {
  const g = (type: Party['guaranteeType'], events = [ev('promise', '2026-02-01')], computedOn = '2026-02-01', maturity: string | null = '2026-01-31'): GuaranteeResult =>
    guaranteeFor(makeCase([account('a1', maturity)], withGuarantor(type)), events, computedOn)[0]!;

  it.each<[string, Party['guaranteeType'], string, boolean, GuarantorLetterCode, number | null, string | null]>([
    ['joint, 31 days left', 'joint', '2026-06-30', true, 'ok', 31, '2026-07-31'],
    ['joint, 30 days left: warn', 'joint', '2026-07-01', true, 'close_to_lapse', 30, '2026-07-31'],
    ['joint, last day: warn', 'joint', '2026-07-31', true, 'close_to_lapse', 0, '2026-07-31'],
    ['joint, a day after: lapsed', 'joint', '2026-08-01', false, 'lapsed', -1, null],
    ['general, running without lawsuit', 'general', '2026-03-01', false, 'general_without_lawsuit', 152, null],
    ['unclear type counts as general', null, '2026-03-01', false, 'general_without_lawsuit', 152, null],
    ['general, after lapse', 'general', '2026-08-01', false, 'lapsed', -1, null],
  ])('%s', (_name, type, today, allowed, code, daysLeft, deliverBy) => {
    expect(guarantorLetterAllowed(g(type), today)).toEqual({ allowed, code, daysLeft, deliverBy, key: `limitation.letter.${code}` });
  });

  it('a result computed as lapsed stays refused', () => {
    expect(guarantorLetterAllowed(g('joint', [], '2026-09-01'), '2026-09-01')).toMatchObject({ allowed: false, code: 'lapsed' });
  });

  it('preserved guarantees are ok, also after the period', () => {
    expect(guarantorLetterAllowed(g('joint', [ev('demand_delivered', '2026-03-01', 'G')], '2026-04-01'), '2026-09-01')).toMatchObject({ allowed: true, code: 'ok', daysLeft: -32 });
    expect(guarantorLetterAllowed(g('general', [ev('lawsuit', '2026-03-01', B)], '2026-04-01'), '2026-09-01')).toMatchObject({ allowed: true, code: 'ok' });
  });

  it('the warning window is configurable', () => {
    expect(guarantorLetterAllowed(g('joint'), '2026-06-30', 45).code).toBe('close_to_lapse');
  });

  it('no due date: a joint guarantee warns, a general one is refused', () => {
    expect(guarantorLetterAllowed(g('joint', [], '2026-02-01', null), '2026-02-01')).toEqual({ allowed: true, code: 'unknown_period', daysLeft: null, deliverBy: null, key: 'limitation.letter.unknown_period' });
    expect(guarantorLetterAllowed(g('general', [], '2026-02-01', null), '2026-02-01').code).toBe('general_without_lawsuit');
  });
});
