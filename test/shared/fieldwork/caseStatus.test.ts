import { describe, expect, it } from 'vitest';
import { CASE_STATUSES, type CaseStatus } from '../../../shared/domain/case';
import { statusAfterOutcome, transitionCase, TRANSITIONS } from '../../../shared/fieldwork/caseStatus';
import { OUTCOME_CODES, type OutcomeCode } from '../../../shared/fieldwork/outcomes';

// Written out independently of TRANSITIONS, so a slip in the table fails here.
const ALLOWED = new Set([
  'new>contacting', 'new>promised', 'new>on_plan', 'new>legal', 'new>on_hold', 'new>settled',
  'contacting>promised', 'contacting>on_plan', 'contacting>legal', 'contacting>on_hold', 'contacting>settled',
  'promised>contacting', 'promised>on_plan', 'promised>settled', 'promised>on_hold', 'promised>legal',
  'on_plan>contacting', 'on_plan>settled', 'on_plan>on_hold', 'on_plan>legal',
  'on_hold>contacting', 'on_hold>legal', 'on_hold>closed',
  'legal>settled', 'legal>closed', 'legal>on_hold',
  'settled>closed',
]);

describe('transitionCase', () => {
  const pairs = CASE_STATUSES.flatMap((from) => CASE_STATUSES.map((to) => [from, to] as [CaseStatus, CaseStatus]));

  it.each(pairs)('%s → %s', (from, to) => {
    const result = transitionCase(from, to, to === 'on_hold' ? { holdReason: 'dispute' } : {});
    if (ALLOWED.has(`${from}>${to}`)) {
      expect(result).toEqual({ ok: true, to, holdReason: to === 'on_hold' ? 'dispute' : null });
    } else {
      expect(result).toEqual({ ok: false, code: 'invalid_transition', from, to, allowed: [...TRANSITIONS[from]] });
    }
  });

  it('the table has exactly the allowed moves', () => {
    const table = Object.entries(TRANSITIONS).flatMap(([from, tos]) => tos.map((to) => `${from}>${to}`));
    expect(new Set(table)).toEqual(ALLOWED);
    expect(table.length).toBe(ALLOWED.size);
  });

  it('closed is final', () => {
    expect(transitionCase('closed', 'contacting')).toEqual({ ok: false, code: 'invalid_transition', from: 'closed', to: 'contacting', allowed: [] });
  });

  it.each<[string, CaseStatus, CaseStatus, { holdReason?: 'dispute' | null }, string]>([
    ['a hold without a reason', 'contacting', 'on_hold', {}, 'hold_reason_required'],
    ['a hold with a null reason', 'contacting', 'on_hold', { holdReason: null }, 'hold_reason_required'],
    ['a reason on a move that is not a hold', 'contacting', 'promised', { holdReason: 'dispute' }, 'hold_reason_not_allowed'],
  ])('refuses %s', (_name, from, to, options, code) => {
    expect(transitionCase(from, to, options)).toEqual({ ok: false, code, from, to });
  });

  it('an invalid move is reported before a missing reason', () => {
    expect(transitionCase('settled', 'on_hold')).toMatchObject({ ok: false, code: 'invalid_transition' });
  });
});

describe('statusAfterOutcome', () => {
  it.each<[CaseStatus, OutcomeCode, ReturnType<typeof statusAfterOutcome>]>([
    ['new', 'promise', { to: 'promised', holdReason: null }],
    ['contacting', 'promise', { to: 'promised', holdReason: null }],
    ['promised', 'promise', null],
    ['on_plan', 'promise', null],
    ['legal', 'promise', null],
    ['new', 'dispute', { to: 'on_hold', holdReason: 'dispute' }],
    ['promised', 'dispute', { to: 'on_hold', holdReason: 'dispute' }],
    ['legal', 'dispute', { to: 'on_hold', holdReason: 'dispute' }],
    ['on_hold', 'dispute', null],
    ['contacting', 'hardship', { to: 'on_hold', holdReason: 'hardship' }],
    ['new', 'no_answer', { to: 'contacting', holdReason: null }],
    ['new', 'right_party_contact', { to: 'contacting', holdReason: null }],
    ['new', 'refusal', { to: 'contacting', holdReason: null }],
    ['contacting', 'no_answer', null],
    ['contacting', 'refusal', null],
    ['promised', 'no_answer', null],
    ['settled', 'dispute', null],
    ['closed', 'promise', null],
  ])('%s + %s', (current, outcome, expected) => {
    expect(statusAfterOutcome(current, outcome)).toEqual(expected);
  });

  it('every target it proposes is an allowed transition', () => {
    for (const current of CASE_STATUSES) {
      for (const outcome of OUTCOME_CODES) {
        const target = statusAfterOutcome(current, outcome);
        if (target) expect(transitionCase(current, target.to, { holdReason: target.holdReason })).toMatchObject({ ok: true });
      }
    }
  });
});
