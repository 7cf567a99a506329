import { describe, expect, it } from 'vitest';
import { CN_MAINLAND_CALENDAR } from '../../../shared/calendar';
import { deadlineAlerts, guaranteeFor, LIMITATION_MESSAGES, limitationFor, toMyDayDeadlines, type LimitationNote } from '../../../shared/limitation';
import { account, borrowerOnly, makeCase, withGuarantor } from './fixture';

const calendar = CN_MAINLAND_CALENDAR;
const calendarNotes = (notes: readonly LimitationNote[]) => notes.filter((n) => n.key === 'limitation.note.lastDayNotWorking' || n.key === 'limitation.note.calendarNotCovered');
const limitation = (due: string, today: string, withCalendar = true) =>
  limitationFor(makeCase([account('a1', due)], borrowerOnly()), [], today, withCalendar ? { calendar } : {})[0]!;

describe('the calendar on a period’s last day (the period itself is not moved)', () => {
  it.each([
    // Due 2023-10-01: last day 2026-10-01, National Day; act by Wednesday 2026-09-30.
    ['2023-10-01', '2026-06-01', '2026-10-01', [{ key: 'limitation.note.lastDayNotWorking', params: { expiry: '2026-10-01', actBy: '2026-09-30' } }]],
    // Last day Saturday 2026-02-21 inside 春节; the make-up Saturday 2026-02-14 is the last working day.
    ['2023-02-21', '2026-01-05', '2026-02-21', [{ key: 'limitation.note.lastDayNotWorking', params: { expiry: '2026-02-21', actBy: '2026-02-14' } }]],
    // Last day the make-up working Saturday 2026-10-10: nothing to say.
    ['2023-10-10', '2026-06-01', '2026-10-10', []],
    // An ordinary Thursday.
    ['2023-12-03', '2026-06-01', '2026-12-03', []],
    // Last day in 2027, which the calendar does not cover: said, not guessed.
    ['2024-05-20', '2026-06-01', '2027-05-20', [{ key: 'limitation.note.calendarNotCovered', params: { date: '2027-05-20', years: '2027', calendar: 'cn-mainland', version: calendar.version } }]],
    // 元旦 2025 is known; the working day before it is in 2024, which is not.
    [
      '2022-01-01',
      '2024-12-01',
      '2025-01-01',
      [
        { key: 'limitation.note.lastDayNotWorking', params: { expiry: '2025-01-01', actBy: '2024-12-31' } },
        { key: 'limitation.note.calendarNotCovered', params: { date: '2025-01-01', years: '2024', calendar: 'cn-mainland', version: calendar.version } },
      ],
    ],
  ])('due %s, on %s: last day %s', (due, today, expiry, notes) => {
    const r = limitation(due, today);
    expect(r.expiry).toBe(expiry);
    expect(calendarNotes(r.notes)).toEqual(notes);
    // Without a calendar the result is as before: same expiry, no calendar note.
    const plain = limitation(due, today, false);
    expect(plain.expiry).toBe(expiry);
    expect(calendarNotes(plain.notes)).toEqual([]);
  });

  it('says nothing about a period that has already ended', () => {
    expect(calendarNotes(limitation('2023-10-01', '2026-10-02').notes)).toEqual([]);
  });

  it('notes a guarantee period ending on a holiday', () => {
    // Main debt due 2026-04-04, six months: the guarantee period ends on 2026-10-04, in Golden Week.
    const [g] = guaranteeFor(makeCase([account('a1', '2026-04-04')], withGuarantor('joint')), [], '2026-08-01', { calendar });
    expect(g!.expiry).toBe('2026-10-04');
    expect(calendarNotes(g!.notes)).toEqual([{ key: 'limitation.note.lastDayNotWorking', params: { expiry: '2026-10-04', actBy: '2026-09-30' } }]);
  });

  it('carries what the calendar says into the alerts and My day', () => {
    const holiday = limitation('2023-10-01', '2026-08-01');
    const uncovered = { ...limitation('2024-05-20', '2027-03-01'), caseId: 'case-2' };
    const alerts = deadlineAlerts([holiday, uncovered], '2026-08-01', [90, 30, 7, 365]);
    expect(toMyDayDeadlines(alerts)).toEqual([
      { caseId: 'case-1', kind: 'limitation', date: '2026-10-01', actBy: '2026-09-30' },
      { caseId: 'case-2', kind: 'limitation', date: '2027-05-20', uncoveredYears: '2027' },
    ]);
    // Without a calendar, alerts are as before.
    expect(toMyDayDeadlines(deadlineAlerts([limitation('2023-10-01', '2026-08-01', false)], '2026-08-01'))).toEqual([{ caseId: 'case-1', kind: 'limitation', date: '2026-10-01' }]);
  });

  it('has messages in both languages', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      expect(LIMITATION_MESSAGES[lang].limitation.note.lastDayNotWorking).toContain('{{actBy}}');
      expect(LIMITATION_MESSAGES[lang].limitation.note.calendarNotCovered).toContain('{{years}}');
    }
  });
});
