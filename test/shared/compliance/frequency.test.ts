import { describe, expect, it } from 'vitest';
import type { ContactAttempt } from '../../../shared/compliance/contact';
import { checkContact } from '../../../shared/compliance/engine';
import { CN_2026 } from '../../../shared/compliance/packs/cn';
import { UK_FCA, ukPack } from '../../../shared/compliance/packs/uk';
import { US_REGF } from '../../../shared/compliance/packs/us';
import { attempt, attempts, expectShowable, findingFor, request, ruleIds } from './helpers';

// 18:00 in Shanghai on Monday 23 November 2026; the debtor's day began at 2026-11-22T16:00:00Z.
const NOW_CN = '2026-11-23T10:00:00Z';
const TODAY_CN = '2026-11-23T01:00:00Z'; // 09:00 Shanghai
const OTHER_NUMBER = '13900001111';

describe('CN: unanswered calls, at most 6 per number per calendar day in the debtor zone', () => {
  const RULE = 'cn.cap.unansweredPerNumber';

  it.each<[string, ContactAttempt[], boolean]>([
    ['no calls yet', [], true],
    ['5 earlier today: the 6th is allowed', attempts(5, TODAY_CN), true],
    ['6 earlier today: the 7th is refused', attempts(6, TODAY_CN), false],
    ['9 earlier today: still refused', attempts(9, TODAY_CN), false],
    ['6 on another number do not count', attempts(6, TODAY_CN, { phoneNumber: OTHER_NUMBER }), true],
    ['6 yesterday, the last at 23:55 Shanghai, do not count', attempts(6, '2026-11-22T15:50:00Z'), true],
    ['6 from 00:00 Shanghai count', attempts(6, '2026-11-22T16:00:00Z'), false],
    ['5 today and 1 at 23:59 yesterday: the 6th is allowed', [...attempts(5, TODAY_CN), attempt('2026-11-22T15:59:00Z')], true],
    ['the same line stored as +86 138-1234-1234 counts', attempts(6, TODAY_CN, { phoneNumber: '+86 138-1234-1234' }), false],
    ['calls on the number to someone else (the spouse) count: the cap is per number', attempts(6, TODAY_CN, { partyId: 'p-spouse', partyRole: 'spouse' }), false],
    ['connected calls are no unanswered calls', [...attempts(5, TODAY_CN), ...attempts(2, '2026-11-23T05:00:00Z', { outcome: 'connected', rightParty: true })], true],
    ['invalid-number results are no unanswered calls', attempts(6, TODAY_CN, { outcome: 'number_invalid' }), true],
    ['SMS are no calls', attempts(6, TODAY_CN, { channel: 'sms' }), true],
  ])('%s', (_, history, allowed) => {
    const decision = checkContact(CN_2026, request(), history, NOW_CN);
    if (allowed) {
      expect(ruleIds(decision)).not.toContain(RULE);
      return;
    }
    expect(decision.verdict).toBe('block');
    expect(findingFor(decision, RULE)).toMatchObject({
      action: 'block',
      messageKey: 'compliance.frequency.unanswered.per_number.calendar_day',
      params: { count: history.length, limit: 6, next: history.length + 1 },
    });
    expectShowable(decision);
  });

  it('starts the day at the debtor midnight, not Shanghai midnight (debtor in Urumqi, UTC+6)', () => {
    // 01:00 on the 23rd in Shanghai is 23:00 on the 22nd in Urumqi.
    const history = attempts(6, '2026-11-22T17:00:00Z');
    expect(checkContact(CN_2026, request({ timeZone: 'Asia/Shanghai' }), history, NOW_CN).verdict).toBe('block');
    expect(checkContact(CN_2026, request({ timeZone: 'Asia/Urumqi' }), history, NOW_CN).verdict).toBe('allow');
    // After Urumqi's midnight (18:00Z) they count there as well.
    expect(checkContact(CN_2026, request({ timeZone: 'Asia/Urumqi' }), attempts(6, '2026-11-22T18:00:00Z'), NOW_CN).verdict).toBe('block');
  });

  it('counts every attempt on the party when the request names no number', () => {
    const history = [...attempts(3, TODAY_CN), ...attempts(3, '2026-11-23T03:00:00Z', { phoneNumber: OTHER_NUMBER })];
    expect(checkContact(CN_2026, request({ phoneNumber: undefined }), history, NOW_CN).verdict).toBe('block');
    expect(checkContact(CN_2026, request(), history, NOW_CN).verdict).toBe('allow');
  });
});

describe('CN: connected voice calls, at most 3 per debtor per calendar day', () => {
  const RULE = 'cn.cap.connectedPerDebtor';
  const connected = (n: number, start: string, overrides: Partial<ContactAttempt> = {}) =>
    attempts(n, start, { outcome: 'connected', rightParty: true, ...overrides });

  it.each<[string, ContactAttempt[], boolean]>([
    ['2 connected today: the 3rd call is allowed', connected(2, TODAY_CN), true],
    ['3 connected today: a 4th call is refused', connected(3, TODAY_CN), false],
    [
      '3 connected on three different numbers of the debtor count together',
      [attempt(TODAY_CN, { outcome: 'connected' }), attempt('2026-11-23T02:00:00Z', { outcome: 'connected', phoneNumber: OTHER_NUMBER }), attempt('2026-11-23T03:00:00Z', { outcome: 'connected', phoneNumber: '02158881234' })],
      false,
    ],
    ['3 connected with the guarantor do not count for the borrower', connected(3, TODAY_CN, { partyId: 'p-guarantor', partyRole: 'guarantor' }), true],
    ['3 connected yesterday do not count', connected(3, '2026-11-22T10:00:00Z'), true],
    ['3 visits where the debtor was met are no calls', connected(3, TODAY_CN, { channel: 'visit' }), true],
    ['unanswered calls do not count as connected', attempts(5, TODAY_CN), true],
  ])('%s', (_, history, allowed) => {
    const decision = checkContact(CN_2026, request(), history, NOW_CN);
    if (allowed) {
      expect(decision).toEqual({ verdict: 'allow', findings: [] });
      return;
    }
    expect(ruleIds(decision)).toEqual([RULE]);
    expect(decision.findings[0]).toMatchObject({
      action: 'block',
      messageKey: 'compliance.frequency.connected.per_debtor.calendar_day',
      params: { count: 3, limit: 3, next: 4 },
    });
    expect(decision.findings[0]?.sources.map((s) => s.id)).toEqual(['gbt-2025-connected']);
    expectShowable(decision);
  });

  it('does not stop an SMS: the cap is on voice calls', () => {
    expect(checkContact(CN_2026, request({ channel: 'sms' }), connected(3, TODAY_CN), NOW_CN).verdict).toBe('allow');
  });
});

describe('US: more than 7 calls in 7 days per debt (Reg F 1006.14(b)(2)), a rolling window of calendar days', () => {
  const RULE = 'us.cap.callsPer7Days';
  const NY = 'America/New_York';
  const NOW_US = '2026-11-23T15:00:00Z'; // Monday 10:00 EST; the window is 17–23 November, New York time
  const us = (overrides = {}) => request({ timeZone: NY, debtId: 'debt-1', phoneNumber: '+1 212 555 0100', ...overrides });
  /** One unanswered call a day at 10:00 New York time on each of `days` (November). */
  const daily = (days: number[], overrides: Partial<ContactAttempt> = {}) =>
    days.map((d) => attempt(`2026-11-${String(d).padStart(2, '0')}T15:00:00Z`, { debtId: 'debt-1', phoneNumber: '+1 212 555 0100', ...overrides }));
  const today = (n: number) => attempts(n, '2026-11-23T14:00:00Z', { debtId: 'debt-1' });

  it.each<[string, ContactAttempt[], boolean]>([
    ['6 in the window: the 7th is allowed', daily([17, 18, 19, 20, 21, 22]), true],
    ['7 in the window: the 8th is refused', [...daily([17, 18, 19, 20, 21, 22]), ...today(1)], false],
    ['7 today: the 8th is refused', today(7), false],
    ['the 16th is day 8 back: 7 calls from the 16th leave 6 in the window', daily([16, 17, 18, 19, 20, 21, 22]), true],
    ['00:00 New York on the 17th is in the window', [...today(6), attempt('2026-11-17T05:00:00Z', { debtId: 'debt-1' })], false],
    ['23:59 New York on the 16th is not', [...today(6), attempt('2026-11-17T04:59:00Z', { debtId: 'debt-1' })], true],
    ['calls about another debt do not count', [...today(6), ...daily([20], { debtId: 'debt-2' })], true],
    ['calls recorded without a debt are about every debt of the case', [...today(6), ...daily([20], { debtId: undefined })], false],
    ['calls to another person do not count', [...today(6), ...daily([20], { partyId: 'p-co', partyRole: 'co_borrower' })], true],
  ])('%s', (_, history, allowed) => {
    const decision = checkContact(US_REGF, us(), history, NOW_US);
    if (allowed) {
      expect(decision).toEqual({ verdict: 'allow', findings: [] });
      return;
    }
    expect(ruleIds(decision)).toEqual([RULE]);
    expect(decision.findings[0]).toMatchObject({
      action: 'block',
      messageKey: 'compliance.frequency.all_attempts.per_debt.rolling_days',
      params: { count: 7, limit: 7, next: 8, days: 7 },
    });
    expectShowable(decision);
  });

  // The window is New York's calendar days, 23 or 25 hours long across a clock change.
  it.each<[string, string, string, boolean]>([
    ['spring forward: 00:00 EST on 4 March is day 7 back from 10 March', '2026-03-10T14:00:00Z', '2026-03-04T05:00:00Z', false],
    ['spring forward: 23:59 EST on 3 March is day 8', '2026-03-10T14:00:00Z', '2026-03-04T04:59:00Z', true],
    ['fall back: 00:00 EDT on 28 October is day 7 back from 3 November', '2026-11-03T15:00:00Z', '2026-10-28T04:00:00Z', false],
    ['fall back: 23:59 EDT on 27 October is day 8', '2026-11-03T15:00:00Z', '2026-10-28T03:59:00Z', true],
  ])('%s', (_, now, earliest, allowed) => {
    const sameDay = attempts(6, `${now.slice(0, 10)}T13:00:00Z`, { debtId: 'debt-1' });
    const decision = checkContact(US_REGF, us(), [...sameDay, attempt(earliest, { debtId: 'debt-1' })], now);
    expect(ruleIds(decision).includes(RULE)).toBe(!allowed);
  });

  describe('no call within 7 days after a conversation (the conversation day is day 1)', () => {
    const COOL = 'us.coolDown.afterConversation';
    const conversation = (at: string, overrides: Partial<ContactAttempt> = {}) =>
      attempt(at, { debtId: 'debt-1', outcome: 'connected', rightParty: true, ...overrides });

    it.each<[string, ContactAttempt, string, string | null]>([
      // [case, conversation, now, conversation date shown or null when allowed]
      ['day 7 (23rd after a talk on the 17th) is refused', conversation('2026-11-17T15:00:00Z'), NOW_US, '2026-11-17'],
      ['day 8 (24th) is allowed', conversation('2026-11-17T15:00:00Z'), '2026-11-24T15:00:00Z', null],
      ['earlier the same day is refused', conversation('2026-11-23T14:00:00Z'), NOW_US, '2026-11-23'],
      ['the day is New York’s: 02:00Z on the 18th was the 17th there', conversation('2026-11-18T02:00:00Z'), '2026-11-24T13:00:00Z', null],
      ['a call a relative answered is no conversation', conversation('2026-11-22T15:00:00Z', { rightParty: false }), NOW_US, null],
      ['a conversation about another debt does not stop calls about this one', conversation('2026-11-22T15:00:00Z', { debtId: 'debt-2' }), NOW_US, null],
    ])('%s', (_, talk, now, conversationDate) => {
      const decision = checkContact(US_REGF, us(), [talk], now);
      if (conversationDate === null) {
        expect(ruleIds(decision)).not.toContain(COOL);
        return;
      }
      expect(ruleIds(decision)).toEqual([COOL]);
      const next = new Date(Date.parse(`${conversationDate}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);
      expect(decision.findings[0]).toMatchObject({
        action: 'block',
        messageKey: 'compliance.coolDown',
        params: { days: 7, conversationDate, nextAllowedDate: next },
      });
      expectShowable(decision);
    });

    it('shows the next allowed date as the 8th day', () => {
      const decision = checkContact(US_REGF, us(), [conversation('2026-11-17T15:00:00Z')], NOW_US);
      expect(decision.findings[0]?.params.nextAllowedDate).toBe('2026-11-24');
    });
  });
});

describe('UK: a soft daily cap that warns', () => {
  const RULE = 'uk.cap.dailySoftCap';
  const london = request({ timeZone: 'Europe/London' });
  const NOW_UK = '2026-11-23T15:00:00Z';

  it.each([
    [UK_FCA, 2, 'allow'],
    [UK_FCA, 3, 'warn'],
    [ukPack({ dailySoftCap: 5 }), 4, 'allow'],
    [ukPack({ dailySoftCap: 5 }), 5, 'warn'],
  ] as const)('%#: %i earlier calls today -> %s', (pack, n, verdict) => {
    const decision = checkContact(pack, london, attempts(n, '2026-11-23T09:00:00Z'), NOW_UK);
    expect(decision.verdict).toBe(verdict);
    if (verdict === 'warn') {
      expect(ruleIds(decision)).toEqual([RULE]);
      expect(decision.findings[0]).toMatchObject({ action: 'warn', params: { count: n, limit: n, next: n + 1 } });
    }
  });
});
