import { describe, expect, it } from 'vitest';
import type { Hold } from '../../../shared/compliance/contact';
import { allowsOverride } from '../../../shared/compliance/decision';
import { checkContact } from '../../../shared/compliance/engine';
import { CN_2026 } from '../../../shared/compliance/packs/cn';
import { UK_FCA } from '../../../shared/compliance/packs/uk';
import type { Channel, HoldKind } from '../../../shared/compliance/vocabulary';
import { expectShowable, request } from './helpers';

const NOW = '2026-11-23T02:00:00Z'; // 10:00 Shanghai, inside the window
const hold = (kind: HoldKind, since = '2026-11-19T17:00:00Z'): Hold => ({ kind, since }); // 01:00 on the 20th in Shanghai

describe('CN holds', () => {
  it.each<[HoldKind, Channel, string, string | null]>([
    // [hold, channel, verdict, rule id or null]
    ['dispute', 'phone', 'block', 'cn.hold.dispute'],
    ['dispute', 'letter', 'block', 'cn.hold.dispute'],
    ['dispute', 'legal', 'block', 'cn.hold.dispute'],
    ['litigation', 'phone', 'block', 'cn.hold.litigation'],
    ['litigation', 'sms', 'block', 'cn.hold.litigation'],
    ['litigation', 'legal', 'allow', null],
    ['complaint', 'phone', 'warn', 'cn.hold.complaint'],
    ['hardship', 'phone', 'warn', 'cn.hold.hardship'],
    ['deceased', 'phone', 'block', 'cn.hold.deceased'],
    ['deceased', 'legal', 'block', 'cn.hold.deceased'],
    ['incapacity', 'phone', 'block', 'cn.hold.incapacity'],
    ['incapacity', 'legal', 'allow', null],
    ['other', 'phone', 'override_required', 'cn.hold.other'],
    // China has no breathing space: the pack's fallback rule decides.
    ['breathing_space', 'phone', 'override_required', 'cn.hold.other'],
  ])('%s hold, %s channel: %s', (kind, channel, verdict, ruleId) => {
    const decision = checkContact(CN_2026, request({ channel, holds: [hold(kind)] }), [], NOW);
    // letters also meet the plain-envelope reminder; the hold is what is tested here
    const holdFindings = decision.findings.filter((f) => f.ruleId.startsWith('cn.hold.'));
    if (ruleId === null) {
      expect(holdFindings).toEqual([]);
      expect(decision.verdict).toBe('allow');
      return;
    }
    expect(decision.verdict).toBe(verdict);
    expect(holdFindings).toHaveLength(1);
    expect(holdFindings[0]).toMatchObject({ ruleId, messageKey: `compliance.hold.${kind}`, params: { holdKind: kind, since: '2026-11-20' } });
    expectShowable(decision);
  });

  it('cites the credit card measures art. 70 and the bank policy for a dispute', () => {
    const decision = checkContact(CN_2026, request({ holds: [hold('dispute')] }), [], NOW);
    expect(decision.findings[0]?.sources.map((s) => `${s.id}:${s.binding}:${s.secondary}`)).toEqual([
      'cc-measures-art70:regulation:true',
      'bank-policy:bank_policy:false',
    ]);
  });

  it('reports every open hold, the strongest deciding', () => {
    const decision = checkContact(CN_2026, request({ holds: [hold('complaint'), hold('dispute')] }), [], NOW);
    expect(decision.verdict).toBe('block');
    expect(decision.findings.map((f) => f.ruleId)).toEqual(['cn.hold.complaint', 'cn.hold.dispute']);
  });

  it('reports the same hold kind once', () => {
    const decision = checkContact(CN_2026, request({ holds: [hold('complaint'), hold('complaint', '2026-11-21T00:00:00Z')] }), [], NOW);
    expect(decision.findings).toHaveLength(1);
  });

  it('lets a supervisor override a hold the pack leaves to a supervisor, and no other', () => {
    expect(allowsOverride(checkContact(CN_2026, request({ holds: [hold('other')] }), [], NOW))).toBe(true);
    expect(allowsOverride(checkContact(CN_2026, request({ holds: [hold('other'), hold('dispute')] }), [], NOW))).toBe(false);
  });

  it('still applies a hold whose start lies ahead of this device clock', () => {
    expect(checkContact(CN_2026, request({ holds: [hold('dispute', '2026-11-24T00:00:00Z')] }), [], NOW).verdict).toBe('block');
  });
});

describe('UK breathing space lasts 60 days', () => {
  const since = '2026-10-01T10:00:00Z'; // 11:00 BST; 60 × 24 h later is 10:00 GMT on 30 November
  const london = request({ timeZone: 'Europe/London', holds: [hold('breathing_space', since)] });

  it.each([
    ['2026-11-30T09:59:00Z', true],
    ['2026-11-30T10:00:00Z', false],
  ])('at %s the hold applies: %s', (now, applies) => {
    const decision = checkContact(UK_FCA, london, [], now);
    if (!applies) {
      expect(decision).toEqual({ verdict: 'allow', findings: [] });
      return;
    }
    expect(decision.verdict).toBe('block');
    expect(decision.findings[0]).toMatchObject({
      ruleId: 'uk.hold.breathingSpace',
      messageKey: 'compliance.holdUntil.breathing_space',
      params: { since: '2026-10-01', until: '2026-11-30' },
    });
    expectShowable(decision);
  });

  it('blocks even the legal channel while it lasts', () => {
    expect(checkContact(UK_FCA, { ...london, channel: 'legal' }, [], '2026-11-01T12:00:00Z').verdict).toBe('block');
  });
});
