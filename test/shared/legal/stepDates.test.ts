import { describe, expect, it } from 'vitest';
import { checkStepDate, stepDateOf } from '../../../shared/legal/stepDates';
import type { LegalStep } from '../../../shared/records/legalStep';

const zero = { principalFen: 0, interestFen: 0, penaltyFen: 0, feesFen: 0 };
const file = (filedOn: string): LegalStep => ({
  kind: 'file', referralId: 'r1', proceeding: 'suit', forum: 'court', forumName: '某区人民法院', caseNumber: '(2026)沪0101民初1号', filedOn,
  parties: [{ partyId: 'p1', role: 'defendant' }], claim: { ...zero, principalFen: 100_00 }, costs: { courtFeeFen: 0, counselFeeFen: 0 },
});
const hearing = (on: string): LegalStep => ({ kind: 'hearing', on, time: '09:30', place: '第三法庭', attendeeIds: [] });
const judgment = (effectiveOn: string, performBy: string | null = null): LegalStep => ({ kind: 'judgment', effectiveOn, performBy, instalmentDueDates: [], awarded: zero });
const mediation = (effectiveOn: string): LegalStep => ({ kind: 'mediation', effectiveOn, performBy: null, instalmentDueDates: [], amountFen: 50_00 });
const apply = (appliedOn: string): LegalStep => ({ kind: 'enforcement_application', appliedOn, enforcementCaseNumber: '(2026)沪0101执1号' });
const recovery = (receivedOn: string): LegalStep => ({ kind: 'enforcement_recovery', receivedOn, amountFen: 10_00 });
const ended = (on: string): LegalStep => ({ kind: 'enforcement_ended', on, reason: '无可供执行财产' });
const closure = (on: string): LegalStep => ({ kind: 'closure', on, outcome: 'withdrawn', reason: '撤诉' });

describe('the date each step carries', () => {
  it.each([
    [file('2026-03-01'), '2026-03-01'],
    [hearing('2026-04-02'), '2026-04-02'],
    [judgment('2026-05-03'), '2026-05-03'],
    [mediation('2026-05-04'), '2026-05-04'],
    [apply('2026-06-05'), '2026-06-05'],
    [recovery('2026-07-06'), '2026-07-06'],
    [ended('2026-08-07'), '2026-08-07'],
    [closure('2026-09-08'), '2026-09-08'],
  ])('%o is on %s', (step, date) => expect(stepDateOf(step)).toBe(date));
});

describe('a step is not dated before what it follows', () => {
  const filed = [file('2026-03-10')];
  const judged = [...filed, hearing('2026-04-20'), judgment('2026-05-15')];
  const enforcing = [...judged, apply('2026-06-01')];

  // [what is recorded so far, the new step, the step it would precede and that step's date, or null when allowed]
  const TABLE: [string, LegalStep[], LegalStep, [string, string] | null][] = [
    ['a filing has nothing before it', [], file('2020-01-01'), null],
    ['hearing the day of filing', filed, hearing('2026-03-10'), null],
    ['hearing the day before filing', filed, hearing('2026-03-09'), ['file', '2026-03-10']],
    ['judgment effective a year before filing (a typo in the year)', filed, judgment('2025-05-15'), ['file', '2026-03-10']],
    ['judgment effective after filing', filed, judgment('2026-03-11'), null],
    ['mediation before the scheduled hearing (settled first)', [...filed, hearing('2026-06-01')], mediation('2026-04-01'), null],
    ['mediation before filing', filed, mediation('2026-03-01'), ['file', '2026-03-10']],
    ['enforcement applied for the day the judgment is effective', judged, apply('2026-05-15'), null],
    ['enforcement applied for before the judgment is effective', judged, apply('2026-05-14'), ['judgment', '2026-05-15']],
    ['recovery through enforcement the day it was applied for', enforcing, recovery('2026-06-01'), null],
    ['recovery before the application', enforcing, recovery('2026-05-31'), ['enforcement_application', '2026-06-01']],
    ['enforcement ended before the application', enforcing, ended('2026-05-20'), ['enforcement_application', '2026-06-01']],
    ['applied again (恢复执行) after it ended', [...enforcing, ended('2026-08-01')], apply('2026-09-01'), null],
    ['applied again before it ended', [...enforcing, ended('2026-08-01')], apply('2026-07-01'), ['enforcement_ended', '2026-08-01']],
    ['recovery after a second application is judged against the second', [...enforcing, ended('2026-08-01'), apply('2026-09-01')], recovery('2026-08-15'), ['enforcement_application', '2026-09-01']],
    ['closure after the last recovery', [...enforcing, recovery('2026-07-01')], closure('2026-07-02'), null],
    ['closure before the last recovery', [...enforcing, recovery('2026-07-01')], closure('2026-06-30'), ['enforcement_recovery', '2026-07-01']],
    ['withdrawn before a hearing that was set (the hearing never took place)', [...filed, hearing('2026-05-01')], closure('2026-04-01'), null],
    ['closure before filing', filed, closure('2026-03-01'), ['file', '2026-03-10']],
  ];
  it.each(TABLE)('%s', (_, prior, step, refusal) => {
    const got = checkStepDate(prior, step);
    if (refusal === null) expect(got).toBeNull();
    else expect(got).toEqual({ code: 'legal.refused.date', kind: step.kind, date: stepDateOf(step), after: refusal[0], earliest: refusal[1] });
  });

  it('a last day of performance before the judgment is effective is refused', () => {
    expect(checkStepDate([file('2026-03-10')], judgment('2026-05-15', '2026-05-14'))).toEqual({
      code: 'legal.refused.date', kind: 'judgment', date: '2026-05-14', after: 'effectiveOn', earliest: '2026-05-15',
    });
    expect(checkStepDate([file('2026-03-10')], judgment('2026-05-15', '2026-05-15'))).toBeNull();
  });
});
