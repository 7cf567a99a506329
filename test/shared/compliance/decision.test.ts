import { describe, expect, it } from 'vitest';
import {
  OverrideRequestSchema,
  allowsOverride,
  overrideCovers,
  verdictOf,
  type ContactDecision,
  type Finding,
} from '../../../shared/compliance/decision';
import type { RuleAction } from '../../../shared/compliance/vocabulary';

const finding = (ruleId: string, action: RuleAction): Finding => ({ ruleId, action, messageKey: 'compliance.contactWindow', params: {}, sources: [] });

describe('verdictOf: the strongest finding wins', () => {
  it.each<[RuleAction[], string]>([
    [[], 'allow'],
    [['warn'], 'warn'],
    [['override'], 'override_required'],
    [['block'], 'block'],
    [['warn', 'override'], 'override_required'],
    [['override', 'warn'], 'override_required'],
    [['block', 'override', 'warn'], 'block'],
    [['warn', 'warn'], 'warn'],
  ])('%o -> %s', (actions, verdict) => {
    expect(verdictOf(actions.map((a, i) => finding(`cn.x.r${i}`, a)))).toBe(verdict);
  });
});

describe('allowsOverride', () => {
  it.each<[string, boolean]>([
    ['allow', false],
    ['warn', false],
    ['override_required', true],
    ['block', false],
  ])('%s -> %s', (verdict, expected) => {
    expect(allowsOverride({ verdict, findings: [] } as unknown as ContactDecision)).toBe(expected);
  });
});

describe('OverrideRequestSchema', () => {
  const valid = { ruleIds: ['cn.hold.other'], supervisorId: 'staff-7', reason: '客户本人书面同意晚间联系' };

  it.each<[string, object, boolean]>([
    ['a full request', valid, true],
    ['exactly 10 Chinese characters', { ...valid, reason: '一二三四五六七八九十' }, true],
    ['9 Chinese characters', { ...valid, reason: '一二三四五六七八九' }, false],
    ['10 characters only with the padding', { ...valid, reason: '   short    ' }, false],
    ['10 English characters', { ...valid, reason: 'asked by X' }, true],
    ['no rule ids', { ...valid, ruleIds: [] }, false],
    ['no supervisor', { ...valid, supervisorId: '' }, false],
    ['no reason', { ruleIds: valid.ruleIds, supervisorId: valid.supervisorId }, false],
  ])('%s: valid %s', (_, input, ok) => {
    expect(OverrideRequestSchema.safeParse(input).success).toBe(ok);
  });

  it('trims the reason it keeps', () => {
    expect(OverrideRequestSchema.parse({ ...valid, reason: '  客户本人书面同意晚间联系  ' }).reason).toBe('客户本人书面同意晚间联系');
  });

  it('covers a decision only when it names every rule that asks for an override', () => {
    const decision: ContactDecision = { verdict: 'override_required', findings: [finding('cn.hold.other', 'override'), finding('cn.hold.complaint', 'warn')] };
    const override = OverrideRequestSchema.parse(valid);
    expect(overrideCovers(decision, override)).toBe(true);
    expect(overrideCovers({ ...decision, findings: [...decision.findings, finding('cn.x.other', 'override')] }, override)).toBe(false);
    expect(overrideCovers({ verdict: 'block', findings: [finding('cn.hold.other', 'override'), finding('cn.hold.dispute', 'block')] }, override)).toBe(false);
  });
});
