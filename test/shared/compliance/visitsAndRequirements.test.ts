import { describe, expect, it } from 'vitest';
import { checkContact } from '../../../shared/compliance/engine';
import { CN_2026 } from '../../../shared/compliance/packs/cn';
import { UK_FCA } from '../../../shared/compliance/packs/uk';
import { US_REGF } from '../../../shared/compliance/packs/us';
import type { Channel, ContactRequirement } from '../../../shared/compliance/vocabulary';
import { expectShowable, request } from './helpers';

const NOW = '2026-11-23T02:00:00Z'; // 10:00 Shanghai

describe('CN visits need at least 2 staff', () => {
  it.each<[number | undefined, boolean]>([
    [undefined, false],
    [0, false],
    [1, false],
    [2, true],
    [3, true],
  ])('%s staff: allowed %s', (staffCount, allowed) => {
    const decision = checkContact(CN_2026, request({ channel: 'visit', staffCount }), [], NOW);
    if (allowed) {
      expect(decision).toEqual({ verdict: 'allow', findings: [] });
      return;
    }
    expect(decision.verdict).toBe('block');
    expect(decision.findings).toEqual([
      expect.objectContaining({
        ruleId: 'cn.visit.minStaff',
        action: 'block',
        messageKey: 'compliance.visit.minStaff',
        params: { minStaff: 2, staffCount: staffCount ?? 0 },
      }),
    ]);
    expect(decision.findings[0]?.sources[0]).toMatchObject({ id: 'cba-2026-art22', article: expect.stringContaining('第二十二条'), secondary: true });
    expectShowable(decision);
  });

  it('has no staff rule in the UK pack', () => {
    expect(checkContact(UK_FCA, request({ channel: 'visit', staffCount: 1, timeZone: 'Europe/London' }), [], '2026-11-23T10:00:00Z').verdict).toBe('allow');
  });
});

describe('what a message must carry', () => {
  const NY_MORNING = '2026-11-23T15:00:00Z';
  it.each<[string, typeof US_REGF, Channel, ContactRequirement[] | undefined, string | null]>([
    ['US e-mail without an opt-out', US_REGF, 'email', undefined, 'us.requirement.optOut'],
    ['US text without an opt-out', US_REGF, 'sms', [], 'us.requirement.optOut'],
    ['US text with an opt-out', US_REGF, 'sms', ['opt_out_notice'], null],
    ['US call: nothing to carry', US_REGF, 'phone', undefined, null],
    ['US letter: the opt-out is for electronic messages', US_REGF, 'letter', undefined, null],
    ['UK letter not marked private and confidential', UK_FCA, 'letter', undefined, 'uk.requirement.privateAndConfidential'],
    ['UK letter marked', UK_FCA, 'letter', ['private_and_confidential'], null],
    ['CN letter without a plain envelope', CN_2026, 'letter', ['opt_out_notice'], 'cn.requirement.plainEnvelope'],
    ['CN letter in a plain envelope', CN_2026, 'letter', ['plain_envelope'], null],
  ])('%s', (_, pack, channel, requirementsMet, ruleId) => {
    const timeZone = pack === CN_2026 ? 'Asia/Shanghai' : pack === UK_FCA ? 'Europe/London' : 'America/New_York';
    const decision = checkContact(pack, request({ channel, requirementsMet, timeZone }), [], NY_MORNING);
    if (ruleId === null) {
      expect(decision).toEqual({ verdict: 'allow', findings: [] });
      return;
    }
    expect(decision.verdict).toBe('warn');
    expect(decision.findings).toEqual([expect.objectContaining({ ruleId, action: 'warn' })]);
    expectShowable(decision);
  });
});
