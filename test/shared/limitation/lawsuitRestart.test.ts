import { describe, expect, it } from 'vitest';
import { lawsuitEvents } from '../../../shared/legal/checklist';
import { limitationFor, type LimitationEvent, type LimitationResult } from '../../../shared/limitation';
import type { LegalStep, LegalStepRecord } from '../../../shared/records/legalStep';
import { account, B, borrowerOnly, ev, makeCase } from './fixture';

// Civil Code art. 195: a suit interrupts limitation; the full period is counted again from the day the
// proceedings end (a withdrawal or dismissal; after a judgment the enforcement period governs instead).
const one = (events: LimitationEvent[], today: string, due = '2023-03-15'): LimitationResult => limitationFor(makeCase([account('a1', due)], borrowerOnly()), events, today)[0]!;
const ended = (date: string): LimitationEvent => ({ kind: 'lawsuit_ended', date, partyId: B, evidence: '（2026）沪0115民初1号' });

describe('limitation: a suit interrupts, its end restarts the full period', () => {
  it.each<[string, LimitationEvent[], string, LimitationResult['status'], string | null, number | null]>([
    // what happened, events, today → status, expiry, days left
    ['filed on the last day: in time, suspended', [ev('lawsuit', '2026-03-15', B)], '2026-06-01', 'suspended_by_lawsuit', null, null],
    ['filed the day after the last day: too late', [ev('lawsuit', '2026-03-16', B)], '2026-06-01', 'expired', '2026-03-15', -78],
    ['withdrawn: three years from the withdrawal', [ev('lawsuit', '2026-01-05', B), ended('2026-05-20')], '2026-06-01', 'running', '2029-05-20', 1084],
    ['withdrawn, today the new last day', [ev('lawsuit', '2026-01-05', B), ended('2026-05-20')], '2029-05-20', 'running', '2029-05-20', 0],
    ['withdrawn, today the day after the new last day', [ev('lawsuit', '2026-01-05', B), ended('2026-05-20')], '2029-05-21', 'expired', '2029-05-20', -1],
    ['ended on a leap day: the month’s last day three years on', [ev('lawsuit', '2026-01-05', B), ended('2028-02-29')], '2028-03-01', 'running', '2031-02-28', 1094],
    ['the end recorded for a later day: still suspended today', [ev('lawsuit', '2026-01-05', B), ended('2026-07-01')], '2026-06-01', 'suspended_by_lawsuit', null, null],
    ['an end with no suit before it does nothing', [ended('2025-05-20')], '2025-06-01', 'running', '2026-03-15', 287],
  ])('%s', (_what, events, today, status, expiry, daysLeft) => {
    expect(one(events, today)).toMatchObject({ status, expiry, daysLeft });
  });

  it('shows the restart in the history with its article, and the end as the last interruption', () => {
    const r = one([ev('lawsuit', '2026-01-05', B), ended('2026-05-20')], '2026-06-01');
    expect(r.lastInterruption).toEqual({ kind: 'lawsuit_ended', date: '2026-05-20' });
    expect(r.history.map((h) => [h.kind, h.effect, h.expiryAfter])).toEqual([
      ['start', 'started', '2026-03-15'],
      ['lawsuit', 'suspended', null],
      ['lawsuit_ended', 'restarted', '2029-05-20'],
    ]);
    expect(r.history[2]!.rules).toEqual(['civil-code-195']);
  });

  it('a restart past the 20-year cap stops at the cap', () => {
    // promises keep the period alive for 18 years, then a suit, then its withdrawal
    const kept = ['2026-01-01', '2028-12-01', '2031-11-01', '2034-10-01', '2037-09-01', '2040-06-01'].map((d) => ev('promise', d, B));
    const r = one([...kept, ev('lawsuit', '2041-01-01', B), ended('2042-01-01')], '2042-02-01', '2023-03-15');
    expect(r).toMatchObject({ status: 'running', expiry: '2043-03-15' });
    expect(r.history.at(-1)!.effect).toBe('restarted_capped');
  });
});

describe('lawsuitEvents: the legal case’s steps as limitation events', () => {
  const rec = (id: string, step: LegalStep, legalCaseId = 'lc'): LegalStepRecord => ({ id, caseId: 'case-1', legalCaseId, step, recordedAt: '2026-01-05T01:00:00Z', makerId: 'demo-admin' });
  const filing = rec('lc', {
    kind: 'file', referralId: 'r', proceeding: 'suit', forum: 'court', forumName: '法院', caseNumber: '（2026）沪0115民初1号', filedOn: '2026-01-05',
    parties: [{ partyId: B, role: 'defendant' }], claim: { principalFen: 1, interestFen: 0, penaltyFen: 0, feesFen: 0 }, costs: { courtFeeFen: 0, counselFeeFen: 0 },
  });
  const closure = (outcome: 'withdrawn' | 'paid') => rec('c', { kind: 'closure', on: '2026-05-20', outcome, reason: '原告撤诉' });
  const judgment = rec('j', { kind: 'judgment', effectiveOn: '2026-04-01', performBy: '2026-04-11', instalmentDueDates: [], awarded: { principalFen: 1, interestFen: 0, penaltyFen: 0, feesFen: 0 } });

  it('a closure with no decision before it ends the proceedings: the period restarts from the closure', () => {
    expect(lawsuitEvents([filing, closure('withdrawn')]).map((e) => [e.kind, e.date])).toEqual([['lawsuit', '2026-01-05'], ['lawsuit_ended', '2026-05-20']]);
  });
  it('after a judgment the enforcement period governs: no restart of limitation', () => {
    expect(lawsuitEvents([filing, judgment, closure('paid')]).map((e) => e.kind)).toEqual(['lawsuit']);
  });
  it('a step without its filing on the device gives nothing', () => {
    expect(lawsuitEvents([closure('withdrawn')])).toEqual([]);
  });
});
