import { describe, expect, it } from 'vitest';
import { checkContact } from '../../../shared/compliance/engine';
import { CN_2026, cnPack } from '../../../shared/compliance/packs/cn';
import { UK_FCA } from '../../../shared/compliance/packs/uk';
import { US_REGF } from '../../../shared/compliance/packs/us';
import type { Pack } from '../../../shared/compliance/packSchema';
import type { Channel } from '../../../shared/compliance/vocabulary';
import { expectShowable, findingFor, request, ruleIds } from './helpers';

const CN_RULE = 'cn.window.contactHours';

describe('CN contact window 08:00–22:00 in the debtor zone (now given in UTC)', () => {
  it.each([
    // [now (UTC), zone, local time shown, allowed]
    ['2026-11-22T23:59:00Z', 'Asia/Shanghai', '07:59', false],
    ['2026-11-23T00:00:00Z', 'Asia/Shanghai', '08:00', true],
    ['2026-11-23T13:59:00Z', 'Asia/Shanghai', '21:59', true],
    ['2026-11-23T13:59:59Z', 'Asia/Shanghai', '21:59', true], // minute precision: 21:59:59 is still 21:59
    ['2026-11-23T14:00:00Z', 'Asia/Shanghai', '22:00', false],
    ['2026-11-23T14:01:00Z', 'Asia/Shanghai', '22:01', false],
    ['2026-11-23T15:59:00Z', 'Asia/Shanghai', '23:59', false],
    ['2026-11-23T16:00:00Z', 'Asia/Shanghai', '00:00', false],
    // Urumqi is UTC+6: 22:00 in Shanghai is 20:00 there, and 08:00 there is 10:00 in Shanghai.
    ['2026-11-23T14:00:00Z', 'Asia/Urumqi', '20:00', true],
    ['2026-11-23T15:59:00Z', 'Asia/Urumqi', '21:59', true],
    ['2026-11-23T16:00:00Z', 'Asia/Urumqi', '22:00', false],
    ['2026-11-23T01:59:00Z', 'Asia/Urumqi', '07:59', false],
    ['2026-11-23T02:00:00Z', 'Asia/Urumqi', '08:00', true],
  ])('%s in %s (%s local): allowed %s', (now, timeZone, localTime, allowed) => {
    const decision = checkContact(CN_2026, request({ timeZone }), [], now);
    if (allowed) {
      expect(decision).toEqual({ verdict: 'allow', findings: [] });
      return;
    }
    expect(decision.verdict).toBe('block');
    expect(ruleIds(decision)).toEqual([CN_RULE]);
    const finding = findingFor(decision, CN_RULE);
    expect(finding).toMatchObject({
      action: 'block',
      messageKey: 'compliance.contactWindow',
      params: { start: '08:00', end: '22:00', localTime, timeZone },
    });
    expect(finding.sources.map((s) => s.id)).toEqual(['cba-2026-hours', 'gbt-2025-hours']);
    expect(finding.sources.every((s) => s.secondary)).toBe(true);
    expectShowable(decision);
  });

  it.each<[Channel, boolean]>([
    ['phone', false],
    ['sms', false],
    ['visit', false],
    ['email', false],
    ['letter', true], // a posted letter has no time of day
    ['legal', true],
  ])('at 22:30 Shanghai the %s channel is allowed: %s', (channel, allowed) => {
    const decision = checkContact(CN_2026, request({ channel, staffCount: 2 }), [], '2026-11-23T14:30:00Z');
    expect(ruleIds(decision).includes(CN_RULE)).toBe(!allowed);
  });

  it('takes now as a Date as well as an ISO string, and a zone offset other than Z', () => {
    expect(checkContact(CN_2026, request(), [], new Date('2026-11-23T14:00:00Z')).verdict).toBe('block');
    expect(checkContact(CN_2026, request(), [], '2026-11-23T21:59:00+08:00').verdict).toBe('allow');
    expect(checkContact(CN_2026, request(), [], '2026-11-23T22:00:00+08:00').verdict).toBe('block');
  });

  it('refuses an unknown time zone or an unreadable instant instead of guessing', () => {
    expect(() => checkContact(CN_2026, request({ timeZone: 'Mars/Olympus' }), [], '2026-11-23T02:00:00Z')).toThrow(RangeError);
    expect(() => checkContact(CN_2026, request(), [], 'yesterday')).toThrow(RangeError);
  });
});

describe('consent hours', () => {
  it.each([
    // [consent, now (UTC), local, allowed]
    [{ start: '22:00', end: '23:00' }, '2026-11-23T14:30:00Z', '22:30', true],
    [{ start: '22:00', end: '23:00' }, '2026-11-23T15:00:00Z', '23:00', false], // the consent end is exclusive too
    [{ start: '06:30', end: '08:00' }, '2026-11-22T22:30:00Z', '06:30', true],
    [{ start: '06:30', end: '08:00' }, '2026-11-22T22:29:00Z', '06:29', false],
    // a consent window that wraps midnight
    [{ start: '22:00', end: '01:00' }, '2026-11-23T16:30:00Z', '00:30', true],
    [{ start: '22:00', end: '01:00' }, '2026-11-23T17:00:00Z', '01:00', false],
  ])('consent %o at %s (%s local): allowed %s', (consentHours, now, localTime, allowed) => {
    const decision = checkContact(CN_2026, request({ consentHours }), [], now);
    if (allowed) {
      expect(decision).toEqual({ verdict: 'allow', findings: [] });
      return;
    }
    expect(decision.findings).toHaveLength(1);
    expect(decision.findings[0]).toMatchObject({
      ruleId: CN_RULE,
      messageKey: 'compliance.contactWindowWithConsent',
      params: { localTime, consentStart: consentHours.start, consentEnd: consentHours.end },
    });
    expectShowable(decision);
  });

  it('does not open other hours when the pack says consent does not', () => {
    const strict: Pack = { ...CN_2026, contactWindows: CN_2026.contactWindows.map((w) => ({ ...w, consentOpensOtherHours: false })) };
    const consentHours = { start: '22:00', end: '23:00' };
    const decision = checkContact(strict, request({ consentHours }), [], '2026-11-23T14:30:00Z');
    expect(decision.verdict).toBe('block');
    expect(decision.findings[0]?.messageKey).toBe('compliance.contactWindow');
  });
});

describe('a bank that chose the stricter 08:00–21:00', () => {
  const strict = cnPack({ contactWindowEnd: '21:00' });

  it.each([
    ['2026-11-23T12:59:00Z', true],
    ['2026-11-23T13:00:00Z', false],
  ])('%s', (now, allowed) => {
    const decision = checkContact(strict, request(), [], now);
    expect(decision.verdict).toBe(allowed ? 'allow' : 'block');
    if (!allowed) {
      const finding = findingFor(decision, CN_RULE);
      expect(finding.params).toMatchObject({ end: '21:00', localTime: '21:00' });
      expect(finding.sources[0]).toMatchObject({ id: 'bank-policy-hours', binding: 'bank_policy', secondary: false });
    }
  });

  it('leaves the default pack at 22:00', () => {
    expect(checkContact(CN_2026, request(), [], '2026-11-23T13:00:00Z').verdict).toBe('allow');
  });
});

describe('US and UK windows 08:00–21:00 in the consumer zone', () => {
  it.each([
    // New York in November is UTC-5, in July UTC-4.
    [US_REGF, 'us.window.inconvenientTimes', 'America/New_York', '2026-11-23T12:59:00Z', '07:59', false],
    [US_REGF, 'us.window.inconvenientTimes', 'America/New_York', '2026-11-23T13:00:00Z', '08:00', true],
    [US_REGF, 'us.window.inconvenientTimes', 'America/New_York', '2026-11-24T01:59:00Z', '20:59', true],
    [US_REGF, 'us.window.inconvenientTimes', 'America/New_York', '2026-11-24T02:00:00Z', '21:00', false],
    [US_REGF, 'us.window.inconvenientTimes', 'America/New_York', '2026-07-01T12:00:00Z', '08:00', true],
    [US_REGF, 'us.window.inconvenientTimes', 'America/New_York', '2026-07-01T11:59:00Z', '07:59', false],
    [US_REGF, 'us.window.inconvenientTimes', 'America/Los_Angeles', '2026-11-24T02:00:00Z', '18:00', true],
    [UK_FCA, 'uk.window.reasonableTimes', 'Europe/London', '2026-11-23T20:59:00Z', '20:59', true],
    [UK_FCA, 'uk.window.reasonableTimes', 'Europe/London', '2026-11-23T21:00:00Z', '21:00', false],
    [UK_FCA, 'uk.window.reasonableTimes', 'Europe/London', '2026-07-01T20:00:00Z', '21:00', false], // BST
  ])('%#: %s %s %s (%s local) allowed %s', (pack, ruleId, timeZone, now, localTime, allowed) => {
    const decision = checkContact(pack, request({ timeZone }), [], now);
    if (allowed) {
      expect(decision).toEqual({ verdict: 'allow', findings: [] });
      return;
    }
    expect(decision.findings).toHaveLength(1);
    expect(decision.findings[0]).toMatchObject({ ruleId, action: 'block', params: { start: '08:00', end: '21:00', localTime, timeZone } });
    expectShowable(decision);
  });
});
