import { describe, expect, it } from 'vitest';
import { CN_2026, cnPack } from '../../../shared/compliance/packs/cn';
import { DEFAULT_PACK_ID, PACKS, UnknownPackError, getPack } from '../../../shared/compliance/packs';
import { ukPack } from '../../../shared/compliance/packs/uk';
import { PackSchema, allRules, parsePack, type Pack } from '../../../shared/compliance/packSchema';
import { HOLD_KINDS } from '../../../shared/compliance/vocabulary';

const packs = Object.values(PACKS);
const clone = (pack: Pack): Pack => JSON.parse(JSON.stringify(pack)) as Pack;
const issues = (data: unknown): string[] => {
  const result = PackSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

describe('the pack registry', () => {
  it('holds the three packs under their own ids, China the default', () => {
    expect(Object.keys(PACKS)).toEqual(['cn-2026', 'uk-fca', 'us-regf']);
    for (const [id, pack] of Object.entries(PACKS)) expect(pack.meta.id).toBe(id);
    expect(DEFAULT_PACK_ID).toBe('cn-2026');
    expect(getPack(DEFAULT_PACK_ID)).toBe(CN_2026);
    expect(getPack(DEFAULT_PACK_ID).meta.defaultTimeZone).toBe('Asia/Shanghai');
  });

  it('refuses an unknown pack id rather than falling back to another country', () => {
    expect(() => getPack('fr-2026')).toThrow(UnknownPackError);
    expect(() => getPack('toString')).toThrow(UnknownPackError);
  });
});

describe.each(packs.map((p) => [p.meta.id, p] as const))('pack %s', (id, pack) => {
  it('validates against the schema, and survives a trip through JSON unchanged', () => {
    expect(issues(pack)).toEqual([]);
    expect(parsePack(JSON.parse(JSON.stringify(pack)))).toEqual(pack);
  });

  it('prefixes every rule id with its jurisdiction and cites sources the pack lists', () => {
    const prefix = `${id.slice(0, 2)}.`;
    const sourceIds = new Set(pack.meta.sources.map((s) => s.id));
    for (const rule of allRules(pack)) {
      expect(rule.id.startsWith(prefix), rule.id).toBe(true);
      expect(rule.sourceIds.length, rule.id).toBeGreaterThan(0);
      for (const s of rule.sourceIds) expect(sourceIds.has(s), `${rule.id} -> ${s}`).toBe(true);
    }
  });

  it('has a hold rule for other, the fallback for every hold kind it does not list', () => {
    expect(pack.holds.some((h) => h.kind === 'other')).toBe(true);
    for (const h of pack.holds) expect(HOLD_KINDS).toContain(h.kind);
  });
});

describe('the CN pack says what docs/compliance.md says', () => {
  it('marks the secondary sources secondary, and laws and bank policy not', () => {
    const secondary = Object.fromEntries(CN_2026.meta.sources.map((s) => [s.id, s.secondary]));
    expect(secondary).toEqual({
      'cba-2026-hours': true,
      'cba-2026-calls': true,
      'cba-2026-art22': true,
      'cba-2026-third-parties': true,
      'cba-2026-conduct': true,
      'gbt-2025-hours': true,
      'gbt-2025-connected': true,
      'cc-measures-art68': true,
      'cc-measures-art69': true,
      'cc-measures-art70': true,
      'cpm-art41': true,
      'criminal-law-293-1': false,
      pipl: false,
      'bank-policy': false,
      // Known from the Xinhua summary of 2020-01-17, not the official text.
      'complaint-measures-2020': true,
    });
  });

  it('has the numbers: 08:00–22:00, 6 unanswered per number, 3 connected per debtor, 2 staff, 3 failed in a row', () => {
    expect(CN_2026.contactWindows.map((w) => [w.start, w.end, w.consentOpensOtherHours])).toEqual([['08:00', '22:00', true]]);
    expect(CN_2026.frequency.map((f) => (f.kind === 'cap' ? [f.id, f.scope, f.counts, f.window.kind, f.limit, f.action] : f.id))).toEqual([
      ['cn.cap.unansweredPerNumber', 'per_number', 'unanswered', 'calendar_day', 6, 'block'],
      ['cn.cap.connectedPerDebtor', 'per_debtor', 'connected', 'calendar_day', 3, 'block'],
    ]);
    expect(CN_2026.visit).toMatchObject({ minStaff: 2, action: 'block' });
    expect(CN_2026.thirdParties.find((t) => t.partyClass === 'unrelated')).toMatchObject({
      allowed: 'when_debtor_unreachable',
      unreachable: { numberInvalid: true, failedAttemptsInARow: 3 },
      mayMentionDebt: false,
      stopOnRequest: true,
    });
    expect(CN_2026.retention).toEqual([expect.objectContaining({ recordClass: 'call_record', minYears: 2 })]);
    expect(CN_2026.letters[0]).toMatchObject({
      requiredStatements: ['name_and_balance', 'reason_and_legal_basis', 'rights_and_duties', 'channels_check_repay_dispute', 'bank_contact', 'seal'],
      minDeadline: { days: 5, dayKind: 'working' },
    });
  });

  it('builds valid variants for the bank options', () => {
    expect(issues(cnPack({ contactWindowEnd: '21:00' }))).toEqual([]);
    expect(cnPack({ contactWindowEnd: '21:00' }).contactWindows[0]?.end).toBe('21:00');
    expect(issues(ukPack({ dailySoftCap: 5 }))).toEqual([]);
  });
});

describe('the schema refuses a broken pack', () => {
  it.each<[string, (p: Pack) => void, string]>([
    ['a duplicate rule id', (p) => void (p.holds[1]!.id = p.holds[0]!.id), 'duplicate rule id cn.hold.dispute'],
    ['a source the pack does not list', (p) => void (p.visit!.sourceIds = ['nowhere']), 'rule cn.visit.minStaff cites unknown source nowhere'],
    ['a duplicate source id', (p) => void p.meta.sources.push({ ...p.meta.sources[0]! }), 'duplicate source id cba-2026-hours'],
    // The CN rules are all senses now: the exact pattern is given to a rule to be broken.
    ['a pattern that does not compile', (p) => void (p.wording[0]!.patterns = [{ source: '(unclosed', flags: 'u' }]), 'pattern does not compile'],
    ['the g flag (the engine adds it)', (p) => void (p.wording[0]!.patterns = [{ source: '老赖', flags: 'gu' }]), 'flags: i, m, s, u, each once'],
    ['a sense the app does not know', (p) => void (p.wording[0]!.senses = ['zh.nowhere']), 'unknown wording sense'],
    ['a wording rule with neither pattern nor sense', (p) => void (p.wording[0]!.senses = []), 'a wording rule needs a pattern or a sense'],
    ['a window that ends before it starts', (p) => void (p.contactWindows[0]!.end = '07:00'), 'a contact window starts before it ends'],
    ['a time that is no time', (p) => void (p.contactWindows[0]!.start = '25:00'), 'time must be HH:MM'],
    ['no fallback hold rule', (p) => void (p.holds = p.holds.filter((h) => h.kind !== 'other')), 'a pack needs a hold rule for kind other (the fallback)'],
    ['two rules for one hold kind', (p) => void p.holds.push({ ...p.holds[0]!, id: 'cn.hold.dispute2' }), 'more than one rule for hold kind dispute'],
    ['an unreachable rule without its conditions', (p) => void (p.thirdParties[5]!.unreachable = null), 'unreachable goes with allowed: when_debtor_unreachable, and only with it'],
    ['an unknown time zone', (p) => void (p.meta.defaultTimeZone = 'Asia/Beijing'), 'unknown IANA time zone'],
    ['a rule without sources', (p) => void (p.contactWindows[0]!.sourceIds = []), 'Too small: expected array to have >=1 items'],
  ])('%s', (_, breakIt, message) => {
    const pack = clone(CN_2026);
    breakIt(pack);
    expect(issues(pack)).toContain(message);
    expect(() => parsePack(pack)).toThrow();
  });
});
