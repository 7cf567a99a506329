import { describe, expect, it } from 'vitest';
import { CN_MAINLAND_CALENDAR, WEEKENDS_ONLY_CALENDAR, addDays } from '../../../shared/calendar';
import { enforcementAlert, enforcementPeriod, type EnforcementPeriod, type PerformanceTerms } from '../../../shared/legal/enforcement';

const terms = (performBy: string | null, effectiveOn = '2024-01-10', instalmentDueDates?: string[]): PerformanceTerms => ({
  effectiveOn,
  performBy,
  ...(instalmentDueDates ? { instalmentDueDates } : {}),
});

describe('enforcementPeriod: two years from the last day of performance (民事诉讼法 2023 年修正 第二百五十条)', () => {
  it.each<[string, string | null, string[] | undefined, string, string, string]>([
    // from, performBy, instalments → basis, start, expiry
    ['ordinary day', '2024-03-15', undefined, 'perform_by', '2024-03-16', '2026-03-15'],
    ['month end (31st) with a 31st two years on', '2024-01-31', undefined, 'perform_by', '2024-02-01', '2026-01-31'],
    ['leap day → 28 February (no corresponding day, Civil Code art. 202)', '2024-02-29', undefined, 'perform_by', '2024-03-01', '2026-02-28'],
    ['28 February of a year before a leap year', '2026-02-28', undefined, 'perform_by', '2026-03-01', '2028-02-28'],
    ['year end', '2024-12-31', undefined, 'perform_by', '2025-01-01', '2026-12-31'],
    ['no period set: from the effective date', null, undefined, 'effective_date', '2024-01-11', '2026-01-10'],
    ['instalments: from the last one, whatever the order given', '2024-06-30', ['2024-09-30', '2025-03-31', '2024-12-31'], 'last_instalment', '2025-04-01', '2027-03-31'],
  ])('%s', (_name, performBy, instalments, basis, start, expiry) => {
    const p = enforcementPeriod({ terms: terms(performBy, '2024-01-10', instalments), today: '2024-06-01' });
    expect({ basis: p.basis, start: p.start, expiry: p.expiry }).toEqual({ basis, start, expiry });
  });

  it.each<[string, EnforcementPeriod['status']]>([
    ['2026-03-14', 'running'],
    ['2026-03-15', 'running'],
    ['2026-03-16', 'expired'],
  ])('on %s the period (last day 2026-03-15) is %s', (today, status) => {
    expect(enforcementPeriod({ terms: terms('2024-03-15'), today }).status).toBe(status);
  });

  it('an application on the last day is in time; one a day late is not', () => {
    expect(enforcementPeriod({ terms: terms('2024-03-15'), appliedOn: '2026-03-15', today: '2026-04-01' }).status).toBe('applied');
    expect(enforcementPeriod({ terms: terms('2024-03-15'), appliedOn: '2026-03-16', today: '2026-04-01' }).status).toBe('expired');
  });

  it('a part payment within the period restarts it; one after it has run out revives nothing', () => {
    const within = enforcementPeriod({ terms: terms('2024-03-15'), interruptions: ['2025-08-31'], today: '2025-09-01' });
    expect(within).toMatchObject({ restartedOn: '2025-08-31', start: '2025-09-01', expiry: '2027-08-31' });
    const late = enforcementPeriod({ terms: terms('2024-03-15'), interruptions: ['2026-03-16'], today: '2026-04-01' });
    expect(late).toMatchObject({ restartedOn: null, expiry: '2026-03-15', status: 'expired' });
  });

  it('a restart dated in the future (a clock ahead) is not counted yet', () => {
    expect(enforcementPeriod({ terms: terms('2024-03-15'), interruptions: ['2025-01-01'], today: '2024-12-31' }).restartedOn).toBeNull();
  });

  describe('holidays: the last day is not moved (art. 203 not applied); the last working day before is given', () => {
    it('a last day in the 2026 National Day holiday → act by the last working day before it', () => {
      const p = enforcementPeriod({ terms: terms('2024-10-03'), today: '2026-09-01', calendar: CN_MAINLAND_CALENDAR });
      expect(p.expiry).toBe('2026-10-03');
      expect(p.actBy).toBe('2026-09-30');
      expect(p.uncoveredYears).toBeUndefined();
    });
    it('a last day on a Sunday with a weekends-only calendar → the Friday', () => {
      const p = enforcementPeriod({ terms: terms('2024-03-15'), today: '2026-01-01', calendar: WEEKENDS_ONLY_CALENDAR });
      expect(p.expiry).toBe('2026-03-15');
      expect(p.actBy).toBe('2026-03-13');
    });
    it('a working last day carries no act-by', () => {
      expect(enforcementPeriod({ terms: terms('2024-03-16'), today: '2026-01-01', calendar: CN_MAINLAND_CALENDAR }).actBy).toBeUndefined();
    });
    it('a last day in a year the calendar does not cover is flagged, not guessed', () => {
      const p = enforcementPeriod({ terms: terms('2025-05-06'), today: '2026-01-01', calendar: CN_MAINLAND_CALENDAR });
      expect(p.expiry).toBe('2027-05-06');
      expect(p.uncoveredYears).toBe('2027');
    });
  });

  it('refuses dates that are not calendar days', () => {
    expect(() => enforcementPeriod({ terms: terms('2025-02-29'), today: '2025-03-01' })).toThrow(RangeError);
    expect(() => enforcementPeriod({ terms: terms('2025-02-28'), today: '2025-3-1' })).toThrow(RangeError);
  });
});

describe('enforcementAlert at 90/30/7 days, like limitation', () => {
  const EXPIRY = '2026-03-15';
  it.each<[number, number | null]>([
    [91, null],
    [90, 90],
    [31, 90],
    [30, 30],
    [8, 30],
    [7, 7],
    [0, 7],
    [-1, null],
  ])('%i days before the last day → threshold %s', (daysLeft, threshold) => {
    const today = addDays(EXPIRY, -daysLeft);
    const alert = enforcementAlert('case-1', 'lc-1', enforcementPeriod({ terms: terms('2024-03-15'), today }), today);
    expect(alert).toEqual(threshold === null ? null : { caseId: 'case-1', legalCaseId: 'lc-1', kind: 'enforcement', date: EXPIRY, daysLeft, threshold });
  });

  it('no alert once enforcement is applied for', () => {
    const today = '2026-03-01';
    expect(enforcementAlert('c', 'l', enforcementPeriod({ terms: terms('2024-03-15'), appliedOn: '2026-02-01', today }), today)).toBeNull();
  });
});
