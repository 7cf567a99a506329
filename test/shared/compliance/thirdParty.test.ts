import { describe, expect, it } from 'vitest';
import type { ContactAttempt } from '../../../shared/compliance/contact';
import { checkContact } from '../../../shared/compliance/engine';
import { CN_2026 } from '../../../shared/compliance/packs/cn';
import { UK_FCA } from '../../../shared/compliance/packs/uk';
import { US_REGF } from '../../../shared/compliance/packs/us';
import { debtorReachability } from '../../../shared/compliance/thirdParty';
import type { ContactRole } from '../../../shared/compliance/vocabulary';
import { attempt, expectShowable, request, ruleIds } from './helpers';

const NOW = '2026-11-23T02:00:00Z'; // 10:00 Shanghai
const OTHER_NUMBER = '13900001111';
const to = (role: ContactRole, overrides = {}) =>
  request({ party: { id: `p-${role}`, role }, phoneNumber: '13700002222', ...overrides });

/** Attempts on the borrower an hour apart, in order, from 2026-11-20 (they need not be today). */
function onDebtor(...outcomes: (Partial<ContactAttempt> | ContactAttempt['outcome'])[]): ContactAttempt[] {
  return outcomes.map((o, i) => {
    const at = new Date(Date.parse('2026-11-20T01:00:00Z') + i * 3_600_000).toISOString();
    return attempt(at, typeof o === 'string' ? { outcome: o, rightParty: o === 'connected' } : o);
  });
}

describe('CN: an unrelated person only once the debtor is unreachable', () => {
  const RULE = 'cn.thirdParty.unrelated';

  it.each<[string, ContactAttempt[], number | 'reachable-not']>([
    ['no attempts on the debtor yet', [], 0],
    ['2 failed calls', onDebtor('unanswered', 'unanswered'), 2],
    ['3 failed calls in a row', onDebtor('unanswered', 'unanswered', 'unanswered'), 'reachable-not'],
    ['the number is invalid', onDebtor('number_invalid'), 'reachable-not'],
    ['someone else answered, twice, then no answer', onDebtor('third_party', 'third_party', 'unanswered'), 'reachable-not'],
    ['3 failed, then a connected call resets the run', onDebtor('unanswered', 'unanswered', 'unanswered', 'connected'), 0],
    ['a connected call, then 3 failed', onDebtor('connected', 'unanswered', 'unanswered', 'unanswered'), 'reachable-not'],
    ['2 failed, a connected call, 2 failed', onDebtor('unanswered', 'unanswered', 'connected', 'unanswered', 'unanswered'), 2],
    ['an attempt with outcome other neither counts nor breaks the run', onDebtor('unanswered', 'other', 'unanswered', 'unanswered'), 'reachable-not'],
    [
      '3 failed, then the debtor was met on a visit',
      onDebtor('unanswered', 'unanswered', 'unanswered', { channel: 'visit', outcome: 'other', rightParty: true }),
      0,
    ],
    ['SMS that were not answered are no failed calls', onDebtor({ channel: 'sms' }, { channel: 'sms' }, { channel: 'sms' }), 0],
    [
      'failed calls to the guarantor say nothing about the debtor',
      onDebtor(...[1, 2, 3].map(() => ({ partyId: 'p-guarantor', partyRole: 'guarantor' as const }))),
      0,
    ],
    [
      'one number invalid but the other only unanswered: not every number is dead',
      onDebtor('number_invalid', { outcome: 'unanswered', phoneNumber: OTHER_NUMBER }),
      2,
    ],
    [
      'both numbers invalid',
      onDebtor('number_invalid', { outcome: 'number_invalid', phoneNumber: OTHER_NUMBER }),
      'reachable-not',
    ],
    [
      'a number that was invalid but later connected is not dead',
      onDebtor('number_invalid', 'connected'),
      0,
    ],
  ])('%s', (_, history, expected) => {
    const decision = checkContact(CN_2026, to('unrelated'), history, NOW);
    expectShowable(decision);
    if (expected === 'reachable-not') {
      // Allowed, with a reminder never to mention the debt.
      expect(decision.verdict).toBe('warn');
      expect(decision.findings).toEqual([
        expect.objectContaining({ ruleId: RULE, action: 'warn', messageKey: 'compliance.thirdParty.noDebtMention' }),
      ]);
      return;
    }
    expect(decision.verdict).toBe('block');
    expect(decision.findings).toHaveLength(1);
    expect(decision.findings[0]).toMatchObject({
      ruleId: RULE,
      action: 'block',
      messageKey: 'compliance.thirdParty.debtorReachable',
      params: { partyRole: 'unrelated', failedInARow: expected, required: 3 },
    });
    expect(decision.findings[0]?.sources.map((s) => s.id)).toEqual(['cba-2026-third-parties', 'cc-measures-art68']);
  });

  it('never again once they asked to stop, even with the debtor unreachable', () => {
    const decision = checkContact(CN_2026, to('unrelated', { thirdPartyStopRequested: true }), onDebtor('number_invalid'), NOW);
    expect(decision.verdict).toBe('block');
    expect(decision.findings).toEqual([
      expect.objectContaining({ ruleId: RULE, action: 'block', messageKey: 'compliance.thirdParty.stopRequested' }),
    ]);
  });

  it('sorts the history by time: the order it arrives in does not matter', () => {
    const history = onDebtor('connected', 'unanswered', 'unanswered', 'unanswered').reverse();
    expect(debtorReachability(history, { numberInvalid: true, failedAttemptsInARow: 3 })).toEqual({
      unreachable: true,
      failedInARow: 3,
      numberInvalid: false,
    });
  });

  it('respects a pack that does not count invalid numbers', () => {
    expect(debtorReachability(onDebtor('number_invalid'), { numberInvalid: false, failedAttemptsInARow: 3 }).unreachable).toBe(false);
  });
});

describe('CN: other classes of third party', () => {
  it.each<[ContactRole, string]>([
    ['guarantor', 'allow'],
    ['co_borrower', 'allow'],
    ['mortgagor', 'allow'],
    ['spouse', 'block'], // a spouse who did not sign owes nothing: like an unrelated person
    ['emergency_contact', 'block'],
    ['unrelated', 'block'],
  ])('%s with the debtor reachable: %s', (role, verdict) => {
    expect(checkContact(CN_2026, to(role), [], NOW).verdict).toBe(verdict);
  });

  it('ignores a stop request on the borrower (no third-party rule applies)', () => {
    expect(checkContact(CN_2026, request({ thirdPartyStopRequested: true }), [], NOW)).toEqual({ verdict: 'allow', findings: [] });
  });

  it('lets a guarantor who asked to stop still be contacted: guarantors owe the debt', () => {
    expect(checkContact(CN_2026, to('guarantor', { thirdPartyStopRequested: true }), [], NOW).verdict).toBe('allow');
  });
});

describe('UK and US third parties', () => {
  const uk = (role: ContactRole, overrides = {}) => to(role, { timeZone: 'Europe/London', ...overrides });
  const us = (role: ContactRole, overrides = {}) => to(role, { timeZone: 'America/New_York', ...overrides });
  const NOON_UTC = '2026-11-23T16:00:00Z'; // 16:00 London, 11:00 New York

  it.each([
    ['UK unrelated: allowed, never the debt', UK_FCA, uk('unrelated'), 'warn', ['uk.thirdParty.unrelated']],
    ['UK spouse: allowed, never the debt', UK_FCA, uk('spouse'), 'warn', ['uk.thirdParty.spouse']],
    ['UK unrelated after a stop request', UK_FCA, uk('unrelated', { thirdPartyStopRequested: true }), 'block', ['uk.thirdParty.unrelated']],
    ['UK guarantor', UK_FCA, uk('guarantor'), 'allow', []],
    ['US spouse counts as the consumer', US_REGF, us('spouse'), 'allow', []],
    ['US emergency contact: location information only', US_REGF, us('emergency_contact'), 'warn', ['us.thirdParty.emergencyContact']],
    ['US unrelated after a stop request', US_REGF, us('unrelated', { thirdPartyStopRequested: true }), 'block', ['us.thirdParty.unrelated']],
  ] as const)('%s', (_, pack, req, verdict, ids) => {
    const decision = checkContact(pack, req, [], NOON_UTC);
    expect(decision.verdict).toBe(verdict);
    expect(ruleIds(decision)).toEqual(ids);
    expectShowable(decision);
  });
});
