import { describe, expect, it } from 'vitest';
import {
  LEGAL_CASE_STATUSES,
  LEGAL_STEP_KINDS,
  isSuitOpen,
  legalCaseStatusOf,
  moveLegalCase,
  moveReferral,
  REFERRAL_MOVES,
  REFERRAL_STATUSES,
  type LegalCaseStatus,
  type LegalStepKind,
  type ReferralMove,
  type ReferralStatus,
} from '../../../shared/legal/status';

describe('referral (诉讼申请)', () => {
  const ALLOWED: [ReferralStatus, ReferralMove, ReferralStatus][] = [
    ['proposed', 'approve', 'approved'],
    ['proposed', 'reject', 'rejected'],
    ['approved', 'accept', 'accepted'],
    ['approved', 'return', 'returned'],
  ];
  it.each(ALLOWED)('%s --%s--> %s', (from, move, to) => {
    expect(moveReferral(from, move)).toEqual({ ok: true, to });
  });

  it('refuses every other move, naming where it stood', () => {
    for (const from of REFERRAL_STATUSES) {
      for (const move of REFERRAL_MOVES) {
        if (ALLOWED.some(([f, m]) => f === from && m === move)) continue;
        expect(moveReferral(from, move)).toEqual({ ok: false, code: 'legal.refused.transition', from, move });
      }
    }
  });

  it('head office cannot accept what the supervisor has not approved', () => {
    expect(moveReferral('proposed', 'accept').ok).toBe(false);
    expect(moveReferral('rejected', 'accept').ok).toBe(false);
  });
});

describe('legal case (诉讼案件)', () => {
  const ALLOWED: [LegalCaseStatus | 'none', LegalStepKind, LegalCaseStatus][] = [
    ['none', 'file', 'filed'],
    ['filed', 'hearing', 'in_trial'],
    ['in_trial', 'hearing', 'in_trial'],
    ['filed', 'mediation', 'adjudicated'],
    ['in_trial', 'judgment', 'adjudicated'],
    ['filed', 'judgment', 'adjudicated'],
    ['in_trial', 'mediation', 'adjudicated'],
    ['adjudicated', 'enforcement_application', 'enforcing'],
    ['enforcement_ended', 'enforcement_application', 'enforcing'],
    ['enforcing', 'enforcement_recovery', 'enforcing'],
    ['enforcing', 'enforcement_ended', 'enforcement_ended'],
    ['filed', 'closure', 'closed'],
    ['in_trial', 'closure', 'closed'],
    ['adjudicated', 'closure', 'closed'],
    ['enforcing', 'closure', 'closed'],
    ['enforcement_ended', 'closure', 'closed'],
  ];
  it.each(ALLOWED)('%s --%s--> %s', (from, step, to) => {
    expect(moveLegalCase(from, step)).toEqual({ ok: true, to });
  });

  it('refuses every other step', () => {
    let refused = 0;
    for (const from of ['none', ...LEGAL_CASE_STATUSES] as const) {
      for (const step of LEGAL_STEP_KINDS) {
        if (ALLOWED.some(([f, s]) => f === from && s === step)) continue;
        expect(moveLegalCase(from, step)).toMatchObject({ ok: false, from, move: step });
        refused += 1;
      }
    }
    expect(refused).toBe(7 * 8 - ALLOWED.length);
  });

  it('a judgment before filing, a second filing, enforcement before judgment and anything after closure are refused', () => {
    expect(moveLegalCase('none', 'judgment').ok).toBe(false);
    expect(moveLegalCase('filed', 'file').ok).toBe(false);
    expect(moveLegalCase('in_trial', 'enforcement_application').ok).toBe(false);
    expect(moveLegalCase('closed', 'enforcement_recovery').ok).toBe(false);
  });

  it('replays steps and names the first refused one', () => {
    const kinds: LegalStepKind[] = ['file', 'hearing', 'judgment', 'enforcement_application', 'enforcement_recovery', 'enforcement_ended'];
    expect(legalCaseStatusOf(kinds.map((kind) => ({ kind })))).toEqual({ status: 'enforcement_ended', refused: null });
    expect(legalCaseStatusOf([{ kind: 'file' }, { kind: 'enforcement_recovery' }, { kind: 'hearing' }])).toEqual({ status: 'filed', refused: 1 });
  });

  it('a suit is open from filing to closure', () => {
    expect(isSuitOpen('none')).toBe(false);
    expect(LEGAL_CASE_STATUSES.filter(isSuitOpen)).toEqual(['filed', 'in_trial', 'adjudicated', 'enforcing', 'enforcement_ended']);
  });
});
