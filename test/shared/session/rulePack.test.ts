import { describe, expect, it } from 'vitest';
import { RulePackIdSchema, SignedInRulePackSchema } from '../../../shared/session/rulePack';

describe('the rule pack id head office sends', () => {
  it.each([
    ['cn-2026', true],
    ['uk-fca', true],
    ['us-regf', true],
    ['mars-2099', false],
    ['', false],
    ['CN-2026', false],
  ])('%s is accepted: %s', (id, ok) => {
    expect(RulePackIdSchema.safeParse(id).success).toBe(ok);
  });

  it('names the problem in Chinese first, then English', () => {
    const r = RulePackIdSchema.safeParse('mars-2099');
    expect(r.success ? '' : r.error.issues[0]!.message).toMatch(/^规则包未知.*cn-2026.*\/ unknown rule pack$/);
  });

  it('an answer without one (an older head office) means the default pack', () => {
    expect(SignedInRulePackSchema.parse(undefined)).toBe('cn-2026');
    expect(SignedInRulePackSchema.safeParse('mars-2099').success).toBe(false);
  });
});
